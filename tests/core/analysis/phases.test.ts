import { analyzePhases, proposePhases } from '../../../src/core/analysis/phases';
import { day, days, fixture, range } from './support/campaignFixture';
import { okOf } from './support/okOf';

const period = range('2024-11-01', '2024-11-10');
const curve = [10, 20, 30, 100, 80, 40, 60, 20, 10, 5];

describe('the campaign phases', () => {
  it('propose the peak as the run of days around the maximum with GMV ≥ 50 % of it', () => {
    // max 100 on day 4; day 5 (80) ≥ 50 joins; days 3 (30) and 6 (40) stop the run, so day 7 (60),
    // although ≥ 50, is tail: the peak must be contiguous.
    expect(proposePhases(period, curve, 0.5)).toEqual([
      { kind: 'warmup', start: day('2024-11-01'), end: day('2024-11-03') },
      { kind: 'peak', start: day('2024-11-04'), end: day('2024-11-05') },
      { kind: 'tail', start: day('2024-11-06'), end: day('2024-11-10') },
    ]);
  });

  it('take the earliest maximum on a tie and omit empty warm-up / tail', () => {
    expect(proposePhases(range('2024-11-01', '2024-11-02'), [50, 50], 0.5)).toEqual([
      { kind: 'peak', start: day('2024-11-01'), end: day('2024-11-02') },
    ]);
    expect(proposePhases(period, new Array(10).fill(0), 0.5)).toEqual([]);
  });

  it('compute phase shares of GMV from the orders, all statuses counted in GMV', () => {
    const dates = days('2024-11-01', 10);
    const data = fixture({
      orders: [
        ...dates.map((d, i) => ({ day: d, amount: curve[i] as number })),
        { day: '2024-11-04', amount: 0, status: 'cancelled' as const },
      ],
      period: ['2024-11-01', '2024-11-10'],
    });
    const r = okOf(analyzePhases(data));
    expect(r.source).toBe('proposed');
    expect(r.periodGmv).toBe(375);
    // warm-up 10 + 20 + 30 = 60 (16 %), peak 100 + 80 = 180 (48 %), tail 40 + 60 + 20 + 10 + 5 = 135 (36 %)
    expect(r.phases.map((p) => [p.kind, p.gmv, p.shareOfGmv])).toEqual([
      ['warmup', 60, 0.16],
      ['peak', 180, 0.48],
      ['tail', 135, 0.36],
    ]);
    expect(r.peakDay).toEqual({ day: day('2024-11-04'), gmv: 100 });
    expect(r.days.find((d) => d.day === day('2024-11-04'))?.orders).toBe(2);
  });

  it('use the given phases and label baseline, campaign and outside days', () => {
    const data = fixture({
      orders: [
        { day: '2024-10-20', amount: 5 },
        { day: '2024-11-02', amount: 50 },
        { day: '2024-11-03', amount: 10, status: 'unpaid' },
      ],
      period: ['2024-11-01', '2024-11-03'],
      baseline: ['2024-10-20', '2024-10-21'],
      phases: [['peak', '2024-11-02', '2024-11-02']],
    });
    const r = okOf(analyzePhases(data));
    expect(r.source).toBe('given');
    expect(r.phases).toHaveLength(1);
    expect(r.phases[0]?.shareOfGmv).toBeCloseTo(50 / 60, 12);
    expect(r.periodPaidSales).toBe(50);
    expect(r.baseline).toEqual({ range: range('2024-10-20', '2024-10-21'), gmv: 5, dailyAverageGmv: 2.5 });
    const label = (iso: string) => r.days.find((d) => d.day === day(iso))?.label;
    expect([label('2024-10-20'), label('2024-10-25'), label('2024-11-01'), label('2024-11-02')]).toEqual([
      'baseline',
      'outside',
      'campaign',
      'peak',
    ]);
  });

  it('report no phases and no peak day when the period has no GMV', () => {
    const r = okOf(analyzePhases(fixture({ orders: [], period: ['2024-11-01', '2024-11-03'] })));
    expect(r.source).toBe('none');
    expect(r.peakDay).toBeNull();
    expect(r.phases).toEqual([]);
  });
});
