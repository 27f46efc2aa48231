import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { partialRefundsUnknown } from '../../../src/core/messages/metrics';
import { buildCampaign, type OrderRow } from '../../support/campaignBuilder';
import { expectValue } from './support/expectKpi';
import { HAND_CAMPAIGN } from './support/handCampaign';

describe('sales KPIs on the hand-checked campaign', () => {
  const { kpis } = computeKpis(buildCampaign(HAND_CAMPAIGN)).total;

  it('gmv sums every order placed in the period, whatever its status', () => {
    // O1..O7: 100 + 50 + 80 + 200 + 60 + 120 + 40 = 650 (O8 is before the period)
    expectValue(kpis.gmv, 650);
  });

  it('paid_sales sums paid, refunded, partially refunded and refunding orders', () => {
    // O1 100 + O3 80 + O4 200 + O6 120 + O7 40 = 540 (O2 unpaid and O5 cancelled left out)
    expectValue(kpis.paid_sales, 540);
  });

  it('refunds sums the refund amounts of paid orders', () => {
    // O4 200 + O6 20 = 220; O1's empty refund cell on a paid order is no refund
    expectValue(kpis.refunds, 220);
  });

  it('net_sales is paid sales minus refunds', () => {
    // 540 − 220 = 320
    expectValue(kpis.net_sales, 320);
  });

  it('orders counts every order placed and paid_orders only the paid ones', () => {
    // O1..O7 = 7; paid: O1, O3, O4, O6, O7 = 5
    expectValue(kpis.orders, 7);
    expectValue(kpis.paid_orders, 5);
  });

  it('aov is paid sales per paid order', () => {
    // 540 / 5 = 108
    expectValue(kpis.aov, 108);
  });

  it('return_rate_amount is refunds over paid sales', () => {
    // 220 / 540 = 0.407407…
    expectValue(kpis.return_rate_amount, 220 / 540);
  });

  it('return_rate_orders is paid orders with any refund over paid orders', () => {
    // O4 (refunded) and O6 (partially refunded) of 5 paid orders: 2 / 5 = 0.4
    expectValue(kpis.return_rate_orders, 0.4);
  });

  it('discount_cost sums discounts over paid orders, an empty cell counting as none', () => {
    // O1 10 + O3 5 + O6 12 = 27 (O4, O7 empty; O2 has no discount and is unpaid anyway)
    expectValue(kpis.discount_cost, 27);
  });
});

describe('refunds without a refund amount', () => {
  const orders: OrderRow[] = [
    { day: '2024-11-01', amount: 100, status: 'refunded' },
    { day: '2024-11-01', amount: 80, status: 'partially_refunded' },
    { day: '2024-11-01', amount: 60, status: 'refunding' },
    { day: '2024-11-01', amount: 40, status: 'paid' },
    { day: '2024-11-01', amount: 30, status: 'cancelled' },
  ];

  it('counts a refunded order in full when there is no refund column, and reports partial refunds', () => {
    const report = computeKpis(buildCampaign({ period: ['2024-11-01', '2024-11-01'], orders }));
    // refunded 100 in full; the partial refund of the 80 order is unknown; refunding is not a refund yet
    expectValue(report.total.kpis.refunds, 100);
    // paid sales 100 + 80 + 60 + 40 = 280; net 280 − 100 = 180
    expectValue(report.total.kpis.net_sales, 180);
    // refunded and partially refunded orders: 2 of 4 paid orders
    expectValue(report.total.kpis.return_rate_orders, 0.5);
    expect(report.basis.refunds).toBe('refunded_status');
    expect(report.warnings).toContainEqual({
      code: 'partial_refunds_unknown',
      text: partialRefundsUnknown(1),
    });
  });

  it('applies the same rules to empty cells of a refund column', () => {
    const withColumn = orders.map((row) => ({ ...row, refund: null }));
    const report = computeKpis(buildCampaign({ period: ['2024-11-01', '2024-11-01'], orders: withColumn }));
    expectValue(report.total.kpis.refunds, 100);
    expect(report.basis.refunds).toBe('refund_amount');
    expect(report.warnings.map((w) => w.code)).toContain('partial_refunds_unknown');
  });

  it('reads refund amounts from a refunds table, summed per order id', () => {
    const report = computeKpis(
      buildCampaign({
        period: ['2024-11-01', '2024-11-01'],
        orders: orders.map((row, i) => ({ ...row, id: `R${i}` })),
        refunds: [
          { orderId: 'R1', amount: 30 },
          { orderId: 'R1', amount: 10 },
          { orderId: 'R3', amount: 5 },
        ],
      }),
    );
    // R0 refunded, not in the table: full 100; R1 partial: 30 + 10 = 40; R3 paid with a refund of 5
    expectValue(report.total.kpis.refunds, 145);
    // R0, R1 and R3 have a refund: 3 of 4 paid orders
    expectValue(report.total.kpis.return_rate_orders, 0.75);
    expect(report.warnings.map((w) => w.code)).not.toContain('partial_refunds_unknown');
  });

  it('ignores refund amounts written on unpaid or cancelled orders', () => {
    const report = computeKpis(
      buildCampaign({
        period: ['2024-11-01', '2024-11-01'],
        orders: [{ day: '2024-11-01', amount: 30, status: 'cancelled', refund: 30 }],
      }),
    );
    expectValue(report.total.kpis.refunds, 0);
  });
});
