import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { KPI_IDS, type KpiId } from '../../../src/core/metrics/kpiIds';
import { KPI_DEFINITIONS } from '../../../src/core/metrics/kpis';
import { MEASURE_NAMES, type MeasureId } from '../../../src/core/metrics/measures';
import * as text from '../../../src/core/messages/metrics';
import { fieldName } from '../../../src/core/messages/names';
import type { LocalizedText } from '../../../src/core/model/text';
import { buildCampaign, type CampaignRows, type OrderRow } from '../../support/campaignBuilder';
import { expectMissing, expectValue } from './support/expectKpi';
import { HAND_CAMPAIGN, HAND_ORDERS, HAND_SPEND } from './support/handCampaign';

type Expected = number | { readonly zeroDenominator: MeasureId };

/** Every KPI over a period holding no row at all (all tables and columns present). */
const EMPTY_PERIOD: Readonly<Record<KpiId, Expected>> = {
  gmv: 0,
  paid_sales: 0,
  refunds: 0,
  net_sales: 0,
  orders: 0,
  paid_orders: 0,
  paid_rate: { zeroDenominator: 'orders' },
  buyers: 0,
  aov: { zeroDenominator: 'paid_orders' },
  arppu: { zeroDenominator: 'buyers' },
  uv: 0,
  pv: 0,
  cvr: { zeroDenominator: 'visitor_days' },
  orders_per_session: { zeroDenominator: 'sessions' },
  bounce_rate: { zeroDenominator: 'bounce_base' },
  add_to_cart_rate: { zeroDenominator: 'visitor_days' },
  return_rate_amount: { zeroDenominator: 'paid_sales' },
  return_rate_orders: { zeroDenominator: 'paid_orders' },
  discount_cost: 0,
  new_customers: 0,
  returning_customers: 0,
  repurchase_rate: { zeroDenominator: 'buyers' },
  spend: 0,
  roas: { zeroDenominator: 'spend' },
  roi: { zeroDenominator: 'spend' },
  cac: { zeroDenominator: 'new_buyers' },
};

const period = ['2024-11-01', '2024-11-03'] as const;
const drop = <K extends keyof OrderRow>(key: K): OrderRow[] =>
  HAND_ORDERS.map((row) => {
    const copy = { ...row };
    delete copy[key];
    return copy;
  });

/** For every KPI: the input whose absence makes it null and the reason given, or 'never absent'. */
const ABSENT: Readonly<Record<KpiId, { rows: CampaignRows; reason: LocalizedText } | 'never absent'>> = {
  gmv: 'never absent',
  paid_sales: 'never absent',
  refunds: 'never absent',
  net_sales: 'never absent',
  orders: 'never absent',
  paid_orders: 'never absent',
  paid_rate: 'never absent',
  buyers: { rows: { period, orders: drop('customer') }, reason: text.noCustomerColumn() },
  aov: 'never absent',
  arppu: { rows: { period, orders: drop('customer') }, reason: text.noCustomerColumn() },
  uv: { rows: { period, orders: HAND_ORDERS }, reason: text.noTrafficTable() },
  pv: {
    rows: { period, orders: HAND_ORDERS, traffic: [{ day: '2024-11-01', uv: 1 }] },
    reason: text.noTrafficColumn([fieldName('traffic', 'pv')]),
  },
  cvr: { rows: { period, orders: HAND_ORDERS }, reason: text.noTrafficTable() },
  orders_per_session: {
    rows: { period, orders: HAND_ORDERS, traffic: [{ day: '2024-11-01', uv: 1 }] },
    reason: text.noTrafficColumn([fieldName('traffic', 'sessions')]),
  },
  bounce_rate: { rows: { period, orders: HAND_ORDERS }, reason: text.noTrafficTable() },
  add_to_cart_rate: { rows: { period, orders: HAND_ORDERS }, reason: text.noTrafficTable() },
  return_rate_amount: 'never absent',
  return_rate_orders: 'never absent',
  discount_cost: {
    rows: { period, orders: drop('discount') },
    reason: text.noOrderColumn(fieldName('orders', 'discount')),
  },
  new_customers: { rows: { period, orders: drop('customer') }, reason: text.noCustomerColumn() },
  returning_customers: { rows: { period, orders: drop('customer') }, reason: text.noCustomerColumn() },
  repurchase_rate: { rows: { period, orders: drop('customer') }, reason: text.noCustomerColumn() },
  spend: { rows: { period, orders: HAND_ORDERS }, reason: text.noSpendTable() },
  roas: { rows: { period, orders: HAND_ORDERS }, reason: text.noSpendTable() },
  roi: { rows: { period, orders: drop('cogs'), spend: HAND_SPEND }, reason: text.noCogsColumn() },
  cac: { rows: { period, orders: HAND_ORDERS }, reason: text.noSpendTable() },
};

const paidOnlyBefore: OrderRow[] = [
  { day: '2024-10-01', amount: 10, customer: 'A' },
  { day: '2024-11-01', amount: 10, customer: 'A' },
];

/** For every ratio KPI: data whose denominator is 0 (not empty data), or 'not a ratio'. */
const ZERO_DENOMINATOR: Readonly<
  Record<KpiId, { rows: CampaignRows; denominator: MeasureId } | 'not a ratio'>
> = {
  gmv: 'not a ratio',
  paid_sales: 'not a ratio',
  refunds: 'not a ratio',
  net_sales: 'not a ratio',
  orders: 'not a ratio',
  paid_orders: 'not a ratio',
  paid_rate: {
    // Orders exist, none placed in the period.
    rows: { period, orders: [{ day: '2024-10-01', amount: 10 }] },
    denominator: 'orders',
  },
  buyers: 'not a ratio',
  aov: {
    rows: { period, orders: [{ day: '2024-11-01', amount: 10, status: 'unpaid' }] },
    denominator: 'paid_orders',
  },
  arppu: {
    rows: { period, orders: [{ day: '2024-11-01', amount: 10, customer: null }] },
    denominator: 'buyers',
  },
  uv: 'not a ratio',
  pv: 'not a ratio',
  cvr: {
    rows: { period, orders: HAND_ORDERS, traffic: [{ day: '2024-11-01', uv: 0 }] },
    denominator: 'visitor_days',
  },
  orders_per_session: {
    rows: { period, orders: HAND_ORDERS, traffic: [{ day: '2024-11-01', uv: 5, sessions: 0 }] },
    denominator: 'sessions',
  },
  bounce_rate: {
    rows: { period, orders: HAND_ORDERS, traffic: [{ day: '2024-11-01', uv: 5, sessions: 0, bounces: 0 }] },
    denominator: 'bounce_base',
  },
  add_to_cart_rate: {
    rows: { period, orders: HAND_ORDERS, traffic: [{ day: '2024-11-01', uv: 0, addToCart: 0 }] },
    denominator: 'visitor_days',
  },
  return_rate_amount: {
    rows: { period, orders: [{ day: '2024-11-01', amount: 0 }] },
    denominator: 'paid_sales',
  },
  return_rate_orders: {
    rows: { period, orders: [{ day: '2024-11-01', amount: 10, status: 'cancelled' }] },
    denominator: 'paid_orders',
  },
  discount_cost: 'not a ratio',
  new_customers: 'not a ratio',
  returning_customers: 'not a ratio',
  repurchase_rate: {
    rows: { period, orders: [{ day: '2024-11-01', amount: 10, customer: null }] },
    denominator: 'buyers',
  },
  spend: 'not a ratio',
  roas: {
    rows: { period, orders: HAND_ORDERS, spend: [{ channel: 'Tmall', spend: 0 }] },
    denominator: 'spend',
  },
  roi: {
    rows: { period, orders: HAND_ORDERS, spend: [{ channel: 'Tmall', spend: 0 }] },
    denominator: 'spend',
  },
  cac: {
    rows: { period, orders: paidOnlyBefore, spend: [{ channel: 'Tmall', spend: 100 }] },
    denominator: 'new_buyers',
  },
};

/**
 * A campaign whose cells are partly empty (NaN), every KPI worked out by hand:
 *
 *   order day    amount status   customer channel refund discount cogs
 *   N1    11-01  100    paid     A        T       —      —        40
 *   N2    11-01  —      paid     —        T       —      5        —
 *   N3    11-02  50     refunded B        —       —      —        20
 *
 *   traffic 11-01 T uv 100, pv —, sessions 80, bounce rate 0.5, add-to-cart 10
 *           11-02 T uv —, pv 200, sessions —, bounce rate 0.2, add-to-cart —
 *   spend   T 11-01 100; T 11-02 —
 */
const EMPTY_CELLS: CampaignRows = {
  period: ['2024-11-01', '2024-11-02'],
  orders: [
    { day: '2024-11-01', amount: 100, customer: 'A', channel: 'T', refund: null, discount: null, cogs: 40 },
    { day: '2024-11-01', amount: null, customer: null, channel: 'T', refund: null, discount: 5, cogs: null },
    {
      day: '2024-11-02',
      amount: 50,
      status: 'refunded',
      customer: 'B',
      channel: null,
      refund: null,
      cogs: 20,
    },
  ],
  traffic: [
    { day: '2024-11-01', channel: 'T', uv: 100, pv: null, sessions: 80, bounceRate: 0.5, addToCart: 10 },
    { day: '2024-11-02', channel: 'T', uv: null, pv: 200, sessions: null, bounceRate: 0.2, addToCart: null },
  ],
  spend: [
    { channel: 'T', day: '2024-11-01', spend: 100 },
    { channel: 'T', day: '2024-11-02', spend: null },
  ],
};

const WITH_EMPTY_CELLS: Readonly<Record<KpiId, number | LocalizedText>> = {
  gmv: 150, // 100 + (empty) + 50
  paid_sales: 150, // all three are paid; the empty amount adds nothing
  refunds: 50, // N3 refunded without an amount: in full
  net_sales: 100, // 150 − 50
  orders: 3,
  paid_orders: 3,
  paid_rate: 1, // 3 / 3
  buyers: 2, // A and B; N2 has no customer
  aov: 50, // 150 / 3
  arppu: 75, // 150 / 2
  uv: 100, // the empty UV adds nothing
  pv: 200,
  cvr: 0.02, // buyer-days (A on 11-01, B on 11-02) 2 / 100
  orders_per_session: 3 / 80,
  bounce_rate: 0.5, // 0.5 × 80 / 80; the 11-02 rate has neither sessions nor UV to weigh it
  add_to_cart_rate: 0.1, // 10 / 100
  return_rate_amount: 50 / 150,
  return_rate_orders: 1 / 3,
  discount_cost: 5,
  new_customers: 2, // first paid orders of A and B fall in the period
  returning_customers: 0,
  repurchase_rate: 0,
  spend: 100, // the empty spend adds nothing
  roas: 1.5, // 150 / 100
  roi: text.cogsMissing(1), // N2 is paid and has no cost
  cac: 50, // 100 / 2
};

describe('every KPI over a campaign with empty cells', () => {
  const report = computeKpis(buildCampaign(EMPTY_CELLS));

  it.each(KPI_IDS)('%s skips empty cells as the hand computation does', (id) => {
    const expected = WITH_EMPTY_CELLS[id];
    if (typeof expected === 'number') expectValue(report.total.kpis[id], expected);
    else expectMissing(report.total.kpis[id], expected);
  });
});

describe('every KPI over an empty period', () => {
  const report = computeKpis(buildCampaign({ ...HAND_CAMPAIGN, period: ['2024-12-01', '2024-12-02'] }));

  it.each(KPI_IDS)('%s is 0 when it is a sum, null with the zero denominator named when a ratio', (id) => {
    const expected = EMPTY_PERIOD[id];
    if (typeof expected === 'number') expectValue(report.total.kpis[id], expected);
    else {
      const reason = text.zeroDenominator(KPI_DEFINITIONS[id].name, MEASURE_NAMES[expected.zeroDenominator]);
      expectMissing(report.total.kpis[id], reason);
    }
  });
});

describe('every KPI with an absent input', () => {
  it.each(KPI_IDS)('%s is null with the reason, or is never absent', (id) => {
    const absent = ABSENT[id];
    if (absent === 'never absent') {
      // orders with only the required columns, no other table
      const bare = computeKpis(buildCampaign({ period, orders: [{ day: '2024-11-01', amount: 10 }] }));
      expect(bare.total.kpis[id].value).not.toBeNull();
    } else {
      const report = computeKpis(buildCampaign(absent.rows));
      expectMissing(report.total.kpis[id], absent.reason);
      expect(report.missing[id]).toEqual(absent.reason);
    }
  });
});

describe('every ratio KPI with a zero denominator', () => {
  it.each(KPI_IDS)('%s is null naming the denominator, never Infinity or NaN', (id) => {
    const zero = ZERO_DENOMINATOR[id];
    if (zero === 'not a ratio') {
      expect(KPI_DEFINITIONS[id].unit).not.toBe('ratio');
      return;
    }
    const report = computeKpis(buildCampaign(zero.rows));
    expectMissing(
      report.total.kpis[id],
      text.zeroDenominator(KPI_DEFINITIONS[id].name, MEASURE_NAMES[zero.denominator]),
    );
  });
});

describe('empty (NaN) cells', () => {
  it('an order with an empty amount counts as an order, adds nothing to amounts, and is reported', () => {
    const report = computeKpis(
      buildCampaign({
        period,
        orders: [
          { day: '2024-11-01', amount: null },
          { day: '2024-11-01', amount: 30 },
        ],
      }),
    );
    expectValue(report.total.kpis.orders, 2);
    expectValue(report.total.kpis.gmv, 30);
    expectValue(report.total.kpis.paid_sales, 30);
    // 30 / 2 paid orders
    expectValue(report.total.kpis.aov, 15);
    expect(report.warnings).toContainEqual({ code: 'amount_missing', text: text.amountMissing(1) });
  });

  it('no KPI of a campaign full of empty cells is NaN or infinite', () => {
    const orders: OrderRow[] = [
      {
        day: '2024-11-01',
        amount: null,
        customer: null,
        refund: null,
        discount: null,
        cogs: null,
        isNew: null,
      },
      { day: '2024-11-02', amount: 10, customer: 'A', refund: null, discount: null, cogs: 5, isNew: null },
    ];
    const report = computeKpis(
      buildCampaign({
        period,
        orders,
        traffic: [
          {
            day: '2024-11-01',
            uv: null,
            pv: null,
            sessions: null,
            bounces: null,
            bounceRate: null,
            addToCart: null,
          },
        ],
        spend: [{ channel: null, day: '2024-11-01', spend: null }],
      }),
    );
    for (const group of [report.total, ...report.byDay, ...report.byChannel]) {
      for (const id of KPI_IDS) {
        const { value } = group.kpis[id];
        if (value !== null) expect(Number.isFinite(value)).toBe(true);
      }
    }
  });
});

describe('a campaign without any order', () => {
  it('gives zero counts and the reasons for everything else', () => {
    const report = computeKpis(buildCampaign({ period, orders: [] }));
    expectValue(report.total.kpis.gmv, 0);
    expectValue(report.total.kpis.orders, 0);
    expectMissing(report.total.kpis.buyers, text.noCustomerColumn());
    expectMissing(report.total.kpis.uv, text.noTrafficTable());
    expect(report.byDay).toHaveLength(3);
    expect(report.byChannel).toEqual([]);
    expect(report.byCategory).toEqual([]);
  });
});
