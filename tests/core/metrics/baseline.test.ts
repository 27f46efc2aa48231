import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { KPI_DEFINITIONS } from '../../../src/core/metrics/kpis';
import { baselineIsZero } from '../../../src/core/messages/metrics';
import { buildCampaign } from '../../support/campaignBuilder';
import { expectMissing, expectValue } from './support/expectKpi';
import { HAND_CAMPAIGN, HAND_ORDERS } from './support/handCampaign';

describe('the comparison with the baseline', () => {
  const report = computeKpis(
    buildCampaign({
      ...HAND_CAMPAIGN,
      baseline: ['2024-10-29', '2024-10-30'],
      orders: [
        ...HAND_ORDERS,
        { day: '2024-10-29', amount: 100, customer: 'X', channel: 'Tmall' },
        { day: '2024-10-30', amount: 50, customer: 'Y', channel: 'Tmall' },
      ],
    }),
  );
  const comparison = report.vsBaseline!;

  it('gives the baseline its own KPIs', () => {
    // 100 + 50
    expectValue(report.baseline!.kpis.gmv, 150);
    expectValue(report.baseline!.kpis.buyers, 2);
  });

  it('gives the difference and the ratio of each KPI', () => {
    // 650 − 150 = 500; 650 / 150
    expectValue(comparison.kpis.gmv.delta, 500);
    expectValue(comparison.kpis.gmv.ratio, 650 / 150);
    // AOV 108 against 75: delta 33
    expectValue(comparison.kpis.aov.delta, 33);
  });

  it('compares additive KPIs per day too, since the periods differ in length', () => {
    expect([comparison.campaignDays, comparison.baselineDays]).toEqual([3, 2]);
    const perDay = comparison.kpis.gmv.perDay!;
    // 650 / 3 days against 150 / 2 days = 75
    expectValue(perDay.campaign, 650 / 3);
    expectValue(perDay.baseline, 75);
    expectValue(perDay.delta, 650 / 3 - 75);
    expectValue(perDay.ratio, 650 / 3 / 75);
    // a ratio or a distinct count has no per-day average
    expect(comparison.kpis.aov.perDay).toBeNull();
    expect(comparison.kpis.buyers.perDay).toBeNull();
  });

  it('has no ratio where the baseline is 0, saying so', () => {
    // no spend row falls in the baseline
    expectMissing(comparison.kpis.spend.ratio, baselineIsZero(KPI_DEFINITIONS.spend.name));
    expectValue(comparison.kpis.spend.delta, 350);
  });

  it('is absent without a baseline period', () => {
    const plain = computeKpis(buildCampaign(HAND_CAMPAIGN));
    expect(plain.baseline).toBeNull();
    expect(plain.vsBaseline).toBeNull();
    expect(plain.baselinePeriod).toBeNull();
  });
});
