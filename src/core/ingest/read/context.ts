import type { IngestWarning, RejectedRow } from '../../model/campaign';
import type { FieldId } from '../../model/fields';
import type { RawTable, RawTableSource } from '../../model/raw';
import type { TableKind } from '../../model/tableKinds';
import type { LocalizedText } from '../../model/text';
import { ingestMessages } from '../../messages';
import type { RejectionCode, WarningCode } from '../codes';
import { headerTexts } from '../headers/headerTexts';
import { isBlankCell } from '../parse/empty';

type RowRef = ingestMessages.RowRef;

/** Row states. A row is used unless it is blank or rejected. */
export const ROW_USED = 0;
export const ROW_BLANK = 1;
export const ROW_REJECTED = 2;

/** One source table being read: its cells, its column mapping and its row accounting. */
export interface ReadContext<K extends TableKind = TableKind> {
  readonly kind: K;
  readonly source: RawTableSource;
  readonly rows: RawTable['rows'];
  readonly size: number;
  /** Header text per column, as written. */
  readonly headers: readonly string[];
  readonly columns: Readonly<Partial<Record<FieldId<K>, number>>>;
  /** ROW_USED, ROW_BLANK or ROW_REJECTED per row. */
  readonly state: Uint8Array;
  readonly rejected: RejectedRow[];
  readonly warnings: IngestWarning[];
  /** 'labelValue': every row, the first included, is a label | value pair (see campaign/labelValue). */
  readonly layout?: 'labelValue';
}

/** A context with blank rows marked (and reported in one warning). */
export function createReadContext<K extends TableKind>(
  kind: K,
  raw: RawTable,
  columns: Readonly<Partial<Record<FieldId<K>, number>>>,
  layout?: 'labelValue',
): ReadContext<K> {
  // A label–value block has no header: its first row is a pair like the others.
  const rows = layout === 'labelValue' ? [raw.header, ...raw.rows] : raw.rows;
  const size = rows.length;
  const state = new Uint8Array(size);
  const ctx: ReadContext<K> = {
    kind,
    source: raw.source,
    rows,
    size,
    headers: layout === 'labelValue' ? [] : headerTexts(raw.header),
    columns,
    state,
    rejected: [],
    warnings: [],
    ...(layout === undefined ? {} : { layout }),
  };
  const blank: number[] = [];
  for (let i = 0; i < size; i++) {
    if (isBlankRow(rows[i])) {
      state[i] = ROW_BLANK;
      blank.push(worksheetRow(ctx, i));
    }
  }
  if (blank.length > 0) {
    warn(
      ctx,
      'blank_rows_skipped',
      ingestMessages.blankRowsSkipped(kind, raw.source.sheet, blank.slice(0, 6), blank.length),
    );
  }
  return ctx;
}

function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (row === undefined) return true;
  for (let j = 0; j < row.length; j++) {
    if (!isBlankCell(row[j] as string | number | boolean | null)) return false;
  }
  return true;
}

export function worksheetRow(ctx: ReadContext, index: number): number {
  return ctx.source.headerRow + (ctx.layout === 'labelValue' ? 0 : 1) + index;
}

export function rowRef(ctx: ReadContext, index: number, column: number | null): RowRef {
  return {
    kind: ctx.kind,
    sheet: ctx.source.sheet,
    row: worksheetRow(ctx, index),
    column: column === null ? null : (ctx.headers[column] ?? null),
  };
}

/** Rejects a used row (a row is rejected once, for its first problem). */
export function rejectRow(
  ctx: ReadContext,
  index: number,
  code: RejectionCode,
  column: number | null,
  reason: (ref: RowRef) => LocalizedText,
): void {
  if (ctx.state[index] !== ROW_USED) return;
  ctx.state[index] = ROW_REJECTED;
  const ref = rowRef(ctx, index, column);
  ctx.rejected.push({
    kind: ctx.kind,
    sheet: ref.sheet,
    row: ref.row,
    column: ref.column,
    code,
    reason: reason(ref),
  });
}

export function warn(ctx: ReadContext, code: WarningCode, text: LocalizedText): void {
  ctx.warnings.push({ code, text });
}

/** Indices of the used rows, in source order. */
export function usedRows(ctx: ReadContext): Int32Array {
  let count = 0;
  for (let i = 0; i < ctx.size; i++) if (ctx.state[i] === ROW_USED) count++;
  const keep = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < ctx.size; i++) if (ctx.state[i] === ROW_USED) keep[k++] = i;
  return keep;
}

export interface RowAccounting {
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsRejected: number;
}

/** rowsRead = rowsUsed + rowsRejected; blank rows are not read (see the blank-row warning). */
export function accounting(ctx: ReadContext): RowAccounting {
  let blank = 0;
  let rejected = 0;
  for (let i = 0; i < ctx.size; i++) {
    if (ctx.state[i] === ROW_BLANK) blank++;
    else if (ctx.state[i] === ROW_REJECTED) rejected++;
  }
  const rowsRead = ctx.size - blank;
  return { rowsRead, rowsUsed: rowsRead - rejected, rowsRejected: rejected };
}
