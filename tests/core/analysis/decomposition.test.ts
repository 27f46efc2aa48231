import fc from 'fast-check';
import {
  analyzeDecomposition,
  decomposeGap,
  ordersFactors,
  salesTargetsFrom,
  trafficFactors,
  type GapComparison,
} from '../../../src/core/analysis/decomposition';
import type { AnalysisResult } from '../../../src/core/analysis/result';
import { fixture, type OrderRow } from './support/campaignFixture';

function okOf<T extends object>(r: AnalysisResult<T>): T {
  if (r.kind !== 'ok') throw new Error(`expected ok, got: ${r.reason['en-US']}`);
  return r;
}

const effectOf = (c: GapComparison, factor: string): number =>
  c.effects.find((e) => e.factor === factor)?.effect ?? NaN;

/** n buyers, each one paid order of `amount` on `day`. */
function buyers(prefix: string, n: number, amount: number, dayIso: string): OrderRow[] {
  return Array.from({ length: n }, (_, i) => ({ day: dayIso, amount, customer: `${prefix}${i}` }));
}

// The worked check as data: baseline day UV 100,000, 2,000 buyers × 200 = 400,000;
// campaign day UV 150,000, 3,600 buyers × 180 = 648,000 (CVR 2.0 % → 2.4 %).
const worked = fixture({
  orders: [...buyers('b', 2_000, 200, '2024-11-01'), ...buyers('c', 3_600, 180, '2024-11-11')],
  traffic: [
    { day: '2024-11-01', uv: 100_000 },
    { day: '2024-11-11', uv: 150_000 },
  ],
  period: ['2024-11-11', '2024-11-11'],
  baseline: ['2024-11-01', '2024-11-01'],
});

describe('the sales gap decomposition', () => {
  it('splits the worked check vs baseline into UV, CVR and per-buyer effects with LMDI', () => {
    const result = okOf(analyzeDecomposition(worked));
    const c = okOf(result.vsBaseline);
    expect(c.model).toBe('traffic');
    expect(c.before).toBeCloseTo(400_000, 6);
    expect(c.after).toBeCloseTo(648_000, 6);
    expect(Math.round(effectOf(c, 'uv'))).toBe(208_437);
    expect(Math.round(effectOf(c, 'cvr'))).toBe(93_726);
    expect(Math.round(effectOf(c, 'sales_per_buyer'))).toBe(-54_163);
    expect(Math.abs(c.effects.reduce((s, e) => s + e.effect, 0) - c.gap)).toBeLessThan(1e-9);
    expect(c.mainDriver).toBe('uv');
  });

  it('splits the worked check with exact Shapley when asked', () => {
    const c = okOf(okOf(analyzeDecomposition(worked, { method: 'shapley' })).vsBaseline);
    expect(Math.round(effectOf(c, 'uv'))).toBe(208_667);
    expect(Math.round(effectOf(c, 'cvr'))).toBe(94_667);
    expect(Math.round(effectOf(c, 'sales_per_buyer'))).toBe(-55_333);
    expect(Math.abs(c.effects.reduce((s, e) => s + e.effect, 0) - 248_000)).toBeLessThan(1e-9);
  });

  it('scales a longer baseline to the campaign length (per-day average)', () => {
    // Same baseline totals spread over 2 days (UV 50,000 + 50,000; 1,000 + 1,000 buyers): the per-day
    // scaling (1 campaign day / 2 baseline days) halves UV and buyers, so CVR stays 2 % and per-buyer
    // value 200 — the comparison is baseline-day-average vs campaign day.
    const data = fixture({
      orders: [
        ...buyers('b', 1_000, 200, '2024-11-01'),
        ...buyers('d', 1_000, 200, '2024-11-02'),
        ...buyers('c', 3_600, 180, '2024-11-11'),
      ],
      traffic: [
        { day: '2024-11-01', uv: 50_000 },
        { day: '2024-11-02', uv: 50_000 },
        { day: '2024-11-11', uv: 150_000 },
      ],
      period: ['2024-11-11', '2024-11-11'],
      baseline: ['2024-11-01', '2024-11-02'],
    });
    const c = okOf(okOf(analyzeDecomposition(data)).vsBaseline);
    expect(c.scale).toBe(0.5);
    expect(c.before).toBeCloseTo(200_000, 6);
    expect(c.effects.find((e) => e.factor === 'cvr')?.before).toBeCloseTo(0.02, 12);
    expect(c.effects.find((e) => e.factor === 'sales_per_buyer')?.before).toBeCloseTo(200, 9);
    expect(Math.abs(c.effects.reduce((s, e) => s + e.effect, 0) - (648_000 - 200_000))).toBeLessThan(1e-9);
  });

  it('falls back to paid orders × AOV without a traffic table, and says so', () => {
    // Baseline: 2 orders × 100 = 200; campaign: 3 orders × 150 = 450. LMDI: L(450, 200) = 250 / ln 2.25;
    // orders effect = L · ln 1.5 = 125, AOV effect = L · ln 1.5 = 125 (both ratios are 1.5).
    const data = fixture({
      orders: [
        { day: '2024-11-01', amount: 100 },
        { day: '2024-11-01', amount: 100 },
        { day: '2024-11-11', amount: 150 },
        { day: '2024-11-11', amount: 150 },
        { day: '2024-11-11', amount: 150 },
      ],
      period: ['2024-11-11', '2024-11-11'],
      baseline: ['2024-11-01', '2024-11-01'],
    });
    const c = okOf(okOf(analyzeDecomposition(data)).vsBaseline);
    expect(c.model).toBe('orders');
    expect(effectOf(c, 'paid_orders')).toBeCloseTo(125, 9);
    expect(effectOf(c, 'aov')).toBeCloseTo(125, 9);
    expect(c.notes).toHaveLength(1);
  });

  it('counts only paid statuses in paid sales', () => {
    const data = fixture({
      orders: [
        { day: '2024-11-01', amount: 100 },
        { day: '2024-11-11', amount: 100 },
        { day: '2024-11-11', amount: 999, status: 'cancelled' },
        { day: '2024-11-11', amount: 50, status: 'refunded' },
      ],
      period: ['2024-11-11', '2024-11-11'],
      baseline: ['2024-11-01', '2024-11-01'],
    });
    const c = okOf(okOf(analyzeDecomposition(data)).vsBaseline);
    expect(c.after).toBe(150);
  });

  it('compares with targets when the paid-sales target and factor targets pin every factor', () => {
    // Targets: paid sales 700,000, UV 140,000, CVR 2.5 % → per-buyer target 700,000 / 3,500 = 200.
    const data = fixture({
      orders: buyers('c', 3_600, 180, '2024-11-11'),
      traffic: [{ day: '2024-11-11', uv: 150_000 }],
      period: ['2024-11-11', '2024-11-11'],
      targets: [
        { kpi: 'paid_sales', value: 700_000 },
        { kpi: 'uv', value: 140_000 },
        { kpi: 'cvr', value: 0.025 },
      ],
    });
    const result = okOf(analyzeDecomposition(data));
    expect(result.vsBaseline.kind).toBe('unavailable');
    const c = okOf(result.vsTarget);
    expect(c.before).toBeCloseTo(700_000, 6);
    expect(c.gap).toBeCloseTo(-52_000, 6);
    expect(c.effects.find((e) => e.factor === 'sales_per_buyer')?.before).toBeCloseTo(200, 9);
    expect(Math.abs(c.effects.reduce((s, e) => s + e.effect, 0) - c.gap)).toBeLessThan(1e-9);
    expect(c.mainDriver).toBe('sales_per_buyer');
  });

  it('is unavailable against targets when only a sales target exists', () => {
    const data = fixture({
      orders: [{ day: '2024-11-11', amount: 10 }],
      period: ['2024-11-11', '2024-11-11'],
      targets: [{ kpi: 'paid_sales', value: 100 }],
    });
    const result = okOf(analyzeDecomposition(data));
    expect(result.vsTarget.kind).toBe('unavailable');
    expect(result.vsBaseline.kind).toBe('unavailable');
  });

  it('uses orders × AOV targets when there is no traffic', () => {
    // Target 2 orders × 100; actual 1 order × 150: gap −50 = orders effect + AOV effect.
    const data = fixture({
      orders: [{ day: '2024-11-11', amount: 150 }],
      period: ['2024-11-11', '2024-11-11'],
      targets: [
        { kpi: 'paid_sales', value: 200 },
        { kpi: 'paid_orders', value: 2 },
      ],
    });
    const c = okOf(okOf(analyzeDecomposition(data)).vsTarget);
    expect(c.model).toBe('orders');
    expect(Math.abs(c.effects.reduce((s, e) => s + e.effect, 0) + 50)).toBeLessThan(1e-9);
  });

  it('is unavailable without orders', () => {
    expect(analyzeDecomposition(fixture({ orders: [], period: ['2024-11-11', '2024-11-11'] })).kind).toBe(
      'unavailable',
    );
  });

  it('reads channel-free sales targets from the targets table', () => {
    expect(
      salesTargetsFrom([
        { metric: 'GMV', kpi: 'paid_sales', value: 10, channel: 'A', sourceRow: 2 },
        { metric: 'GMV', kpi: 'paid_sales', value: 20, channel: null, sourceRow: 3 },
        { metric: 'x', kpi: null, value: 5, channel: null, sourceRow: 4 },
      ]),
    ).toEqual({ sales: 20, uv: undefined, cvr: undefined, paidOrders: undefined, aov: undefined });
  });

  it('gives a rate that is undefined in one period the other period’s value (no effect)', () => {
    // Baseline had no traffic: CVR and per-buyer value undefined there; the whole change is UV's.
    const gap = decomposeGap(trafficFactors(0, 0, 0), trafficFactors(500, 100, 5), 'lmdi', 'limit');
    expect(gap.effects.map((e) => e.effect)).toEqual([500, 0, 0]);
  });

  it('sums exactly to the gap for any totals, under both methods (property)', () => {
    const positive = fc.double({ min: 1, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, positive, positive, positive, (s0, u0, s1, u1, b0, b1) => {
        const buyers0 = Math.min(b0, u0);
        const buyers1 = Math.min(b1, u1);
        return (['lmdi', 'shapley'] as const).every((method) => {
          const g = decomposeGap(trafficFactors(s0, u0, buyers0), trafficFactors(s1, u1, buyers1), method);
          const o = decomposeGap(ordersFactors(s0, u0), ordersFactors(s1, u1), method);
          // effects of opposite signs may cancel: the rounding error scales with the largest term
          const close = (x: typeof g): boolean =>
            Math.abs(x.effects.reduce((a, e) => a + e.effect, 0) - (s1 - s0)) <=
            1e-9 * Math.max(1, s0, s1, ...x.effects.map((e) => Math.abs(e.effect)));
          return close(g) && close(o);
        });
      }),
    );
  });
});
