import { ingestMessages } from '../../../messages';
import { ROW_USED, type ReadContext } from '../../read/context';
import { readNumbers } from '../../read/readNumbers';
import type { Dictionary } from '../../read/dictionary';
import { readOrderOfRows } from './keyedRows';

/** Per order, the payments of every payments table. */
export interface ReadPayments {
  /** Σ payment value per order (0 where none). */
  readonly total: Float64Array;
  /** Payment rows per order. */
  readonly count: Int32Array;
  readonly sheets: readonly string[];
}

/**
 * Reads every payments table against the assembled orders: orphan payments are rejected (unknown_order),
 * and an empty payment value rejects the row (the value is required).
 */
export function readPayments(
  ctxs: readonly ReadContext<'payments'>[],
  orderIds: Dictionary,
  orderOfCode: Int32Array,
  orders: number,
): ReadPayments {
  const total = new Float64Array(orders);
  const count = new Int32Array(orders);
  for (const ctx of ctxs) {
    const orderOf = readOrderOfRows(ctx, orderIds, orderOfCode, orders, ingestMessages.orphanPayment);
    const value = readNumbers(ctx, 'payment_value');
    if (value === null) continue;
    for (let i = 0; i < ctx.size; i++) {
      const k = orderOf[i] ?? -1;
      if (k < 0 || ctx.state[i] !== ROW_USED) continue;
      total[k] = (total[k] ?? 0) + (value[i] ?? 0);
      count[k] = (count[k] ?? 0) + 1;
    }
  }
  return { total, count, sheets: ctxs.map((ctx) => ctx.source.sheet) };
}
