import type { OrderLinesTable } from '../../model/campaign';
import { categoryRecord, type BuyerRecords } from './buyerRecords';
import type { LinesByOrder } from './linesByOrder';
import { ORDER_FLAG } from './orderCube';

export const CATEGORY_SUM = { gmv: 0, orders: 1, paidSales: 2, paidOrders: 3, refundedOrders: 4 } as const;
export const CATEGORY_SUM_WIDTH = 5;

export interface CategoryTotals {
  /** Slot k × CATEGORY_SUM_WIDTH + CATEGORY_SUM.x. */
  readonly sums: Float64Array;
  /** One record per (paid order with a customer, category it holds), for the distinct-buyer walk. */
  readonly buyers: BuyerRecords;
}

/**
 * Category aggregates over the campaign period, from the item lines: amounts are Σ line amounts, order
 * counts are distinct orders holding at least one line of the category. Category code k is slot k; the
 * last slot collects lines with an empty category.
 */
export function accumulateCategories(
  lines: OrderLinesTable,
  byOrder: LinesByOrder,
  flags: Uint8Array,
  categoryCount: number,
  customers: Int32Array | null,
  isNew: Int8Array | null,
): CategoryTotals {
  const codes = lines.category!.codes;
  const empty = categoryCount - 1;
  const sums = new Float64Array(categoryCount * CATEGORY_SUM_WIDTH);
  const stamp = new Int32Array(categoryCount).fill(-1);
  const buyerCustomer = new Int32Array(customers ? lines.size : 0);
  const buyerRecord = new Int32Array(customers ? lines.size : 0);
  let buyerCount = 0;
  const { start } = byOrder;
  const order = byOrder.lines;
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    if ((flag & ORDER_FLAG.inPeriod) === 0) continue;
    const paid = (flag & ORDER_FLAG.paid) !== 0;
    const customer = customers && paid ? customers[i]! : -1;
    const isNewHere = isNew !== null && isNew[i] === 1 ? 1 : 0;
    for (let p = start[i]!, end = start[i + 1]!; p < end; p++) {
      const l = order ? order[p]! : p;
      const code = codes[l]!;
      const k = code < 0 ? empty : code;
      const base = k * CATEGORY_SUM_WIDTH;
      const a = lines.amount[l]!;
      if (a === a) {
        sums[base + CATEGORY_SUM.gmv]! += a;
        if (paid) sums[base + CATEGORY_SUM.paidSales]! += a;
      }
      if (stamp[k] === i) continue;
      stamp[k] = i;
      sums[base + CATEGORY_SUM.orders]!++;
      if (!paid) continue;
      sums[base + CATEGORY_SUM.paidOrders]!++;
      if (flag & ORDER_FLAG.refunded) sums[base + CATEGORY_SUM.refundedOrders]!++;
      if (customer >= 0) {
        buyerCustomer[buyerCount] = customer;
        buyerRecord[buyerCount++] = categoryRecord(k, isNewHere);
      }
    }
  }
  return { sums, buyers: { customer: buyerCustomer, record: buyerRecord, size: buyerCount } };
}
