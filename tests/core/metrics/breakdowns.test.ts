import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { MEASURE_NAMES } from '../../../src/core/metrics/measures';
import * as text from '../../../src/core/messages/metrics';
import { buildCampaign, type OrderRow } from '../../support/campaignBuilder';
import { expectMissing, expectValue } from './support/expectKpi';
import { HAND_CAMPAIGN, HAND_ORDERS, HAND_SPEND, HAND_TRAFFIC } from './support/handCampaign';

describe('the breakdown by day', () => {
  const report = computeKpis(
    buildCampaign({
      ...HAND_CAMPAIGN,
      baseline: ['2024-10-30', '2024-10-31'],
      phases: [
        { kind: 'warmup', start: '2024-11-01', end: '2024-11-01' },
        { kind: 'peak', start: '2024-11-02', end: '2024-11-03' },
      ],
    }),
  );

  it('lists every baseline and campaign day in order, saying which period and phase each is in', () => {
    expect(report.byDay.map((d) => [d.iso, d.part, d.phase])).toEqual([
      ['2024-10-30', 'baseline', null],
      ['2024-10-31', 'baseline', null],
      ['2024-11-01', 'campaign', 'warmup'],
      ['2024-11-02', 'campaign', 'peak'],
      ['2024-11-03', 'campaign', 'peak'],
    ]);
  });

  it('gives each day its own sums', () => {
    const [, , first, second, third] = report.byDay;
    // 11-01: O1 100 + O2 50 + O3 80; 11-02: O4 200 + O5 60; 11-03: O6 120 + O7 40
    expectValue(first!.kpis.gmv, 230);
    expectValue(second!.kpis.gmv, 260);
    expectValue(third!.kpis.gmv, 160);
    // 11-02: paid O4 200 with spend 100 (tmall) → roas 2
    expectValue(second!.kpis.roas, 2);
  });

  it('the phases sum their days, and count distinct buyers across them', () => {
    const [warmup, peak] = report.byPhase;
    expect(warmup!.kind).toBe('warmup');
    // peak 11-02 .. 11-03: 260 + 160 = 420
    expectValue(peak!.kpis.gmv, 420);
    // buyers: A (11-02, 11-03) and C (11-03) = 2 distinct, 3 buyer-days
    expectValue(peak!.kpis.buyers, 2);
    expectValue(peak!.measures.buyer_days, 3);
  });

  it('the baseline is a group of its own, empty here', () => {
    expectValue(report.baseline!.kpis.gmv, 0);
    expectValue(report.baseline!.kpis.orders, 0);
  });
});

describe('the breakdown by channel', () => {
  const orders: OrderRow[] = [
    ...HAND_ORDERS,
    { day: '2024-11-02', amount: 10, customer: 'D', channel: null },
  ];
  const report = computeKpis(
    buildCampaign({
      ...HAND_CAMPAIGN,
      orders,
      traffic: [...HAND_TRAFFIC, { day: '2024-11-01', channel: 'Organic', uv: 30 }],
      spend: [...HAND_SPEND, { day: '2024-11-01', channel: ' offline ', spend: 25 }],
    }),
  );

  it('lists channels seen in orders, traffic or spend, then rows without a channel', () => {
    expect(report.byChannel.map((c) => [c.channel, c.key, c.seenIn])).toEqual([
      ['Tmall', 'tmall', ['orders', 'traffic', 'spend']],
      ['Douyin', 'douyin', ['orders', 'traffic', 'spend']],
      ['Organic', 'organic', ['traffic']],
      ['offline', 'offline', ['spend']],
      [null, null, ['orders']],
    ]);
  });

  it('gives a channel seen only in spend its spend and no sales', () => {
    const offline = report.byChannel.find((c) => c.key === 'offline')!;
    expectValue(offline.kpis.spend, 25);
    expectValue(offline.kpis.paid_sales, 0);
    // 0 / 25
    expectValue(offline.kpis.roas, 0);
  });

  it('gives a channel seen only in traffic its visitors and no buyers', () => {
    const organic = report.byChannel.find((c) => c.key === 'organic')!;
    expectValue(organic.kpis.uv, 30);
    expectValue(organic.kpis.cvr, 0);
  });

  it('keeps orders without a channel in a group of their own, so that channels add up', () => {
    const none = report.byChannel.find((c) => c.key === null)!;
    expectValue(none.kpis.gmv, 10);
    const sum = report.byChannel.reduce((s, c) => s + (c.kpis.gmv.value ?? 0), 0);
    // 650 + 10
    expectValue(report.total.kpis.gmv, 660);
    expect(sum).toBeCloseTo(660, 9);
  });

  it('cannot split sales by channel when orders have no channel column', () => {
    const noChannel = HAND_ORDERS.map(({ channel: _channel, ...row }) => row);
    const plain = computeKpis(buildCampaign({ ...HAND_CAMPAIGN, orders: noChannel }));
    const tmall = plain.byChannel.find((c) => c.key === 'tmall')!;
    expect(tmall.seenIn).toEqual(['traffic', 'spend']);
    expectMissing(tmall.kpis.paid_sales, text.ordersHaveNoChannel());
    expectMissing(tmall.kpis.roas, text.ordersHaveNoChannel());
    expectValue(tmall.kpis.spend, 250);
  });
});

describe('the breakdown by category', () => {
  const orders: OrderRow[] = [
    {
      day: '2024-11-01',
      amount: 100,
      customer: 'A',
      lines: [
        { amount: 60, category: 'Shoes' },
        { amount: 40, category: 'Bags' },
      ],
    },
    {
      day: '2024-11-02',
      amount: 50,
      customer: 'B',
      lines: [
        { amount: 30, category: 'Shoes' },
        { amount: 20, category: 'Shoes' },
      ],
    },
    {
      day: '2024-11-02',
      amount: 70,
      customer: 'C',
      status: 'unpaid',
      lines: [{ amount: 70, category: 'Bags' }],
    },
    {
      day: '2024-11-03',
      amount: 30,
      customer: 'A',
      status: 'refunded',
      lines: [
        { amount: 25, category: 'Shoes' },
        { amount: 5, category: null },
      ],
    },
  ];
  const report = computeKpis(
    buildCampaign({ period: ['2024-11-01', '2024-11-03'], orders, traffic: HAND_TRAFFIC, spend: HAND_SPEND }),
  );
  const category = (name: string | null) => report.byCategory.find((c) => c.category === name)!;

  it('sums line amounts and counts distinct orders holding the category', () => {
    const shoes = category('Shoes');
    // 60 + 30 + 20 + 25 = 135, all on paid orders
    expectValue(shoes.kpis.gmv, 135);
    expectValue(shoes.kpis.paid_sales, 135);
    // the second order holds two Shoes lines but is one order: 3 orders
    expectValue(shoes.kpis.orders, 3);
    // 135 / 3
    expectValue(shoes.kpis.aov, 45);
    // buyers A and B; A bought Shoes twice → repurchase 1 / 2
    expectValue(shoes.kpis.buyers, 2);
    expectValue(shoes.kpis.repurchase_rate, 0.5);
    // the refunded order holds Shoes: 1 / 3
    expectValue(shoes.kpis.return_rate_orders, 1 / 3);
    const bags = category('Bags');
    // 40 (paid) + 70 (unpaid)
    expectValue(bags.kpis.gmv, 110);
    expectValue(bags.kpis.paid_sales, 40);
    expectValue(bags.kpis.paid_orders, 1);
  });

  it('keeps lines without a category, so that categories add up to all lines', () => {
    expectValue(category(null).kpis.gmv, 5);
    const sum = report.byCategory.reduce((s, c) => s + (c.kpis.gmv.value ?? 0), 0);
    // 135 + 110 + 5 = 250 = 100 + 50 + 70 + 30
    expect(sum).toBeCloseTo(250, 9);
  });

  it('says why order-level amounts, traffic and spend have no category breakdown', () => {
    const shoes = category('Shoes');
    expectMissing(shoes.kpis.refunds, text.orderAmountNotByCategory(MEASURE_NAMES.refunds));
    expectMissing(shoes.kpis.uv, text.trafficNotByCategory());
    expectMissing(shoes.kpis.cvr, text.trafficNotByCategory());
    expectMissing(shoes.kpis.spend, text.spendNotByCategory());
  });

  it('is empty, with a warning, when orders have no category', () => {
    const plain = computeKpis(buildCampaign(HAND_CAMPAIGN));
    expect(plain.byCategory).toEqual([]);
    expect(plain.warnings).toContainEqual({ code: 'no_category_column', text: text.noCategoryColumn() });
  });
});

it('reports orders outside the campaign and the baseline', () => {
  const report = computeKpis(buildCampaign(HAND_CAMPAIGN));
  // O8 (10-20) is in neither period; its paid order still makes B a returning customer
  expect(report.warnings).toContainEqual({
    code: 'orders_outside_periods',
    text: text.ordersOutsidePeriods(1, true),
  });
});
