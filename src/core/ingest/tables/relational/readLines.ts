import { ingestMessages } from '../../../messages';
import { rejectRow, ROW_USED, type ReadContext } from '../../read/context';
import { readDict } from '../../read/readDict';
import { readNumbers } from '../../read/readNumbers';
import type { OrderDictionaries } from '../orders/orderDictionaries';
import { readOrderOfRows } from './keyedRows';

/** The used rows of every order lines table, end to end. */
export interface ReadLines {
  readonly size: number;
  /** Index into the orders. */
  readonly order: Int32Array;
  /** Goods value: the line amount, else unit price × quantity (1 when no quantity is given). */
  readonly value: Float64Array;
  /** Freight per line (0 where empty); null when no lines table has a freight column. */
  readonly freight: Float64Array | null;
  /** NaN where empty; null when no lines table has a quantity column. */
  readonly quantity: Float64Array | null;
  /** Codes into the orders' SKU / category dictionaries (-1 empty); null when no table has the column. */
  readonly sku: Int32Array | null;
  readonly category: Int32Array | null;
  readonly sheets: readonly string[];
}

/** Reads every order lines table against the assembled orders: orphan lines are rejected (unknown_order). */
export function readLines(
  ctxs: readonly ReadContext<'order_lines'>[],
  dicts: OrderDictionaries,
  orderOfCode: Int32Array,
  orders: number,
): ReadLines {
  const capacity = ctxs.reduce((n, ctx) => n + ctx.size, 0);
  const has = (field: 'freight' | 'quantity' | 'sku' | 'category'): boolean =>
    ctxs.some((ctx) => ctx.columns[field] !== undefined);
  const order = new Int32Array(capacity);
  const value = new Float64Array(capacity);
  const freight = has('freight') ? new Float64Array(capacity) : null;
  const quantity = has('quantity') ? new Float64Array(capacity) : null;
  const sku = has('sku') ? new Int32Array(capacity) : null;
  const category = has('category') ? new Int32Array(capacity) : null;
  let m = 0;
  for (const ctx of ctxs) {
    const orderOf = readOrderOfRows(ctx, dicts.order_id, orderOfCode, orders, ingestMessages.orphanLine);
    const amount = readNumbers(ctx, 'line_amount');
    const price = readNumbers(ctx, 'unit_price');
    const qty = readNumbers(ctx, 'quantity');
    const fee = readNumbers(ctx, 'freight');
    const skus = readDict(ctx, 'sku', dicts.sku)?.codes ?? null;
    const categories = readDict(ctx, 'category', dicts.category)?.codes ?? null;
    const valueColumn = ctx.columns.line_amount ?? ctx.columns.unit_price ?? null;
    for (let i = 0; i < ctx.size; i++) {
      const k = orderOf[i] ?? -1;
      // Rows rejected after their order was found (an unreadable number) are skipped by the state check.
      if (k < 0 || ctx.state[i] !== ROW_USED) continue;
      const q = qty === null ? NaN : (qty[i] ?? NaN);
      let v = amount === null ? NaN : (amount[i] ?? NaN);
      if (Number.isNaN(v) && price !== null) v = (price[i] ?? NaN) * (Number.isNaN(q) ? 1 : q);
      if (Number.isNaN(v)) {
        rejectRow(ctx, i, 'line_without_value', valueColumn, ingestMessages.lineWithoutValue);
        continue;
      }
      order[m] = k;
      value[m] = v;
      if (freight !== null) freight[m] = fee === null ? 0 : (fee[i] ?? NaN) || 0;
      if (quantity !== null) quantity[m] = q;
      if (sku !== null) sku[m] = skus === null ? -1 : (skus[i] ?? -1);
      if (category !== null) category[m] = categories === null ? -1 : (categories[i] ?? -1);
      m++;
    }
  }
  return {
    size: m,
    order: order.subarray(0, m),
    value: value.subarray(0, m),
    freight: freight?.subarray(0, m) ?? null,
    quantity: quantity?.subarray(0, m) ?? null,
    sku: sku?.subarray(0, m) ?? null,
    category: category?.subarray(0, m) ?? null,
    sheets: ctxs.map((ctx) => ctx.source.sheet),
  };
}
