import type { CampaignData, OrdersTable } from '../../model/campaign';

/**
 * The orders with their refund column: the orders' own refund amounts, else the refunds table summed per
 * order id (an order the table does not mention gets an empty cell, so that the status rules apply).
 */
export function withRefundColumn(data: CampaignData): OrdersTable {
  const { orders, refunds } = data;
  if (orders.refund !== null || refunds === null) return orders;
  const index = new Map<string, number>();
  orders.orderId.forEach((id, i) => index.set(id, i));
  const refund = new Float64Array(orders.size).fill(NaN);
  for (let r = 0; r < refunds.size; r++) {
    const i = index.get(refunds.orderId[r]!);
    const amount = refunds.amount[r]!;
    if (i === undefined || amount !== amount) continue;
    const sofar = refund[i]!;
    refund[i] = (sofar === sofar ? sofar : 0) + amount;
  }
  return { ...orders, refund };
}
