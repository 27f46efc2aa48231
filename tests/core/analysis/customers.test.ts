import { analyzeCustomers } from '../../../src/core/analysis/customers';
import { fixture } from './support/campaignFixture';
import { okOf } from './support/okOf';

const period: [string, string] = ['2024-11-11', '2024-11-13'];

describe('new, returning and retained customers', () => {
  // u1 bought in October (returning), u2 and u3 first buy in the period (new); u3 buys twice (repeat).
  // After the period: u1 again on 11-20 (retained, within 30 days), u2 on 12-20 (37 days later: not).
  const data = fixture({
    orders: [
      { day: '2024-10-01', amount: 80, customer: 'u1' },
      { day: '2024-11-11', amount: 300, customer: 'u1' },
      { day: '2024-11-11', amount: 100, customer: 'u2' },
      { day: '2024-11-12', amount: 50, customer: 'u3' },
      { day: '2024-11-13', amount: 70, customer: 'u3' },
      { day: '2024-11-13', amount: 500, customer: 'u4', status: 'cancelled' },
      { day: '2024-11-20', amount: 60, customer: 'u1' },
      { day: '2024-12-20', amount: 60, customer: 'u2' },
    ],
    period,
  });

  it('splits buyers into new and returning with their share and AOV (hand-derived)', () => {
    const r = okOf(analyzeCustomers(data));
    expect(r.buyers).toBe(3);
    // new: u2 (100) + u3 (50 + 70) = 220 over 3 orders → AOV 73.33, per buyer 110
    expect(r.newBuyers).toEqual({
      buyers: 2,
      share: 2 / 3,
      paidSales: 220,
      paidOrders: 3,
      aov: 220 / 3,
      salesPerBuyer: 110,
    });
    expect(r.returningBuyers).toEqual({
      buyers: 1,
      share: 1 / 3,
      paidSales: 300,
      paidOrders: 1,
      aov: 300,
      salesPerBuyer: 300,
    });
    expect(r.basis).toEqual([{ source: 'first_order_in_data', buyers: 3 }]);
  });

  it('counts repurchase within the window and retention in the 30 days after it', () => {
    const r = okOf(analyzeCustomers(data));
    expect(r.repurchase).toEqual({ repeatBuyers: 1, rate: 1 / 3 });
    expect(r.retention).toEqual({
      windowDays: 30,
      coveredDays: 30,
      partial: false,
      retainedBuyers: 1,
      rate: 1 / 3,
    });
  });

  it('prefers the new-customer flag, then the customers table', () => {
    const flagged = fixture({
      orders: [
        { day: '2024-11-11', amount: 10, customer: 'a', isNew: 0 },
        { day: '2024-11-11', amount: 10, customer: 'b' },
      ],
      customers: [{ id: 'b', firstOrder: '2024-11-11' }],
      period,
    });
    const r = okOf(analyzeCustomers(flagged));
    expect(r.returningBuyers.buyers).toBe(1);
    expect(r.newBuyers.buyers).toBe(1);
    expect(r.basis.map((b) => b.source).sort()).toEqual(['customers_table', 'flag']);
    expect(r.retention).toBeNull();
  });

  it('warns that everyone looks new when the data starts with the period, and flags a partial retention window', () => {
    const r = okOf(
      analyzeCustomers(
        fixture({
          orders: [
            { day: '2024-11-11', amount: 10, customer: 'a' },
            { day: '2024-11-20', amount: 10, customer: 'a' },
          ],
          period,
        }),
      ),
    );
    expect(r.newBuyers.buyers).toBe(1);
    expect(r.retention).toMatchObject({ coveredDays: 7, partial: true, rate: 1 });
    expect(r.notes.length).toBe(2);
  });

  it('is unavailable without a customer column, and empty without buyers', () => {
    expect(analyzeCustomers(fixture({ orders: [{ day: '2024-11-11', amount: 1 }], period })).kind).toBe(
      'unavailable',
    );
    const none = okOf(
      analyzeCustomers(
        fixture({ orders: [{ day: '2024-11-11', amount: 1, customer: 'a', status: 'unpaid' }], period }),
      ),
    );
    expect(none.buyers).toBe(0);
    expect(none.repurchase.rate).toBeNull();
    expect(none.newBuyers.share).toBeNull();
  });
});
