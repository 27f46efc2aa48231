import { computeKpis } from '../../../src/core/metrics/computeKpis';
import {
  customersNotInTable,
  newCustomersFromOrders,
  newFlagUnknown,
  noCustomerColumn,
  paidWithoutCustomer,
} from '../../../src/core/messages/metrics';
import { buildCampaign, type OrderRow } from '../../support/campaignBuilder';
import { expectMissing, expectValue } from './support/expectKpi';
import { HAND_CAMPAIGN, HAND_ORDERS } from './support/handCampaign';

describe('customer KPIs on the hand-checked campaign', () => {
  const report = computeKpis(buildCampaign(HAND_CAMPAIGN));
  const { kpis } = report.total;

  it('buyers counts distinct customers with a paid order in the period', () => {
    // A (O1, O4, O7), B (O3), C (O6) = 3; B's unpaid O2 and C's cancelled O5 add no one
    expectValue(kpis.buyers, 3);
  });

  it('arppu is paid sales per buyer', () => {
    // 540 / 3 = 180
    expectValue(kpis.arppu, 180);
  });

  it('repurchase_rate counts buyers with two or more paid orders in the period', () => {
    // only A has ≥ 2 paid orders in the period (3): 1 / 3
    expectValue(kpis.repurchase_rate, 1 / 3);
  });

  it('new_customers falls back to the earliest paid order in the data and says so', () => {
    // first paid orders: A 11-01, B 10-20 (O8, before the period), C 11-03 → A and C are new
    expectValue(kpis.new_customers, 2);
    expectValue(kpis.returning_customers, 1);
    expect(report.basis.newCustomers).toBe('first_paid_order');
    expect(report.warnings).toContainEqual({
      code: 'new_customers_from_orders',
      text: newCustomersFromOrders('2024-10-20'),
    });
  });

  it('a day counts the buyers whose first paid order is that day', () => {
    const first = report.byDay.find((d) => d.iso === '2024-11-01')!;
    // 11-01: buyers A (first paid that day) and B (first paid 10-20): 2 buyers, 1 new
    expectValue(first.kpis.buyers, 2);
    expectValue(first.kpis.new_customers, 1);
  });
});

describe('the new-customer rule', () => {
  const period = ['2024-11-01', '2024-11-03'] as const;

  it('prefers the new-customer flag over any first-order day', () => {
    const orders = HAND_ORDERS.map((row) => ({ ...row, isNew: row.customer === 'B' }));
    const report = computeKpis(buildCampaign({ period, orders }));
    // only B is flagged new (on O3), although B bought on 10-20
    expectValue(report.total.kpis.new_customers, 1);
    expectValue(report.total.kpis.returning_customers, 2);
    expect(report.basis.newCustomers).toBe('new_customer_flag');
  });

  it('counts a buyer with an empty flag as not new and reports it', () => {
    const orders = HAND_ORDERS.map((row) => ({
      ...row,
      isNew: row.id === 'O7' ? null : row.customer === 'C',
    }));
    const report = computeKpis(buildCampaign({ period, orders }));
    // C is flagged new; A's O7 flag is empty (A's other orders say not new)
    expectValue(report.total.kpis.new_customers, 1);
    expect(report.warnings).toContainEqual({ code: 'new_flag_unknown', text: newFlagUnknown(1) });
  });

  it('uses the customers table next, falling back customer by customer to the earliest paid order', () => {
    const report = computeKpis(
      buildCampaign({
        period,
        orders: HAND_ORDERS,
        customers: [
          { id: 'A', firstOrderDay: '2024-09-01' },
          { id: 'B', firstOrderDay: '2024-11-01' },
          { id: 'Z', firstOrderDay: '2024-11-02' },
        ],
      }),
    );
    // A first ordered 09-01: returning; B 11-01 per the table (the table wins over O8): new;
    // C is not in the table: earliest paid order 11-03: new → 2 new
    expectValue(report.total.kpis.new_customers, 2);
    expect(report.basis.newCustomers).toBe('customers_table');
    expect(report.warnings).toContainEqual({ code: 'customers_not_in_table', text: customersNotInTable(1) });
  });

  it('leaves buyer KPIs null, saying why, when orders have no customer ids', () => {
    const orders = HAND_ORDERS.map(({ customer: _customer, ...row }) => row);
    const report = computeKpis(buildCampaign({ period, orders }));
    for (const id of [
      'buyers',
      'arppu',
      'new_customers',
      'returning_customers',
      'repurchase_rate',
    ] as const) {
      expectMissing(report.total.kpis[id], noCustomerColumn());
    }
    expect(report.basis.newCustomers).toBeNull();
    expect(report.missing.buyers).toEqual(noCustomerColumn());
  });

  it('counts a paid order without a customer id as a paid order but not as a buyer', () => {
    const orders: OrderRow[] = [
      { day: '2024-11-01', amount: 10, customer: 'A' },
      { day: '2024-11-01', amount: 20, customer: null },
    ];
    const report = computeKpis(buildCampaign({ period, orders }));
    expectValue(report.total.kpis.paid_orders, 2);
    expectValue(report.total.kpis.buyers, 1);
    expect(report.warnings).toContainEqual({ code: 'paid_without_customer', text: paidWithoutCustomer(1) });
  });

  it('does not count an unpaid second order towards repurchase', () => {
    const orders: OrderRow[] = [
      { day: '2024-11-01', amount: 10, customer: 'A' },
      { day: '2024-11-02', amount: 10, customer: 'A', status: 'unpaid' },
      { day: '2024-11-01', amount: 10, customer: 'B' },
      { day: '2024-11-03', amount: 10, customer: 'B', status: 'refunded' },
    ];
    const report = computeKpis(buildCampaign({ period, orders }));
    // A: one paid order; B: two paid orders (a refunded order was paid once) → 1 / 2
    expectValue(report.total.kpis.repurchase_rate, 0.5);
  });
});
