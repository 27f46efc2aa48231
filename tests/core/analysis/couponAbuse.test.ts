import fc from 'fast-check';
import { analyzeCouponAbuse, burstOf } from '../../../src/core/analysis/couponAbuse';
import { day, fixture, type OrderRow } from './support/campaignFixture';
import { okOf } from './support/okOf';

const period: [string, string] = ['2024-11-11', '2024-11-11'];

describe('suspected coupon abuse', () => {
  // u1–u2 share device d1, u2–u3 share address a1 → one cluster of 3; u4–u5 share an IP → 2 (below 3);
  // each of u1–u3 paid 10 for a list price of 100 with a 90 discount (coupon-only); u1–u3 registered
  // 11-01, 11-01, 11-02 (3 within 2 days).
  const orders: OrderRow[] = [
    { day: '2024-11-11', amount: 10, customer: 'u1', device: 'd1', discount: 90, listPrice: 100 },
    {
      day: '2024-11-11',
      amount: 10,
      customer: 'u2',
      device: 'd1',
      address: 'a1',
      discount: 90,
      listPrice: 100,
    },
    { day: '2024-11-11', amount: 10, customer: 'u3', address: 'a1', discount: 90, listPrice: 100 },
    { day: '2024-11-11', amount: 80, customer: 'u4', ip: '1.2.3.4', discount: 20, listPrice: 100 },
    { day: '2024-11-11', amount: 80, customer: 'u5', ip: '1.2.3.4', discount: 20, listPrice: 100 },
    { day: '2024-11-11', amount: 100, customer: 'u6', device: 'd9' },
  ];
  const data = fixture({
    orders,
    period,
    customers: [
      { id: 'u1', registered: '2024-11-01' },
      { id: 'u2', registered: '2024-11-01' },
      { id: 'u3', registered: '2024-11-02' },
    ],
  });

  it('finds the linked cluster with its evidence, score and discount cost (hand-derived)', () => {
    const r = okOf(analyzeCouponAbuse(data));
    expect(r.clusters).toHaveLength(1);
    const c = r.clusters[0];
    expect(c?.accounts).toEqual(['u1', 'u2', 'u3']);
    expect(c?.shared).toEqual({ device: 1, ip: 0, address: 1 });
    expect(c?.burst).toEqual({ accounts: 3, first: day('2024-11-01'), last: day('2024-11-02') });
    expect(c?.couponOnlyOrders).toBe(3);
    // 0.35 (device) + 0.25 (address) + 0.2 (burst) + 0.3 × 3/3 (coupon-only) = 1.1 → capped at 1
    expect(c?.score).toBe(1);
    expect(c?.level).toBe('high');
    expect(c?.discountCost).toBe(270);
    expect(c?.reasons).toHaveLength(5);
    expect(r.discountCostAtRisk).toBe(270);
    expect(r.shareOfDiscountCost).toBeCloseTo(270 / 310, 12);
    expect(r.couponOnlyOrders).toBe(3);
    expect(r.notes[0]?.['en-US']).toMatch(/suspected/);
  });

  it('includes smaller clusters when the minimum size is lowered, with a lower score for an IP link alone', () => {
    const r = okOf(analyzeCouponAbuse(data, { minClusterSize: 2 }));
    const ipCluster = r.clusters.find((c) => c.accounts.includes('u4'));
    // 0.15 (IP) + 0.3 × 0 = 0.15 → low; discount 20 / list 100 = 20 % < 80 %: not coupon-only
    expect(ipCluster?.score).toBeCloseTo(0.15, 12);
    expect(ipCluster?.level).toBe('low');
  });

  it('finds burst sign-ups with a sliding window', () => {
    expect(burstOf([1, 5, 6, 6, 9], 3, 2)).toEqual({ accounts: 3, first: 5, last: 6 });
    expect(burstOf([1, 3, 5], 2, 2)).toBeNull();
  });

  it('is unavailable without customer ids or without any linking column', () => {
    expect(
      analyzeCouponAbuse(fixture({ orders: [{ day: '2024-11-11', amount: 1, device: 'x' }], period })).kind,
    ).toBe('unavailable');
    expect(
      analyzeCouponAbuse(fixture({ orders: [{ day: '2024-11-11', amount: 1, customer: 'x' }], period })).kind,
    ).toBe('unavailable');
  });

  it('reports clusters that partition the linked accounts: none shared, all linked ones together (property)', () => {
    const row = fc.record({
      customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      device: fc.option(fc.constantFrom('d1', 'd2', 'd3'), { nil: undefined }),
      ip: fc.option(fc.constantFrom('i1', 'i2'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const orders = rows.map((r) => ({ day: '2024-11-11', amount: 1, ...r }));
        const result = analyzeCouponAbuse(fixture({ orders, period }), { minClusterSize: 1 });
        if (result.kind !== 'ok') return !rows.some((r) => r.device !== undefined || r.ip !== undefined);
        const all = result.clusters.flatMap((c) => c.accounts);
        const distinct = new Set(all);
        const customers = new Set(rows.map((r) => r.customer));
        const clusterOf = new Map<string, number>();
        result.clusters.forEach((c, i) => c.accounts.forEach((a) => clusterOf.set(a, i)));
        const together = (key: 'device' | 'ip') =>
          rows.every((r) =>
            rows.every(
              (s) =>
                r[key] === undefined ||
                r[key] !== s[key] ||
                clusterOf.get(r.customer) === clusterOf.get(s.customer),
            ),
          );
        return (
          all.length === distinct.size &&
          distinct.size === customers.size &&
          together('device') &&
          together('ip')
        );
      }),
    );
  });
});
