import fc from 'fast-check';
import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { KPI_IDS, type KpiId } from '../../../src/core/metrics/kpiIds';
import { known, type KpiValue } from '../../../src/core/metrics/kpiValue';
import { KPI_DEFINITIONS } from '../../../src/core/metrics/kpis';
import type { KpiGroup, KpiReport, TargetThresholds } from '../../../src/core/metrics/report';
import { attainment, DEFAULT_THRESHOLDS, targetStatus } from '../../../src/core/metrics/targets';
import { ORDER_STATUSES, isPaidStatusCode, STATUS_CODE } from '../../../src/core/model/campaign';
import {
  buildCampaign,
  day,
  type CampaignRows,
  type OrderRow,
  type SpendRow,
  type TrafficRow,
} from '../../support/campaignBuilder';

const PERIOD = ['2024-11-01', '2024-11-05'] as const;
const BASELINE = ['2024-10-28', '2024-10-31'] as const;
const DAYS = [
  '2024-10-20',
  '2024-10-28',
  '2024-10-30',
  '2024-11-01',
  '2024-11-02',
  '2024-11-03',
  '2024-11-05',
];
const CHANNELS = ['Tmall', ' tmall', 'JD', 'Douyin'];

/** Integer amounts: sums are exact whatever the order of addition, so equalities can be exact. */
const money = fc.integer({ min: 0, max: 1000 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const orderRow: fc.Arbitrary<OrderRow> = fc.record({
  day: fc.constantFrom(...DAYS),
  amount: money,
  status: fc.constantFrom(...ORDER_STATUSES),
  customer: maybe(fc.constantFrom('A', 'B', 'C', 'D', 'E')),
  channel: maybe(fc.constantFrom(...CHANNELS)),
  refund: maybe(money),
  discount: maybe(fc.integer({ min: 0, max: 50 })),
  cogs: money,
  lines: fc.array(fc.record({ amount: money, category: maybe(fc.constantFrom('X', 'Y', 'Z')) }), {
    minLength: 1,
    maxLength: 3,
  }),
});

const trafficRow: fc.Arbitrary<TrafficRow> = fc
  .record({
    day: fc.constantFrom(...DAYS),
    channel: maybe(fc.constantFrom(...CHANNELS, 'Organic')),
    uv: fc.integer({ min: 0, max: 500 }),
    pv: fc.integer({ min: 0, max: 2000 }),
    sessions: fc.integer({ min: 0, max: 600 }),
    addToCart: fc.integer({ min: 0, max: 50 }),
  })
  .map((row) => ({ ...row, bounces: Math.floor(row.sessions / 3) }));

const spendRow: fc.Arbitrary<SpendRow> = fc.record({
  day: fc.constantFrom(...DAYS),
  channel: maybe(fc.constantFrom(...CHANNELS, 'Offline')),
  spend: money,
});

const campaign: fc.Arbitrary<CampaignRows> = fc
  .record({
    orders: fc.array(orderRow, { maxLength: 40 }),
    traffic: fc.array(trafficRow, { maxLength: 20 }),
    spend: fc.array(spendRow, { maxLength: 15 }),
  })
  .map((tables) => ({
    period: PERIOD,
    baseline: BASELINE,
    phases: [
      { kind: 'warmup' as const, start: '2024-11-01', end: '2024-11-02' },
      { kind: 'peak' as const, start: '2024-11-03', end: '2024-11-05' },
    ],
    ...tables,
  }));

const ADDITIVE = KPI_IDS.filter((id) => KPI_DEFINITIONS[id].additive);

function sumOf(groups: readonly KpiGroup[], id: KpiId): number {
  return groups.reduce((sum, group) => sum + (group.kpis[id].value ?? NaN), 0);
}

/** The groups' values add up to the total, or the KPI is not split that way (every group null). */
function expectAddsUp(groups: readonly KpiGroup[], total: KpiGroup, id: KpiId): void {
  const values = groups.map((group) => group.kpis[id].value);
  if (total.kpis[id].value === null || (groups.length > 0 && values.every((v) => v === null))) {
    expect([id, values.filter((v) => v !== null)]).toEqual([id, []]);
    return;
  }
  expect([id, sumOf(groups, id)]).toEqual([id, total.kpis[id].value]);
}

describe('invariants over random campaigns', () => {
  it('additive KPIs of the channels add up to the total', () => {
    fc.assert(
      fc.property(campaign, (rows) => {
        const report = computeKpis(buildCampaign(rows));
        for (const id of ADDITIVE) expectAddsUp(report.byChannel, report.total, id);
      }),
    );
  });

  it('additive KPIs of the campaign days, and of the phases, add up to the total', () => {
    fc.assert(
      fc.property(campaign, (rows) => {
        const report = computeKpis(buildCampaign(rows));
        const days = report.byDay.filter((d) => d.part !== 'baseline');
        for (const id of ADDITIVE) {
          expectAddsUp(days, report.total, id);
          expectAddsUp(report.byPhase, report.total, id);
        }
        const buyerDays = report.total.measures.buyer_days.value;
        if (buyerDays !== null)
          expect(days.reduce((s, d) => s + d.measures.buyer_days.value!, 0)).toBe(buyerDays);
        const baselineDays = report.byDay.filter((d) => d.part === 'baseline');
        expect(sumOf(baselineDays, 'gmv')).toBe(report.baseline!.kpis.gmv.value);
      }),
    );
  });

  it('categories add up to the item lines of the period', () => {
    fc.assert(
      fc.property(campaign, (rows) => {
        const report = computeKpis(buildCampaign(rows));
        const inPeriod = rows.orders.filter(
          (o) => day(o.day) >= day(PERIOD[0]) && day(o.day) <= day(PERIOD[1]),
        );
        const lineSum = (orders: readonly OrderRow[]) =>
          orders.reduce((s, o) => s + o.lines!.reduce((t, l) => t + (l.amount ?? 0), 0), 0);
        const paid = inPeriod.filter((o) => isPaidStatusCode(STATUS_CODE[o.status ?? 'paid']));
        expect(sumOf(report.byCategory, 'gmv')).toBe(lineSum(inPeriod));
        expect(sumOf(report.byCategory, 'paid_sales')).toBe(lineSum(paid));
      }),
    );
  });

  it('shuffling the rows of every table changes nothing', () => {
    fc.assert(
      fc.property(
        campaign.chain((rows) =>
          fc.record({
            rows: fc.constant(rows),
            shuffled: fc.record({
              orders: fc.shuffledSubarray([...rows.orders], { minLength: rows.orders.length }),
              traffic: fc.shuffledSubarray([...rows.traffic!], { minLength: rows.traffic!.length }),
              spend: fc.shuffledSubarray([...rows.spend!], { minLength: rows.spend!.length }),
            }),
          }),
        ),
        ({ rows, shuffled }) => {
          const a = normalise(computeKpis(buildCampaign(rows)));
          const b = normalise(computeKpis(buildCampaign({ ...rows, ...shuffled })));
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('status follows attainment and the thresholds', () => {
    const thresholds: fc.Arbitrary<TargetThresholds> = fc
      .tuple(fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }))
      .map(([a, b]) => ({ exceeded: Math.max(a, b), nearlyMet: Math.min(a, b) }));
    fc.assert(
      fc.property(
        fc.constantFrom(...KPI_IDS),
        fc.option(fc.double({ min: -10, max: 1e6, noNaN: true }), { nil: null }),
        fc.double({ min: -5, max: 1e6, noNaN: true }),
        thresholds,
        (kpi: KpiId, actualValue: number | null, target: number, t: TargetThresholds) => {
          const actual: KpiValue =
            actualValue === null
              ? { value: null, reason: { 'zh-CN': '无', 'en-US': 'none' } }
              : known(actualValue);
          const { direction } = KPI_DEFINITIONS[kpi];
          const achieved = attainment(kpi, actual, target);
          const status = targetStatus(direction, actual, target, achieved, t);
          if (achieved.value === null) {
            const beaten = direction === 'lower' && actual.value === 0 && target > 0;
            expect(status).toBe(beaten ? 'exceeded' : 'not_computed');
            return;
          }
          const expected = direction === 'higher' ? actualValue! / target : target / actualValue!;
          expect(achieved.value).toBe(expected);
          expect(status).toBe(
            achieved.value >= t.exceeded
              ? 'exceeded'
              : achieved.value >= t.nearlyMet
                ? 'nearly_met'
                : 'missed',
          );
        },
      ),
      {
        examples: [
          // A lower-is-better KPI at 0 against a target of 0: no target (it must be positive), not computed.
          // Found by seed 318960898 before the fix, when the status said "exceeded".
          ['bounce_rate', 0, 0, { exceeded: 0, nearlyMet: 0 }],
          ['cac', 0, -1, DEFAULT_THRESHOLDS],
          // At 0 against a positive target: exceeded, though the ratio is undefined.
          ['bounce_rate', 0, 0.3, DEFAULT_THRESHOLDS],
        ],
      },
    );
  });

  it.each([
    ['bounce_rate', 0, 0, 'not_computed'],
    ['return_rate_orders', 0, -0.1, 'not_computed'],
    ['bounce_rate', 0, 0.3, 'exceeded'],
    ['gmv', 0, 0, 'not_computed'],
  ] as const)('%s at %d against a target of %d: %s', (kpi, actualValue, target, expected) => {
    const actual = known(actualValue);
    const achieved = attainment(kpi, actual, target);
    const status = targetStatus(KPI_DEFINITIONS[kpi].direction, actual, target, achieved, DEFAULT_THRESHOLDS);
    expect(status).toBe(expected);
  });
});

/** A report with channels and categories keyed and sorted, and channel spellings dropped (first seen wins). */
function normalise(report: KpiReport) {
  return {
    ...report,
    byChannel: [...report.byChannel]
      .map(({ channel: _label, ...rest }) => rest)
      .sort((a, b) => String(a.key).localeCompare(String(b.key))),
    byCategory: [...report.byCategory].sort((a, b) => String(a.category).localeCompare(String(b.category))),
  };
}
