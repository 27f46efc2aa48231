import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { KPI_DEFINITIONS } from '../../../src/core/metrics/kpis';
import { MEASURE_NAMES } from '../../../src/core/metrics/measures';
import {
  cogsMissing,
  noCogsColumn,
  noSpendTable,
  spendUndated,
  zeroDenominator,
} from '../../../src/core/messages/metrics';
import { buildCampaign } from '../../support/campaignBuilder';
import { expectMissing, expectValue } from './support/expectKpi';
import { HAND_CAMPAIGN, HAND_ORDERS, HAND_SPEND } from './support/handCampaign';

describe('spend KPIs on the hand-checked campaign', () => {
  const report = computeKpis(buildCampaign(HAND_CAMPAIGN));
  const { kpis } = report.total;
  const tmall = report.byChannel.find((c) => c.key === 'tmall')!;
  const douyin = report.byChannel.find((c) => c.key === 'douyin')!;

  it('spend sums every channel over the period', () => {
    // 100 + 100 + 50 + 40 + 60 = 350
    expectValue(kpis.spend, 350);
  });

  it('roas is paid sales over spend, labelled 投产比 (ROAS)', () => {
    // 540 / 350
    expectValue(kpis.roas, 540 / 350);
    expect(KPI_DEFINITIONS.roas.name['zh-CN']).toBe('投产比 (ROAS)');
  });

  it('roi subtracts the cost of goods of every paid order, refunded ones included, and spend', () => {
    // cogs: O1 40 + O3 30 + O4 90 (refunded, still counted) + O6 50 + O7 15 = 225
    expectValue(report.total.measures.cogs, 225);
    // (net 320 − 225 − 350) / 350 = −255 / 350
    expectValue(kpis.roi, -255 / 350);
  });

  it('cac is spend per new customer', () => {
    // 350 / 2 new customers (A, C)
    expectValue(kpis.cac, 175);
  });

  it('matches spend to channels case-insensitively after trimming', () => {
    // TMALL 100 + tmall 100 + Tmall 50 = 250; douyin 40 + Douyin 60 = 100
    expectValue(tmall.kpis.spend, 250);
    expectValue(douyin.kpis.spend, 100);
    expect(tmall.channel).toBe('Tmall');
  });

  it('roas, roi and cac per channel use that channel’s sales, cost, spend and new customers', () => {
    // Tmall: paid 100 + 200 + 40 = 340 over 250
    expectValue(tmall.kpis.roas, 340 / 250);
    // Tmall: net 340 − 200 = 140, cogs 40 + 90 + 15 = 145: (140 − 145 − 250) / 250 = −1.02
    expectValue(tmall.kpis.roi, -1.02);
    // Douyin: net 200 − 20 = 180, cogs 30 + 50 = 80: (180 − 80 − 100) / 100 = 0
    expectValue(douyin.kpis.roi, 0);
    // new customers: Tmall A (250 / 1), Douyin C (100 / 1)
    expectValue(tmall.kpis.cac, 250);
    expectValue(douyin.kpis.cac, 100);
  });
});

describe('spend edge cases', () => {
  const period = ['2024-11-01', '2024-11-03'] as const;

  it('leaves spend, roas, roi and cac null without a spend table', () => {
    const report = computeKpis(buildCampaign({ period, orders: HAND_ORDERS }));
    for (const id of ['spend', 'roas', 'cac'] as const) expectMissing(report.total.kpis[id], noSpendTable());
    expect(report.missing.spend).toEqual(noSpendTable());
  });

  it('leaves roi null without a cost-of-goods column, and when a paid order has no cost', () => {
    const noCogs = HAND_ORDERS.map(({ cogs: _cogs, ...row }) => row);
    const without = computeKpis(buildCampaign({ period, orders: noCogs, spend: HAND_SPEND }));
    expectMissing(without.total.kpis.roi, noCogsColumn());
    expectValue(without.total.kpis.roas, 540 / 350);

    const gap = HAND_ORDERS.map((row) => (row.id === 'O7' ? { ...row, cogs: null } : row));
    const partial = computeKpis(buildCampaign({ period, orders: gap, spend: HAND_SPEND }));
    expectMissing(partial.total.kpis.roi, cogsMissing(1));
    // Douyin's paid orders all have their cost
    expectValue(partial.byChannel.find((c) => c.key === 'douyin')!.kpis.roi, 0);
  });

  it('gives roas a zero-denominator reason when spend is 0', () => {
    const report = computeKpis(
      buildCampaign({
        period,
        orders: HAND_ORDERS,
        spend: [{ channel: 'Tmall', day: '2024-11-01', spend: 0 }],
      }),
    );
    expectValue(report.total.kpis.spend, 0);
    const roas = KPI_DEFINITIONS.roas;
    expectMissing(report.total.kpis.roas, zeroDenominator(roas.name, MEASURE_NAMES.spend));
  });

  it('counts undated spend towards the campaign and its channel but no single day', () => {
    const report = computeKpis(
      buildCampaign({
        period,
        orders: HAND_ORDERS,
        spend: [...HAND_SPEND, { channel: 'Douyin', day: null, spend: 500 }],
      }),
    );
    // 350 + 500
    expectValue(report.total.kpis.spend, 850);
    expectValue(report.byChannel.find((c) => c.key === 'douyin')!.kpis.spend, 600);
    expectMissing(report.byDay[0]!.kpis.spend, spendUndated(1));
    expect(report.warnings).toContainEqual({ code: 'spend_undated', text: spendUndated(1) });
  });

  it('adds nothing for an empty spend cell', () => {
    const report = computeKpis(
      buildCampaign({
        period,
        orders: HAND_ORDERS,
        spend: [
          { channel: 'Tmall', day: '2024-11-01', spend: null },
          { channel: 'Tmall', day: '2024-11-02', spend: 70 },
        ],
      }),
    );
    expectValue(report.total.kpis.spend, 70);
  });
});
