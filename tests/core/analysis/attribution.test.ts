import fc from 'fast-check';
import {
  analyzeAttribution,
  attribute,
  type AttributionFindings,
} from '../../../src/core/analysis/attribution';
import { journeysFrom } from '../../../src/core/analysis/attribution/journeys';
import { markovRemovalEffects } from '../../../src/core/analysis/attribution/markov';
import { ruleWeights } from '../../../src/core/analysis/attribution/ruleWeights';
import { MS_PER_DAY } from '../../../src/core/model/day';
import { fixture, type TouchRow } from './support/campaignFixture';
import { okOf } from './support/okOf';

const period: [string, string] = ['2024-11-01', '2024-11-30'];

function creditsOf(r: AttributionFindings, model: string): Record<string, [number, number | null]> {
  const m = r.models.find((x) => x.model === model);
  return Object.fromEntries((m?.credits ?? []).map((c) => [c.channel, [c.conversions, c.value]]));
}

describe('multi-touch attribution', () => {
  it('reproduces the published Markov example (Bryl, AnalyzeCore 2016; markovattribution tests)', () => {
    // Journeys: C1 → C2 → C3 → conversion (value 1,000), C1 → null, C2 → C3 → null.
    // Transitions: start→C1 2/3, start→C2 1/3; C1→C2 1/2, C1→null 1/2; C2→C3 1; C3→conv 1/2, C3→null 1/2.
    // P(conv) = 2/3·1/2·1·1/2 + 1/3·1·1/2 = 1/3. Without C1: 1/3·1/2 = 1/6 → RE 0.5; without C2 or C3: 0 → RE 1.
    // Shares 0.5 / 2.5 = 0.2, 1 / 2.5 = 0.4, 0.4 → conversions 0.2 / 0.4 / 0.4, value 200 / 400 / 400.
    const data = fixture({
      orders: [],
      period,
      touchpoints: [
        { path: 'p1', time: 1, channel: 'C1' },
        { path: 'p1', time: 2, channel: 'C2' },
        { path: 'p1', time: 3, channel: 'C3', converted: true, value: 1000 },
        { path: 'p2', time: 1, channel: 'C1' },
        { path: 'p3', time: 1, channel: 'C2' },
        { path: 'p3', time: 2, channel: 'C3' },
      ],
    });
    const r = okOf(analyzeAttribution(data));
    expect(r.markov.conversionProbability).toBeCloseTo(1 / 3, 14);
    expect(r.markov.removalEffects.map((e) => [e.channel, e.removalEffect])).toEqual([
      ['C1', expect.closeTo(0.5, 14)],
      ['C2', 1],
      ['C3', 1],
    ]);
    const markov = creditsOf(r, 'markov');
    expect(markov.C1?.[0]).toBeCloseTo(0.2, 14);
    expect(markov.C2?.[0]).toBeCloseTo(0.4, 14);
    expect(markov.C3?.[1]).toBeCloseTo(400, 10);
    expect(r.conversions).toBe(1);
    expect(r.totalValue).toBe(1000);
  });

  it('solves loops exactly rather than by simulation (hand-derived)', () => {
    // A → B → A → conversion, and B → null. start→A 1/2, start→B 1/2; A→B 1/2, A→conv 1/2; B→A 1/2, B→null 1/2.
    // x_A = 1/2 + 1/2·x_B, x_B = 1/2·x_A → x_A = 2/3, x_B = 1/3; P = 1/2·2/3 + 1/2·1/3 = 1/2.
    // Without A: 0 → RE 1. Without B: x_A = 1/2, P = 1/4 → RE 1/2. Credits A 2/3, B 1/3.
    const m = markovRemovalEffects(2, [
      { touches: [0, 1, 0], converted: true },
      { touches: [1], converted: false },
    ]);
    expect(m.conversionProbability).toBeCloseTo(0.5, 14);
    expect(m.removalEffects[0]).toBeCloseTo(1, 14);
    expect(m.removalEffects[1]).toBeCloseTo(0.5, 14);
  });

  it('merges repeated touches of one channel without changing removal effects', () => {
    const a = markovRemovalEffects(2, [
      { touches: [0, 0, 0, 1], converted: true },
      { touches: [1], converted: false },
    ]);
    const b = markovRemovalEffects(2, [
      { touches: [0, 1], converted: true },
      { touches: [1], converted: false },
    ]);
    expect(a).toEqual(b);
  });

  it('weights touches by the rule models (hand-derived)', () => {
    const t = [0, 7, 14].map((d) => d * MS_PER_DAY);
    expect(ruleWeights('first_touch', t)).toEqual([1, 0, 0]);
    expect(ruleWeights('last_touch', t)).toEqual([0, 0, 1]);
    expect(ruleWeights('linear', t)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    // half-life 7 days: 2^−2, 2^−1, 2^0 = 0.25, 0.5, 1 → / 1.75
    const decay = ruleWeights('time_decay', t);
    [0.25 / 1.75, 0.5 / 1.75, 1 / 1.75].forEach((w, i) => expect(decay[i]).toBeCloseTo(w, 14));
    expect(ruleWeights('position_based', t)).toEqual([0.4, 0.2, 0.4]);
    ruleWeights('position_based', [0, 1, 2, 3]).forEach((w, i) =>
      expect(w).toBeCloseTo([0.4, 0.1, 0.1, 0.4][i] as number, 15),
    );
    expect(ruleWeights('position_based', [0, 1])).toEqual([0.5, 0.5]);
    expect(ruleWeights('position_based', [0])).toEqual([1]);
    expect(ruleWeights('time_decay', [5])).toEqual([1]);
  });

  it('cuts a path after each conversion and sorts touches by time', () => {
    const table = fixture({
      orders: [],
      period,
      touchpoints: [
        { path: 'p', time: 4, channel: 'D' },
        { path: 'p', time: 1, channel: 'A', converted: true, value: 10 },
        { path: 'p', time: 3, channel: 'C', converted: true, value: 20 },
        { path: 'p', time: 2, channel: 'B' },
      ],
    }).touchpoints;
    if (!table) throw new Error('fixture');
    const { journeys, channels } = journeysFrom(table);
    expect(journeys.map((j) => [j.touches.map((c) => channels[c]), j.converted, j.value])).toEqual([
      [['A'], true, 10],
      [['B', 'C'], true, 20],
      [['D'], false, 0],
    ]);
  });

  it('is unavailable without a touchpoints table', () => {
    expect(analyzeAttribution(fixture({ orders: [], period })).kind).toBe('unavailable');
  });

  it('gives zero credit everywhere when nothing converted', () => {
    const r = attribute(['A', 'B'], [{ touches: [0, 1], times: [0, 1], converted: false, value: 0 }], false);
    expect(r.models.every((m) => m.credits.every((c) => c.conversions === 0 && c.value === null))).toBe(true);
  });

  it('credits sum to the conversions and their value under every model (property)', () => {
    const touch = fc.record({
      path: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
      time: fc.integer({ min: 0, max: 60 * MS_PER_DAY }),
      channel: fc.constantFrom('Search', 'Feed', 'Email', 'Live', 'Direct'),
      converted: fc.boolean(),
      value: fc.double({ min: 0, max: 1e4, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(touch, { minLength: 1, maxLength: 40 }), (rows: TouchRow[]) => {
        const r = okOf(analyzeAttribution(fixture({ orders: [], period, touchpoints: rows })));
        return r.models.every((m) => {
          const conv = m.credits.reduce((s, c) => s + c.conversions, 0);
          const value = m.credits.reduce((s, c) => s + (c.value ?? 0), 0);
          return (
            Math.abs(conv - r.conversions) < 1e-9 &&
            Math.abs(value - (r.totalValue ?? 0)) < 1e-9 * Math.max(1, r.totalValue ?? 0)
          );
        });
      }),
    );
  });
});
