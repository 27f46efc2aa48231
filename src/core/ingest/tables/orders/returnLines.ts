import type { IngestWarning, ReturnsTable } from '../../../model/campaign';
import { MS_PER_DAY } from '../../../model/day';
import { ingestMessages } from '../../../messages';
import { rejectRow, worksheetRow, type ReadContext } from '../../read/context';
import { rowKey } from '../../read/duplicateRows';
import type { OrderChunk } from './openOrderTable';

/**
 * The rule for cancellation and return lines of an invoice-line export (amount = quantity × unit price; the
 * UCI Online Retail shape), docs/input-format.md "Invoice lines": a line is a cancellation or return when
 * - its invoice number starts with C and a digit (C536379: the export's cancellations), or
 * - its quantity is negative (a return or a stock write-off), or its amount is (a negative price: a bad-debt
 *   adjustment).
 * Such a line is not a sale and starts no order: its value |quantity × unit price| is a refund on its own
 * day. A cancelled or returned status word, in exports that have a status column, follows the status rules
 * of orders instead (cancelled orders count in orders and GMV, not in paid sales).
 */
export function markReturns(
  out: Uint8Array,
  amount: Float64Array,
  quantity: Float64Array,
  orderId: Int32Array,
  from: number,
  to: number,
  ids: readonly string[],
): void {
  for (let i = from; i < to; i++) {
    const j = i - from;
    const id = ids[orderId[i] ?? -1];
    out[j] =
      (quantity[j] ?? 0) < 0 || (amount[j] ?? 0) < 0 || (id !== undefined && isCancellationInvoice(id))
        ? 1
        : 0;
  }
}

/** C536379, c536379: a C before the invoice's digits. */
export function isCancellationInvoice(id: string): boolean {
  const first = id.charCodeAt(0);
  const second = id.charCodeAt(1);
  return (first === 67 || first === 99) && second >= 48 && second <= 57;
}

/**
 * Collects the cancellation and return lines met while orders are assembled, and counts the sale lines of
 * line-level tables that have no customer id (they count in sales, not in the customer KPIs).
 */
export class ReturnLines {
  private readonly invoice: string[] = [];
  private readonly day: number[] = [];
  private readonly amount: number[] = [];
  private readonly sourceRow: number[] = [];
  private readonly invoices = new Set<string>();
  private readonly noCustomer = new Map<ReadContext<'orders'>, number>();
  /** Row key (headers and cells) → the worksheet row and sheet of its first return line. */
  private readonly seen = new Map<string, { row: number; sheet: string }>();

  /** Row i (chunk row j) of ctx is a return line: kept as a refund on its day, or rejected when unusable. */
  add(ctx: ReadContext<'orders'>, i: number, chunk: OrderChunk, j: number, invoice: string): void {
    const time = chunk.orderTime[j] ?? NaN;
    const value = chunk.amount[j] ?? NaN;
    if (Number.isNaN(time)) {
      rejectRow(ctx, i, 'missing_value', ctx.columns.order_time ?? null, ingestMessages.missingValue);
      return;
    }
    if (Number.isNaN(value)) {
      const column = ctx.columns.quantity ?? ctx.columns.unit_price ?? null;
      rejectRow(ctx, i, 'missing_value', column, ingestMessages.missingValue);
      return;
    }
    // The duplicate rule of every table: an identical line counts once.
    const key = rowKey(ctx.headers, ctx.rows[i]);
    const first = this.seen.get(key);
    if (first !== undefined) {
      rejectRow(ctx, i, 'duplicate_row', null, (ref) =>
        ingestMessages.duplicateRow(ref, first.row, first.sheet),
      );
      return;
    }
    this.seen.set(key, { row: worksheetRow(ctx, i), sheet: ctx.source.sheet });
    this.invoice.push(invoice);
    this.invoices.add(invoice);
    this.day.push(Math.floor(time / MS_PER_DAY));
    this.amount.push(Math.abs(value));
    this.sourceRow.push(worksheetRow(ctx, i));
  }

  /** A sale line of a line-level table was kept: note it when it has no customer id. */
  sold(ctx: ReadContext<'orders'>, chunk: OrderChunk, j: number): void {
    const customers = chunk.ids.customer_id;
    if (customers !== null && (customers[j] ?? null) === null) {
      this.noCustomer.set(ctx, (this.noCustomer.get(ctx) ?? 0) + 1);
    }
  }

  table(): ReturnsTable | null {
    const size = this.invoice.length;
    if (size === 0) return null;
    return {
      size,
      invoice: this.invoice,
      day: Int32Array.from(this.day),
      amount: Float64Array.from(this.amount),
      sourceRow: Int32Array.from(this.sourceRow),
    };
  }

  warnings(): IngestWarning[] {
    const out: IngestWarning[] = [];
    if (this.invoice.length > 0) {
      const total = this.amount.reduce((s, a) => s + a, 0);
      out.push({
        code: 'return_lines',
        text: ingestMessages.returnLines(this.invoice.length, this.invoices.size, total),
      });
    }
    for (const [ctx, lines] of this.noCustomer) {
      out.push({
        code: 'lines_without_customer',
        text: ingestMessages.linesWithoutCustomer(ctx.source.sheet, lines, header(ctx)),
      });
    }
    return out;
  }
}

function header(ctx: ReadContext<'orders'>): string {
  const column = ctx.columns.customer_id;
  return column === undefined ? '' : (ctx.headers[column] ?? '');
}
