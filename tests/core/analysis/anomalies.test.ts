import { analyzeAnomalies, detectAnomalies } from '../../../src/core/analysis/anomalies';
import { day, days, fixture, range } from './support/campaignFixture';
import { okOf } from './support/okOf';

// Baseline GMV 96, 98, 100, 102, 104 twice: median 100; |deviations| 4, 2, 0, 2, 4 (twice) → MAD 2.
const baselineGmv = [96, 98, 100, 102, 104, 96, 98, 100, 102, 104];
// Campaign: 108 (z = 0.6745·8/2 = 2.70, normal), 120 (z = 6.745, high), 500 (planned peak),
// 60 (z = −13.49, low), 100 (0).
const campaignGmv = [108, 120, 500, 60, 100];

function gmvData(phases = true) {
  const orders = [
    ...days('2024-10-01', 10).map((d, i) => ({ day: d, amount: baselineGmv[i] as number })),
    ...days('2024-11-09', 5).map((d, i) => ({ day: d, amount: campaignGmv[i] as number })),
  ];
  return fixture({
    orders,
    period: ['2024-11-09', '2024-11-13'],
    baseline: ['2024-10-01', '2024-10-10'],
    phases: phases ? [['peak', '2024-11-11', '2024-11-11']] : [],
  });
}

describe('anomalous days', () => {
  it('flag |robust z| > 3.5 against the baseline median and MAD (hand-derived)', () => {
    const r = okOf(analyzeAnomalies(gmvData()));
    const gmv = r.anomalies.filter((a) => a.metric === 'gmv');
    expect(gmv.map((a) => [a.day, a.direction])).toEqual([
      [day('2024-11-12'), 'low'],
      [day('2024-11-10'), 'high'],
    ]);
    expect(gmv[0]?.z).toBeCloseTo((0.6745 * -40) / 2, 12);
    expect(gmv[1]?.z).toBeCloseTo((0.6745 * 20) / 2, 12);
    expect(gmv[1]?.expected).toBe(100);
    expect(r.baselines.find((b) => b.metric === 'gmv')?.mad).toBe(2);
  });

  it('treat planned peak days as expected, not anomalies', () => {
    const r = okOf(analyzeAnomalies(gmvData()));
    expect(r.anomalies.some((a) => a.day === day('2024-11-11'))).toBe(false);
    expect(r.expected.map((a) => [a.day, a.metric])).toEqual([[day('2024-11-11'), 'gmv']]);
  });

  it('use the proposed peak as expected when no phases are given', () => {
    const r = okOf(analyzeAnomalies(gmvData(false)));
    expect(r.expectedDays).toContain(day('2024-11-11'));
    expect(r.anomalies.some((a) => a.day === day('2024-11-11'))).toBe(false);
  });

  it('give no score on a constant baseline (one order a day) and say so', () => {
    const r = okOf(analyzeAnomalies(gmvData()));
    expect(r.baselines.find((b) => b.metric === 'orders')?.method).toBe('constant');
    expect(r.anomalies.some((a) => a.metric === 'orders')).toBe(false);
    expect(r.notes.length).toBeGreaterThan(0);
  });

  it('score plain number series (e.g. the KPI engine’s), with the MAD = 0 fallback', () => {
    // Baseline 10, 10, 10, 10, 20: median 10, MAD 0, mean AD 2 → scale 1.2533 · 2; x = 30 → z = 20 / 2.5066 = 7.98.
    const r = detectAnomalies(
      [{ metric: 'uv', start: day('2024-11-01'), values: [10, 10, 10, 10, 20, 30, 11] }],
      range('2024-11-01', '2024-11-05'),
      range('2024-11-06', '2024-11-07'),
      new Set(),
      3.5,
    );
    expect(r.anomalies).toHaveLength(1);
    expect(r.anomalies[0]?.z).toBeCloseTo(20 / (Math.sqrt(Math.PI / 2) * 2), 12);
    expect(r.baselines[0]?.method).toBe('mean_absolute_deviation');
  });

  it('skip days without data (NaN)', () => {
    const r = detectAnomalies(
      [{ metric: 'cvr', start: day('2024-11-01'), values: [1, 2, 3, NaN] }],
      range('2024-11-01', '2024-11-03'),
      range('2024-11-04', '2024-11-05'),
      new Set(),
      3.5,
    );
    expect(r.anomalies).toEqual([]);
  });

  it('fall back to the days before the period as baseline, or are unavailable without enough of them', () => {
    const before = fixture({
      orders: days('2024-10-25', 12).map((d) => ({ day: d, amount: 100 })),
      period: ['2024-11-03', '2024-11-05'],
    });
    const r = okOf(analyzeAnomalies(before));
    expect(r.baselineSource).toBe('before_period');
    expect(r.baseline).toEqual(range('2024-10-25', '2024-11-02'));
    const short = fixture({
      orders: [{ day: '2024-11-01', amount: 1 }],
      period: ['2024-11-03', '2024-11-05'],
    });
    expect(analyzeAnomalies(short).kind).toBe('unavailable');
  });

  it('include UV and CVR series when there is a traffic table', () => {
    const data = fixture({
      orders: [{ day: '2024-11-02', amount: 1, customer: 'a' }],
      traffic: [{ day: '2024-11-02', uv: 10 }],
      period: ['2024-11-02', '2024-11-02'],
      baseline: ['2024-11-01', '2024-11-01'],
    });
    expect(okOf(analyzeAnomalies(data)).baselines.map((b) => b.metric)).toEqual([
      'gmv',
      'orders',
      'uv',
      'cvr',
    ]);
  });
});
