import { isPaidStatusCode, type OrdersTable } from '../../model/campaign';
import { rangeLength, type Day, type DayRange } from '../../model/day';
import { distinctPerGroup } from './distinctPerGroup';

/**
 * Daily order aggregates over a closed day range, by the order date of the KPI contract (`orders.day`):
 * GMV (Σ amount, any status), orders, paid sales and paid orders (paid statuses), and paying buyers
 * (distinct customers with a paid order that day; orders without a customer id are not counted as
 * buyers). O(n + days + customers).
 */
export interface DailyOrderSeries {
  readonly start: Day;
  readonly length: number;
  readonly gmv: Float64Array;
  readonly orders: Float64Array;
  readonly paidSales: Float64Array;
  readonly paidOrders: Float64Array;
  /** null when the orders table has no customer column. */
  readonly buyers: Float64Array | null;
}

export function dailyOrderSeries(orders: OrdersTable, range: DayRange): DailyOrderSeries {
  const length = Math.max(0, rangeLength(range));
  const gmv = new Float64Array(length);
  const count = new Float64Array(length);
  const paidSales = new Float64Array(length);
  const paidOrders = new Float64Array(length);
  const paidDay = new Int32Array(orders.size).fill(-1);
  for (let i = 0; i < orders.size; i++) {
    const d = (orders.day[i] as number) - range.start;
    if (d < 0 || d >= length) continue;
    const amount = orders.amount[i] as number;
    const value = Number.isFinite(amount) ? amount : 0;
    gmv[d] = (gmv[d] as number) + value;
    count[d] = (count[d] as number) + 1;
    if (isPaidStatusCode(orders.status[i] as number)) {
      paidSales[d] = (paidSales[d] as number) + value;
      paidOrders[d] = (paidOrders[d] as number) + 1;
      paidDay[i] = d;
    }
  }
  const customer = orders.customer;
  const buyers = customer ? distinctPerGroup(paidDay, customer.codes, length, customer.values.length) : null;
  return { start: range.start, length, gmv, orders: count, paidSales, paidOrders, buyers };
}

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) s += v;
  }
  return s;
}
