import type { OrdersTable, RefundsTable } from '../../model/campaign';
import { ingestMessages } from '../../messages';
import { concatTexts, joinInts, joinNumbers } from '../read/concat';
import { rejectRow, ROW_USED, usedRows, type ReadContext } from '../read/context';
import { rejectDuplicateRows, type SeenRows } from '../read/duplicateRows';
import { pickInts, pickNumbers, pickTexts } from '../read/pick';
import { readNumbers } from '../read/readNumbers';
import { readTexts } from '../read/readTexts';
import { readDays } from '../read/readTimes';

export interface RefundsRead {
  readonly table: RefundsTable;
  /** Order index → refund total from the refunds tables. */
  readonly byOrder: ReadonlyMap<number, number>;
}

interface RefundsPart {
  readonly size: number;
  readonly orderId: readonly string[];
  readonly amount: Float64Array | null;
  readonly day: Int32Array | null;
}

/**
 * Every refunds table. A refund is a positive amount (a negative one, as some exports write refunds, counts
 * by its size). A row whose order is not among the orders is rejected (unknown_order).
 */
export function readRefunds(
  ctxs: readonly ReadContext<'refunds'>[],
  orderIndexOf: (orderId: string) => number,
): RefundsRead | null {
  if (ctxs.length === 0) return null;
  const seen: SeenRows = new Map();
  const byOrder = new Map<number, number>();
  const parts = ctxs.map((ctx): RefundsPart => {
    const orderId = readTexts(ctx, 'order_id') ?? [];
    const amount = readNumbers(ctx, 'refund_amount') ?? new Float64Array(ctx.size).fill(NaN);
    const day = readDays(ctx, 'refund_time');
    rejectDuplicateRows(ctx, seen);
    for (let i = 0; i < ctx.size; i++) {
      if (ctx.state[i] !== ROW_USED) continue;
      const id = orderId[i] ?? '';
      const order = orderIndexOf(id);
      if (order < 0) {
        rejectRow(ctx, i, 'unknown_order', ctx.columns.order_id ?? null, (ref) =>
          ingestMessages.unknownOrder(ref, id),
        );
        continue;
      }
      amount[i] = Math.abs(amount[i] ?? 0);
      byOrder.set(order, (byOrder.get(order) ?? 0) + (amount[i] ?? 0));
    }
    const keep = usedRows(ctx);
    return {
      size: keep.length,
      orderId: pickTexts(orderId, keep),
      amount: pickNumbers(amount, keep),
      day: day && pickInts(day, keep),
    };
  });
  const size = parts.reduce((n, p) => n + p.size, 0);
  const table: RefundsTable = {
    size,
    orderId: concatTexts(parts.map((p) => ({ size: p.size, column: p.orderId }))),
    amount: joinNumbers(parts, (p) => p.amount) ?? new Float64Array(0),
    day: joinInts(parts, (p) => p.day, -1) ?? new Int32Array(size).fill(-1),
  };
  return { table, byOrder };
}

/**
 * The orders with refunds merged in: the refunds tables are authoritative for the orders they name (their
 * total replaces the orders table's refund amount); other orders keep the orders table's refund amount, or
 * 0 when it has none.
 */
export function withRefunds(orders: OrdersTable, byOrder: ReadonlyMap<number, number>): OrdersTable {
  const refund = new Float64Array(orders.size);
  for (let k = 0; k < orders.size; k++) {
    const own = orders.refund?.[k] ?? NaN;
    refund[k] = Number.isNaN(own) ? 0 : own;
  }
  for (const [order, total] of byOrder) refund[order] = total;
  return { ...orders, refund };
}
