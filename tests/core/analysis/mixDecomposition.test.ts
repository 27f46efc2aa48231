import fc from 'fast-check';
import {
  analyzeMix,
  structuralDecomposition,
  type MixGroupInput,
} from '../../../src/core/analysis/mixDecomposition';
import type { AnalysisResult } from '../../../src/core/analysis/result';
import { fixture, type OrderRow } from './support/campaignFixture';

function okOf<T extends object>(r: AnalysisResult<T>): T {
  if (r.kind !== 'ok') throw new Error(`expected ok, got: ${r.reason['en-US']}`);
  return r;
}

describe('the structural (mix vs rate) decomposition', () => {
  // Channel A: UV 100 → 300, sales 1,000 → 3,000 (rate 10 both times);
  // channel B: UV 100 → 100, sales 500 → 500 (rate 5). T: 200 → 400; shares A .5 → .75, B .5 → .25.
  // A: L(3000, 1000) = 2000 / ln 3; activity = L · ln 2, mix = L · ln 1.5, rate = 0.
  // B: L(500, 500) = 500; activity = 500 · ln 2, mix = 500 · ln 0.5, rate = 0.
  const groups: MixGroupInput[] = [
    { key: 'A', activityBefore: 100, valueBefore: 1000, activityAfter: 300, valueAfter: 3000 },
    { key: 'B', activityBefore: 100, valueBefore: 500, activityAfter: 100, valueAfter: 500 },
  ];

  it('separates growth, a shift towards the better channel, and rate changes (hand-derived)', () => {
    const r = structuralDecomposition(groups);
    const la = 2000 / Math.log(3);
    expect(r.gap).toBe(2000);
    expect(r.activityEffect).toBeCloseTo(la * Math.log(2) + 500 * Math.log(2), 9);
    expect(r.mixEffect).toBeCloseTo(la * Math.log(1.5) + 500 * Math.log(0.5), 9);
    expect(r.rateEffect).toBeCloseTo(0, 12);
    expect(Math.abs(r.activityEffect + r.mixEffect + r.rateEffect - r.gap)).toBeLessThan(1e-9);
    expect(r.groups[0]?.key).toBe('A');
  });

  it('gives a new channel’s sales to the mix (its rate has no prior value)', () => {
    const r = structuralDecomposition(
      [...groups, { key: 'C', activityBefore: 0, valueBefore: 0, activityAfter: 100, valueAfter: 800 }],
      'lmdi',
      'limit',
    );
    const c = r.groups.find((g) => g.key === 'C');
    expect(c?.mixEffect).toBe(800);
    expect(c?.activityEffect).toBe(0);
    expect(Math.abs(r.activityEffect + r.mixEffect + r.rateEffect - r.gap)).toBeLessThan(1e-9);
  });

  it('throws on value without activity (a broken contract)', () => {
    expect(() =>
      structuralDecomposition([
        { key: 'X', activityBefore: 0, valueBefore: 5, activityAfter: 1, valueAfter: 1 },
      ]),
    ).toThrow(RangeError);
  });

  it('sums exactly to the gap for any groups, under both methods and zero rules (property)', () => {
    const group = fc.record({
      a0: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e5, noNaN: true })),
      a1: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e5, noNaN: true })),
      r0: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e3, noNaN: true })),
      r1: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e3, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('lmdi', 'shapley'),
        fc.constantFrom('small-value', 'limit'),
        (gs, method, rule) => {
          const input = gs.map((g, i) => ({
            key: `g${i}`,
            activityBefore: g.a0,
            valueBefore: g.a0 * g.r0,
            activityAfter: g.a1,
            valueAfter: g.a1 * g.r1,
          }));
          const r = structuralDecomposition(
            input,
            method as 'lmdi' | 'shapley',
            rule as 'small-value' | 'limit',
          );
          const total = r.activityEffect + r.mixEffect + r.rateEffect;
          // the small-value rule moves the gap by at most δ × the other factors; opposite effects may cancel
          const scale = Math.max(
            1,
            r.before,
            r.after,
            ...r.groups.flatMap((g) => [g.activityEffect, g.mixEffect, g.rateEffect].map(Math.abs)),
          );
          return Math.abs(total - r.gap) <= 1e-9 * scale;
        },
      ),
    );
  });
});

describe('the mix analysis', () => {
  function order(dayIso: string, channel: string, amount: number, extra: Partial<OrderRow> = {}): OrderRow {
    return { day: dayIso, channel, amount, ...extra };
  }

  it('uses channel UV as the volume when the traffic table names every selling channel', () => {
    const data = fixture({
      orders: [
        order('2024-11-01', 'A', 1000),
        order('2024-11-01', 'B', 500),
        order('2024-11-11', 'a', 3000),
        order('2024-11-11', 'B', 500),
      ],
      traffic: [
        { day: '2024-11-01', channel: 'A', uv: 100 },
        { day: '2024-11-01', channel: 'B', uv: 100 },
        { day: '2024-11-11', channel: 'A', uv: 300 },
        { day: '2024-11-11', channel: 'B', uv: 100 },
      ],
      period: ['2024-11-11', '2024-11-11'],
      baseline: ['2024-11-01', '2024-11-01'],
    });
    const c = okOf(okOf(analyzeMix(data)).byChannel);
    expect(c.basis).toBe('uv');
    expect(c.gap).toBe(2000);
    expect(c.mixEffect).toBeCloseTo((2000 / Math.log(3)) * Math.log(1.5) + 500 * Math.log(0.5), 9);
    expect(c.groups.map((g) => g.key)).toEqual(['A', 'B']);
  });

  it('uses paid orders as the volume without channel traffic, and units for categories', () => {
    const data = fixture({
      orders: [
        order('2024-11-01', 'A', 100, { category: 'shoes', quantity: 2 }),
        order('2024-11-11', 'A', 100, { category: 'shoes', quantity: 1 }),
        order('2024-11-11', 'B', 300, { category: 'bags', quantity: 3 }),
      ],
      period: ['2024-11-11', '2024-11-11'],
      baseline: ['2024-11-01', '2024-11-01'],
    });
    const r = okOf(analyzeMix(data));
    const ch = okOf(r.byChannel);
    expect(ch.basis).toBe('paid_orders');
    expect(ch.gap).toBe(300);
    const cat = okOf(r.byCategory);
    expect(cat.basis).toBe('units');
    expect(Math.abs(cat.activityEffect + cat.mixEffect + cat.rateEffect - cat.gap)).toBeLessThan(1e-9);
  });

  it('is unavailable without a baseline, and per table without the column', () => {
    const noBaseline = fixture({
      orders: [order('2024-11-11', 'A', 1)],
      period: ['2024-11-11', '2024-11-11'],
    });
    expect(analyzeMix(noBaseline).kind).toBe('unavailable');
    const noCategory = fixture({
      orders: [order('2024-11-11', 'A', 1)],
      period: ['2024-11-11', '2024-11-11'],
      baseline: ['2024-11-01', '2024-11-01'],
    });
    expect(okOf(analyzeMix(noCategory)).byCategory.kind).toBe('unavailable');
  });
});
