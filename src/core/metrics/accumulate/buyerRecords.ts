/**
 * Compact records of who bought where, written sequentially by the accumulation passes and then bucketed
 * by customer, so that the distinct-buyer walk reads memory in order instead of jumping across the orders.
 *
 * An order record packs its day × channel cell, whether the day is in the campaign period and in the
 * baseline, and the order's new-customer flag; a category record packs a category slot and the flag.
 */
export interface BuyerRecords {
  readonly customer: Int32Array;
  readonly record: Int32Array;
  readonly size: number;
}

export const RECORD_NEW = 1;
export const RECORD_IN_PERIOD = 2;
export const RECORD_IN_BASELINE = 4;
const ORDER_SHIFT = 3;
const CATEGORY_SHIFT = 1;

export function orderRecord(cell: number, inPeriod: number, inBaseline: number, isNew: number): number {
  return (cell << ORDER_SHIFT) | (inBaseline * RECORD_IN_BASELINE) | (inPeriod * RECORD_IN_PERIOD) | isNew;
}

export function recordCell(record: number): number {
  return record >>> ORDER_SHIFT;
}

export function categoryRecord(category: number, isNew: number): number {
  return (category << CATEGORY_SHIFT) | isNew;
}

export function recordCategory(record: number): number {
  return record >>> CATEGORY_SHIFT;
}

/** The records of customer c are `records[start[c] .. start[c + 1])` (a counting sort by customer). */
export interface CustomerBuckets {
  readonly start: Int32Array;
  readonly records: Int32Array;
}

export function bucketByCustomer(buyers: BuyerRecords, customerCount: number): CustomerBuckets {
  const { customer, record, size } = buyers;
  const start = new Int32Array(customerCount + 1);
  for (let p = 0; p < size; p++) start[customer[p]! + 1]!++;
  for (let c = 0; c < customerCount; c++) start[c + 1]! += start[c]!;
  const next = start.slice(0, customerCount);
  const records = new Int32Array(size);
  for (let p = 0; p < size; p++) records[next[customer[p]!]!++] = record[p]!;
  return { start, records };
}
