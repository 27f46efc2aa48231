import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { KPI_DEFINITIONS } from '../../../src/core/metrics/kpis';
import * as text from '../../../src/core/messages/metrics';
import { buildCampaign, type TargetInput } from '../../support/campaignBuilder';
import { expectMissing, expectValue } from './support/expectKpi';
import { HAND_CAMPAIGN, HAND_ORDERS } from './support/handCampaign';

const targets: TargetInput[] = [
  { metric: 'gmv', value: 600 },
  { metric: 'paid_sales', value: 600 },
  { metric: 'buyers', value: 4 },
  { metric: 'cac', value: 200 },
  { metric: 'return_rate_orders', value: 0.3 },
  { metric: '投产比', kpi: 'roas', value: 1.7, channel: ' tmall ' },
  { metric: '毛利率', kpi: null, value: 0.3 },
  { metric: 'margin', kpi: 'margin', value: 0.3 },
  { metric: 'gmv', value: 100, channel: 'Kuaishou' },
  { metric: 'gmv', value: 0 },
];

describe('targets', () => {
  const report = computeKpis(buildCampaign({ ...HAND_CAMPAIGN, targets }));
  const [gmv, paid, buyers, cac, returns, roas, unknown, notKpi, noChannel, zero] = report.targets;

  it('keeps every target row, in order', () => {
    expect(report.targets.map((t) => t.metric)).toEqual(targets.map((t) => t.metric));
    expect(report.targets.map((t) => t.sourceRow)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('attainment is actual over target for higher-is-better KPIs, with the status it earns', () => {
    // 650 / 600 = 1.083 ≥ 1 → exceeded
    expectValue(gmv!.actual, 650);
    expectValue(gmv!.attainment, 650 / 600);
    expect(gmv!.status).toBe('exceeded');
    // 540 / 600 = 0.9 exactly → nearly met
    expectValue(paid!.attainment, 0.9);
    expect(paid!.status).toBe('nearly_met');
    // 3 / 4 = 0.75 → missed
    expect(buyers!.status).toBe('missed');
  });

  it('attainment is target over actual for lower-is-better KPIs', () => {
    // CAC 175 against 200: 200 / 175 = 1.143 → exceeded
    expectValue(cac!.attainment, 200 / 175);
    expect(cac!.direction).toBe('lower');
    expect(cac!.status).toBe('exceeded');
    // refund rate 0.4 against 0.3: 0.3 / 0.4 = 0.75 → missed
    expectValue(returns!.attainment, 0.75);
    expect(returns!.status).toBe('missed');
  });

  it('a channel target reads that channel’s KPI, matching the name case-insensitively', () => {
    // Tmall ROAS 340 / 250 = 1.36; 1.36 / 1.7 = 0.8 → missed
    expectValue(roas!.actual, 1.36);
    expectValue(roas!.attainment, 0.8);
    expect(roas!.status).toBe('missed');
  });

  it('keeps a metric Fupan does not compute, as not computed', () => {
    expect(unknown).toMatchObject({ kpi: null, status: 'not_computed', direction: null });
    expectMissing(unknown!.actual, text.unknownTargetMetric('毛利率'));
    expect(notKpi).toMatchObject({ kpi: null, status: 'not_computed' });
  });

  it('says when a target’s channel appears in no table', () => {
    expectMissing(noChannel!.actual, text.targetChannelNotFound('Kuaishou'));
    expect(noChannel!.status).toBe('not_computed');
  });

  it('does not compute attainment against a target that is not positive', () => {
    expectMissing(zero!.attainment, text.targetNotPositive(0));
    expect(zero!.status).toBe('not_computed');
  });

  it('passes the actual’s reason on when the KPI itself is null', () => {
    const plain = computeKpis(
      buildCampaign({
        period: HAND_CAMPAIGN.period,
        orders: HAND_ORDERS,
        targets: [{ metric: 'uv', value: 10 }],
      }),
    );
    expectMissing(plain.targets[0]!.attainment, text.noTrafficTable());
    expect(plain.targets[0]!.status).toBe('not_computed');
  });

  it('a lower-is-better KPI at 0 beats its target, though the ratio is undefined', () => {
    const clean = computeKpis(
      buildCampaign({
        period: ['2024-11-01', '2024-11-01'],
        orders: [{ day: '2024-11-01', amount: 10 }],
        targets: [{ metric: 'return_rate_orders', value: 0.05 }],
      }),
    );
    const [target] = clean.targets;
    expectValue(target!.actual, 0);
    expectMissing(target!.attainment, text.actualNotPositive(KPI_DEFINITIONS.return_rate_orders.name, 0));
    expect(target!.status).toBe('exceeded');
  });

  it('takes the status thresholds as options', () => {
    const strict = computeKpis(buildCampaign({ ...HAND_CAMPAIGN, targets }), {
      thresholds: { exceeded: 1.1, nearlyMet: 0.8 },
    });
    // 1.083 < 1.1 → nearly met; 0.9 → nearly met; 0.75 < 0.8 → missed
    expect(strict.targets.slice(0, 3).map((t) => t.status)).toEqual(['nearly_met', 'nearly_met', 'missed']);
  });

  it('refuses thresholds where nearly met is above exceeded', () => {
    expect(() =>
      computeKpis(buildCampaign(HAND_CAMPAIGN), { thresholds: { exceeded: 0.9, nearlyMet: 1 } }),
    ).toThrow(/thresholds/);
  });
});
