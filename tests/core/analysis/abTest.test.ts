import { analyzeAbTest } from '../../../src/core/analysis/abTest';
import { fixture, type OrderRow } from './support/campaignFixture';
import { okOf } from './support/okOf';

const period: [string, string] = ['2017-01-02', '2017-01-24'];

/** n converting customers of a variant, one paid order each. */
function converters(variant: string, n: number, amount: (i: number) => number): OrderRow[] {
  return Array.from({ length: n }, (_, i) => ({
    day: '2017-01-10',
    amount: amount(i),
    customer: `${variant}-${i}`,
    variant,
  }));
}

describe('the A/B test read-out', () => {
  it('reproduces the published ab_data.csv result from its counts (exposures given)', () => {
    // ab_data.csv, cleaned (mismatched group/page rows and the repeated user removed): control 145,274 users,
    // 17,489 converted; treatment 145,310 users, 17,264 converted. Published (statsmodels proportions_ztest):
    // z = ±1.3109241984234394, two-sided p = 0.18988337448195103; SRM χ² = 0.00446, p = 0.9468 (SciPy).
    // Rebuilt here from those counts: one paid order per converted user, exposures = users per group.
    const data = fixture({
      orders: [...converters('control', 17_489, () => 10), ...converters('treatment', 17_264, () => 10)],
      period,
    });
    const r = okOf(analyzeAbTest(data, { exposures: { control: 145_274, treatment: 145_310 } }));
    expect(r.basis).toBe('exposures');
    expect(r.control).toBe('control');
    expect(r.variants.map((v) => [v.variant, v.units, v.converted])).toEqual([
      ['control', 145_274, 17_489],
      ['treatment', 145_310, 17_264],
    ]);
    const c = r.comparisons[0];
    expect(c?.conversion?.controlRate).toBeCloseTo(0.1204, 4);
    expect(c?.conversion?.treatmentRate).toBeCloseTo(0.1188, 4);
    expect(c?.conversion?.z).toBeCloseTo(-1.3109241984234394, 12);
    expect(c?.conversion?.pValue).toBeCloseTo(0.18988337448195103, 12);
    expect(c?.significant).toBe(false);
    expect(r.sampleRatio?.pValue).toBeCloseTo(0.9467543681597944, 12);
    expect(r.sampleRatio?.mismatch).toBe(false);
  });

  it("tests revenue per buyer with Welch's t (SciPy ttest_ind, equal_var=False)", () => {
    // control buyers' revenue 1, 2, 3, 4, 5, 10; treatment 2, 4, 6, 8, 30 → t = 1.10846, ν = 4.523, p = 0.3231.
    const control = [1, 2, 3, 4, 5, 10];
    const treatment = [2, 4, 6, 8, 30];
    const data = fixture({
      orders: [
        ...converters('A', 6, (i) => control[i] as number),
        ...converters('B', 5, (i) => treatment[i] as number),
      ],
      period,
    });
    const r = okOf(analyzeAbTest(data));
    expect(r.control).toBe('A');
    const w = r.comparisons[0]?.revenuePerBuyer;
    expect(w?.t).toBeCloseTo(1.1084611216341886, 10);
    expect(w?.df).toBeCloseTo(4.522988312230795, 10);
    expect(w?.pValue).toBeCloseTo(0.3230959681463929, 10);
  });

  it('counts conversion among ordering customers without exposures, and excludes customers seen in two variants', () => {
    const data = fixture({
      orders: [
        { day: '2017-01-10', amount: 10, customer: 'c1', variant: 'B' },
        { day: '2017-01-10', amount: 10, customer: 'c2', variant: 'B', status: 'unpaid' },
        { day: '2017-01-10', amount: 10, customer: 'c3', variant: '对照' },
        { day: '2017-01-10', amount: 10, customer: 'c4', variant: '对照', status: 'cancelled' },
        { day: '2017-01-10', amount: 10, customer: 'c5', variant: '对照' },
        { day: '2017-01-11', amount: 10, customer: 'c5', variant: 'B' },
      ],
      period,
    });
    const r = okOf(analyzeAbTest(data));
    expect(r.basis).toBe('ordering_customers');
    expect(r.control).toBe('对照');
    expect(r.excludedCustomers).toBe(1);
    expect(r.variants.map((v) => [v.variant, v.customers, v.converted, v.conversionRate])).toEqual([
      ['B', 2, 1, 0.5],
      ['对照', 2, 1, 0.5],
    ]);
  });

  it('flags a sample-ratio mismatch at p < 0.001', () => {
    // 1,000 vs 1,200 exposures on a 50/50 split: χ² = 2·100² / 1,100 = 18.18, p ≈ 2e-5.
    const data = fixture({
      orders: [...converters('control', 10, () => 1), ...converters('treatment', 10, () => 1)],
      period,
    });
    const r = okOf(analyzeAbTest(data, { exposures: { control: 1000, treatment: 1200 } }));
    expect(r.sampleRatio?.chiSquare).toBeCloseTo(20_000 / 1100, 10);
    expect(r.sampleRatio?.mismatch).toBe(true);
  });

  it('is unavailable without a variant column, without customers, or with one variant', () => {
    expect(analyzeAbTest(fixture({ orders: [{ day: '2017-01-10', amount: 1 }], period })).kind).toBe(
      'unavailable',
    );
    expect(
      analyzeAbTest(fixture({ orders: [{ day: '2017-01-10', amount: 1, variant: 'A' }], period })).kind,
    ).toBe('unavailable');
    expect(analyzeAbTest(fixture({ orders: converters('A', 3, () => 1), period })).kind).toBe('unavailable');
  });
});
