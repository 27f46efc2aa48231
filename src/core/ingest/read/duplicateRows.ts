import type { CellValue } from '../../model/raw';
import { ingestMessages } from '../../messages';
import { isBlankCell } from '../parse/empty';
import { rejectRow, ROW_USED, worksheetRow, type ReadContext } from './context';

/** Rows seen so far, across the tables of one kind: layout + cells → where the first one is. */
export type SeenRows = Map<string, { readonly sheet: string; readonly row: number }>;

/** A comparable form of a row: blanks alike, strings trimmed, numbers, strings and booleans kept apart. */
export function rowKey(headers: readonly string[], row: readonly CellValue[] | undefined): string {
  const width = Math.max(headers.length, row?.length ?? 0);
  let key = headers.join('\u0002');
  for (let j = 0; j < width; j++) {
    const cell = row?.[j] ?? null;
    key += '\u0001';
    if (isBlankCell(cell)) continue;
    key +=
      typeof cell === 'string'
        ? `s${cell.trim()}`
        : typeof cell === 'number'
          ? `n${cell}`
          : `b${String(cell)}`;
  }
  return key;
}

/**
 * Rejects every used row identical in every column to an earlier used row of a table with the same
 * headers (a suspected duplicate: the first is counted once).
 */
export function rejectDuplicateRows(ctx: ReadContext, seen: SeenRows): void {
  for (let i = 0; i < ctx.size; i++) {
    if (ctx.state[i] !== ROW_USED) continue;
    const key = rowKey(ctx.headers, ctx.rows[i]);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, { sheet: ctx.source.sheet, row: worksheetRow(ctx, i) });
    else
      rejectRow(ctx, i, 'duplicate_row', null, (ref) =>
        ingestMessages.duplicateRow(ref, first.row, first.sheet),
      );
  }
}
