import type { FieldId } from '../../../model/fields';
import type { LocalizedText } from '../../../model/text';
import type { ingestMessages } from '../../../messages';
import { ingestMessages as msg } from '../../../messages';
import { readWhole } from '../../read/columnReader';
import { rejectRow, ROW_USED, worksheetRow, type ReadContext } from '../../read/context';
import type { Dictionary } from '../../read/dictionary';
import { dictReader } from '../../read/readDict';
import { sameRow } from '../orders/sameRow';

/** An order with this many rows or more is checked for duplicate rows against its latest ones only. */
const COMPARED_ROWS = 32;

type KeyedKind = 'order_lines' | 'payments';

/**
 * The order of each row of a lines or payments table (-1 where the row is not used). The order ID is read
 * into the orders' dictionary; a row whose order is not among the orders is rejected (unknown_order, with
 * `orphan` as the reason), and so is a row identical in every column to an earlier row of the same order
 * (duplicate_row), as for the rows of an orders table.
 */
export function readOrderOfRows<K extends KeyedKind>(
  ctx: ReadContext<K>,
  orderIds: Dictionary,
  orderOfCode: Int32Array,
  orders: number,
  orphan: (ref: ingestMessages.RowRef, orderId: string) => LocalizedText,
): Int32Array {
  const idField = 'order_id' as FieldId<K>;
  const codes =
    readWhole(dictReader(ctx, idField, orderIds), () => new Int32Array(ctx.size), ctx.size) ??
    new Int32Array(ctx.size).fill(-1);
  const column = ctx.columns[idField] ?? null;
  const order = new Int32Array(ctx.size).fill(-1);
  const latest = new Int32Array(orders).fill(-1);
  const previous = new Int32Array(ctx.size).fill(-1);
  for (let i = 0; i < ctx.size; i++) {
    if (ctx.state[i] !== ROW_USED) continue;
    const code = codes[i] ?? -1;
    const k = code >= 0 && code < orderOfCode.length ? (orderOfCode[code] ?? -1) : -1;
    if (k < 0) {
      const id = code >= 0 ? (orderIds.values[code] ?? '') : '';
      rejectRow(ctx, i, 'unknown_order', column, (ref) => orphan(ref, id));
      continue;
    }
    const twin = earlierTwin(ctx, i, latest[k] ?? -1, previous);
    if (twin >= 0) {
      const firstRow = worksheetRow(ctx, twin);
      rejectRow(ctx, i, 'duplicate_row', null, (ref) => msg.duplicateRow(ref, firstRow));
      continue;
    }
    previous[i] = latest[k] ?? -1;
    latest[k] = i;
    order[i] = k;
  }
  return order;
}

/** An earlier used row of the same order identical to row i, or -1 (the latest COMPARED_ROWS looked at). */
function earlierTwin(ctx: ReadContext, i: number, from: number, previous: Int32Array): number {
  let compared = 0;
  for (let h = from; h >= 0 && compared < COMPARED_ROWS; h = previous[h] ?? -1, compared++) {
    if (sameRow(ctx.rows[h], ctx.rows[i])) return h;
  }
  return -1;
}
