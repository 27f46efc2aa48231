import {
  isPaidStatusCode,
  type DictColumn,
  type IngestWarning,
  type OrderLinesTable,
  type OrdersTable,
  type ReturnsTable,
  type TextColumn,
} from '../../../model/campaign';
import type { FieldId } from '../../../model/fields';
import { MS_PER_DAY } from '../../../model/day';
import { ingestMessages } from '../../../messages';
import { isBlankCell } from '../../parse/empty';
import { rejectRow, ROW_USED, worksheetRow, type ReadContext } from '../../read/context';
import { dictColumn, dictValues, encodeTexts } from '../../read/dictionary';
import { rowKey } from '../../read/duplicateRows';
import type { OrderDictionaries, OrderIdText, OrderLevelCoded } from './orderDictionaries';
import { addLine, clashingField, createOrderStore, startOrder, textPairs } from './orderStore';
import { CHUNK_ROWS, PAID_CODE, type OrderChunk, type OrderTableReader } from './openOrderTable';
import { ReturnLines } from './returnLines';
import { statusByPayTime, withoutStatusOrPayTime } from './statusByPayTime';
import { sameRow } from './sameRow';

/** Orders with more lines than this are checked for duplicate rows through row keys, not row by row. */
const LONG_CHAIN = 32;

export interface AssembledOrders {
  readonly orders: OrdersTable;
  readonly lines: OrderLinesTable;
  /** Cancellation and return lines of line-level tables (returnLines.ts). */
  readonly returns: ReturnsTable | null;
  /** The index in `orders` of an order id, or -1. */
  readonly orderIndexOf: (orderId: string) => number;
  /** Per code of the order-id dictionary (as it was when assembled), the order's index, or -1. */
  readonly orderOfCode: Int32Array;
  readonly warnings: readonly IngestWarning[];
}

/**
 * Groups the rows of every orders table into orders. The tables are read block by block (CHUNK_ROWS rows,
 * column by column), and each block's rows are grouped in source order:
 * - a row whose order id is new starts an order; it needs an order time and an amount (unless the table
 *   has no amount column: order headers, whose amount the order lines or payments give);
 * - a later row with the same id is a line of that order: amounts, quantities, discounts, refunds, list
 *   prices and costs are summed (an empty amount counts 0), SKU and category stay per line;
 * - …unless it is identical in every column to an earlier row of the order (rejected: duplicate_row),
 *   or it differs from the order on an order-level column: order or pay time, status, customer, channel,
 *   new-customer flag, device, IP, address, variant (rejected: duplicate_order_id). An empty order-level
 *   cell agrees with anything and takes the order's value.
 * A status left empty on every line of an order is read as paid, with a warning. A table without a status
 * column decides by pay time when it has a pay-time column (blank: placed, not paid), else reads every
 * order as paid, with a warning.
 */
export function assembleOrders(
  tables: readonly OrderTableReader[],
  dicts: OrderDictionaries,
): AssembledOrders {
  const rows = new RowAddress(tables.map((table) => table.ctx));
  const ids = dictValues(dicts.order_id);
  const orderOfId = new Int32Array(ids.length).fill(-1);
  const capacity = ids.length;
  const store = createOrderStore(
    tables.map((table) => table.chunk),
    capacity,
  );
  /** Per order, its first row (global); becomes the worksheet row at the end. */
  const firstRow = new Int32Array(capacity);
  /** Per global row, the next row of the same order: first → newest → … → second. */
  const nextRow = new Int32Array(rows.total).fill(-1);
  const keyed = new Map<number, Map<string, number>>();
  const lines = createLines(
    tables.map((table) => table.chunk),
    rows.total,
  );
  let n = 0;
  let m = 0;
  const returns = new ReturnLines();

  tables.forEach((table, p) => {
    const { ctx, orderId } = table;
    const base = rows.offsets[p] ?? 0;
    const texts = textPairs(store, table.chunk);
    for (let from = 0; from < ctx.size; from += CHUNK_ROWS) {
      const to = Math.min(ctx.size, from + CHUNK_ROWS);
      const chunk = table.read(from, to);
      for (let i = from; i < to; i++) {
        if (ctx.state[i] !== ROW_USED) continue;
        const j = i - from;
        const id = orderId[i] ?? -1;
        const g = base + i;
        if (chunk.isReturn !== null && chunk.isReturn[j] === 1) {
          returns.add(ctx, i, chunk, j, ids[id] ?? '');
          continue;
        }
        let k = orderOfId[id] ?? -1;
        if (k < 0) {
          if (Number.isNaN(chunk.orderTime[j])) {
            rejectRow(ctx, i, 'missing_value', ctx.columns.order_time ?? null, ingestMessages.missingValue);
            continue;
          }
          // Headers without an amount column (nor quantity × unit price) take it from their lines or payments.
          const amountColumn = ctx.columns.amount ?? ctx.columns.unit_price;
          if (Number.isNaN(chunk.amount[j]) && amountColumn !== undefined) {
            rejectRow(ctx, i, 'missing_value', amountColumn, ingestMessages.missingValue);
            continue;
          }
          k = n++;
          orderOfId[id] = k;
          startOrder(store, texts, chunk, j, k);
          firstRow[k] = g;
        } else {
          const first = firstRow[k] ?? g;
          const twin = identicalRow(rows, first, nextRow, keyed, k, g);
          if (twin >= 0) {
            const at = rows.ctx(twin);
            const atRow = worksheetRow(at, rows.index(twin));
            rejectRow(ctx, i, 'duplicate_row', null, (ref) =>
              ingestMessages.duplicateRow(ref, atRow, at.source.sheet),
            );
            continue;
          }
          const clash = clashingField(store, texts, chunk, j, k);
          if (clash !== null) {
            rejectClash(rows, ctx, i, clash, ids[id] ?? '', first, nextRow);
            continue;
          }
          addLine(store, texts, chunk, j, k);
          nextRow[g] = nextRow[first] ?? -1;
          nextRow[first] = g;
          keyed.get(k)?.set(rows.key(g), g);
        }
        lines.order[m] = k;
        lines.amount[m] = chunk.amount[j] || 0;
        if (lines.quantity !== null)
          lines.quantity[m] = chunk.quantity === null ? NaN : (chunk.quantity[j] ?? NaN);
        if (lines.category !== null) lines.category[m] = chunk.texts.category?.[j] ?? -1;
        if (lines.sku !== null) lines.sku[m] = chunk.texts.sku?.[j] ?? -1;
        if (chunk.isReturn !== null) returns.sold(ctx, chunk, j);
        m++;
      }
    }
    table.finish();
  });

  const warnings = [
    ...statusByPayTime(rows, store.status, store.payTime, n, firstRow),
    ...resolveMissingStatus(rows, store.status, n, firstRow),
    ...withoutStatusOrPayTime(tables),
    ...returns.warnings(),
  ];
  const sourceRow = firstRow.subarray(0, n);
  for (let k = 0; k < n; k++) {
    const g = sourceRow[k] ?? 0;
    sourceRow[k] = worksheetRow(rows.ctx(g), rows.index(g));
  }
  const status = new Uint8Array(store.status.buffer, 0, n);
  const day = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const paidAt = store.payTime === null ? NaN : (store.payTime[k] ?? NaN);
    const at =
      isPaidStatusCode(status[k] ?? 0) && !Number.isNaN(paidAt) ? paidAt : (store.orderTime[k] ?? NaN);
    day[k] = Math.floor(at / MS_PER_DAY);
  }
  const orderId = new Array<string>(n);
  for (let id = 0; id < orderOfId.length; id++) {
    const k = orderOfId[id] ?? -1;
    if (k >= 0) orderId[k] = ids[id] ?? '';
  }
  const cut = (column: Float64Array | null): Float64Array | null =>
    column === null ? null : column.subarray(0, n);
  const dict = (field: OrderLevelCoded): DictColumn | null => {
    const codes = store.texts[field];
    return codes === undefined ? null : { codes: codes.subarray(0, n), values: dictValues(dicts[field]) };
  };
  const texts = (field: OrderIdText): TextColumn | null => {
    const column = store.ids[field];
    if (column === undefined) return null;
    column.length = n;
    return column;
  };
  const customers = store.ids.customer_id;
  const orders: OrdersTable = {
    size: n,
    orderId,
    orderTime: store.orderTime.subarray(0, n),
    payTime: cut(store.payTime),
    day,
    customer:
      customers === undefined
        ? null
        : dictColumn(encodeTexts(dicts.customer_id, customers, n, store.customerHash), dicts.customer_id),
    amount: store.amount.subarray(0, n),
    // Whether the paid amounts are net of refunds is decided once refunds are merged (orderTotals.ts).
    total: store.total === null ? null : { values: store.total.subarray(0, n), paidNetOfRefunds: false },
    status,
    refund: cut(store.refund),
    discount: cut(store.discount),
    listPrice: cut(store.listPrice),
    cogs: cut(store.cogs),
    quantity: cut(store.quantity),
    channel: dict('channel'),
    isNew: store.isNew === null ? null : store.isNew.subarray(0, n),
    device: texts('device_id'),
    ip: texts('ip'),
    address: texts('address_hash'),
    variant: dict('variant'),
    sourceRow,
  };
  const orderLines: OrderLinesTable = {
    size: m,
    order: lines.order.subarray(0, m),
    amount: lines.amount.subarray(0, m),
    quantity: lines.quantity === null ? null : lines.quantity.subarray(0, m),
    category:
      lines.category === null
        ? null
        : { codes: lines.category.subarray(0, m), values: dictValues(dicts.category) },
    sku: lines.sku === null ? null : { codes: lines.sku.subarray(0, m), values: dictValues(dicts.sku) },
  };
  const orderIndexOf = (orderId: string): number => {
    const id = dicts.order_id.codeOf(orderId);
    return id < 0 ? -1 : (orderOfId[id] ?? -1);
  };
  return {
    orders,
    lines: orderLines,
    returns: returns.table(),
    orderIndexOf,
    orderOfCode: orderOfId,
    warnings,
  };
}

/** Global row numbers (every orders table end to end) and their table, row and duplicate key. */
export class RowAddress {
  readonly offsets: number[] = [];
  readonly total: number;
  private readonly layout: number[];

  constructor(private readonly contexts: readonly ReadContext<'orders'>[]) {
    let total = 0;
    for (const ctx of contexts) {
      this.offsets.push(total);
      total += ctx.size;
    }
    this.total = total;
    const layouts = contexts.map((ctx) => ctx.headers.join('\u0002'));
    this.layout = layouts.map((key) => layouts.indexOf(key));
  }

  part(g: number): number {
    let p = this.contexts.length - 1;
    while (p > 0 && (this.offsets[p] ?? 0) > g) p--;
    return p;
  }

  ctx(g: number): ReadContext<'orders'> {
    return this.contexts[this.part(g)] as ReadContext<'orders'>;
  }

  index(g: number): number {
    return g - (this.offsets[this.part(g)] ?? 0);
  }

  /** Two rows are alike: same headers, identical cells. */
  same(a: number, b: number): boolean {
    const p = this.part(a);
    const q = this.part(b);
    if (this.layout[p] !== this.layout[q]) return false;
    return sameRow(this.ctx(a).rows[this.index(a)], this.ctx(b).rows[this.index(b)]);
  }

  key(g: number): string {
    const p = this.part(g);
    return `${this.layout[p]}\u0003${rowKey([], this.ctx(g).rows[this.index(g)])}`;
  }

  cell(g: number, field: FieldId<'orders'>): string {
    const ctx = this.ctx(g);
    const column = ctx.columns[field];
    return column === undefined ? '' : String(ctx.rows[this.index(g)]?.[column] ?? '');
  }
}

/** The earlier row of order k identical to row g, or -1. Long orders switch to a key index. */
function identicalRow(
  rows: RowAddress,
  first: number,
  nextRow: Int32Array,
  keyed: Map<number, Map<string, number>>,
  k: number,
  g: number,
): number {
  const keys = keyed.get(k);
  if (keys !== undefined) return keys.get(rows.key(g)) ?? -1;
  let length = 0;
  for (let h = first; h !== -1; h = nextRow[h] ?? -1) {
    if (rows.same(h, g)) return h;
    length++;
  }
  if (length >= LONG_CHAIN) {
    const index = new Map<string, number>();
    for (let h = first; h !== -1; h = nextRow[h] ?? -1) {
      const key = rows.key(h);
      if (!index.has(key)) index.set(key, h);
    }
    keyed.set(k, index);
  }
  return -1;
}

/** Rejects row i for disagreeing with its order on `field`, naming the row that set the order's value. */
function rejectClash(
  rows: RowAddress,
  ctx: ReadContext<'orders'>,
  i: number,
  field: FieldId<'orders'>,
  orderId: string,
  first: number,
  nextRow: Int32Array,
): void {
  let source = -1;
  for (let h = first; h !== -1; h = nextRow[h] ?? -1) {
    if ((source < 0 || h < source) && !isBlankCell(rows.cell(h, field))) source = h;
  }
  if (source < 0) source = first;
  const column = ctx.columns[field] ?? null;
  const mine = column === null ? '' : String(ctx.rows[i]?.[column] ?? '');
  const theirs = rows.cell(source, field);
  const at = worksheetRow(rows.ctx(source), rows.index(source));
  rejectRow(ctx, i, 'duplicate_order_id', column, (ref) =>
    ingestMessages.duplicateOrderId(ref, orderId, at, mine, theirs),
  );
}

interface Lines {
  readonly order: Int32Array;
  readonly amount: Float64Array;
  readonly quantity: Float64Array | null;
  readonly category: Int32Array | null;
  readonly sku: Int32Array | null;
}

function createLines(parts: readonly OrderChunk[], capacity: number): Lines {
  return {
    order: new Int32Array(capacity),
    amount: new Float64Array(capacity),
    quantity: parts.some((p) => p.quantity !== null) ? new Float64Array(capacity) : null,
    category: parts.some((p) => p.texts.category !== null) ? new Int32Array(capacity) : null,
    sku: parts.some((p) => p.texts.sku !== null) ? new Int32Array(capacity) : null,
  };
}

/** Orders whose status stayed empty become paid; one warning per orders table that had them. */
function resolveMissingStatus(
  rows: RowAddress,
  status: Int8Array,
  n: number,
  firstRow: Int32Array,
): IngestWarning[] {
  const found = new Map<ReadContext<'orders'>, { count: number; row: number }>();
  for (let k = 0; k < n; k++) {
    if ((status[k] ?? 0) >= 0) continue;
    status[k] = PAID_CODE;
    const g = firstRow[k] ?? 0;
    const ctx = rows.ctx(g);
    const row = worksheetRow(ctx, rows.index(g));
    const seen = found.get(ctx);
    found.set(ctx, { count: (seen?.count ?? 0) + 1, row: Math.min(seen?.row ?? row, row) });
  }
  return [...found].map(([ctx, { count, row }]) => ({
    code: 'status_missing_read_as_paid',
    text: ingestMessages.statusMissingReadAsPaid(ctx.source.sheet, count, row),
  }));
}
