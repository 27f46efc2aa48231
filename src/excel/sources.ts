import { SHEET_MARK_KEY } from '../core/plan/types';
import { sheetsMarkedByName } from './sheetMarks';
import type { Session } from './session';

/** A rectangle of a sheet to read, 0-based. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Where source data sits: an Excel table, or the used range of a sheet without tables. */
export interface Source {
  readonly sheet: string;
  readonly table?: string;
  readonly area: Area;
  /** Tables: the header is the first row of `area`, or given here when the table hides its header row. */
  readonly header: 'firstRow' | 'detect' | readonly string[];
}

export type SkipReason = 'fupanSheet' | 'empty' | 'veryHidden';

export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: SkipReason;
}

export interface Discovery {
  readonly sources: readonly Source[];
  readonly skipped: readonly SkippedSheet[];
}

/**
 * Two or three syncs of metadata only (no cell values): the sheets; each sheet's Fupan mark, tables and used
 * range (values only); then each table's range. Fupan's own sheets (marked with SHEET_MARK_KEY) are never
 * source data, nor are very hidden sheets (add-in internals). A sheet with Excel tables is read as its
 * tables; a sheet without is read as its used range.
 */
export async function discoverSources(session: Session): Promise<Discovery> {
  const sheets = session.context.workbook.worksheets.load('items/name,items/visibility');
  const names = session.context.workbook.names.load('items/name,items/formula');
  await session.sync();
  const markedByName = sheetsMarkedByName(names.items);

  const perSheet = sheets.items.map((sheet) => ({
    sheet,
    mark: sheet.customProperties.getItemOrNullObject(SHEET_MARK_KEY).load('key'),
    tables: sheet.tables.load('items/name,items/showHeaders,items/showTotals'),
    used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
  }));
  await session.sync();

  const skipped: SkippedSheet[] = [];
  const readable = perSheet.filter(({ sheet, mark, used }) => {
    const reason: SkipReason | undefined =
      !mark.isNullObject || markedByName.has(sheet.name)
        ? 'fupanSheet'
        : sheet.visibility === 'VeryHidden'
          ? 'veryHidden'
          : used.isNullObject
            ? 'empty'
            : undefined;
    if (reason) skipped.push({ sheet: sheet.name, reason });
    return reason === undefined;
  });

  const tableRanges = readable.flatMap(({ sheet, tables }) =>
    tables.items.map((table) => ({
      sheet: sheet.name,
      table,
      range: table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
      columns: table.showHeaders ? undefined : table.columns.load('items/name'),
    })),
  );
  if (tableRanges.length > 0) await session.sync();

  const sources: Source[] = [];
  for (const { sheet, used } of readable) {
    const own = tableRanges.filter((t) => t.sheet === sheet.name);
    if (own.length === 0) {
      sources.push({ sheet: sheet.name, area: areaOf(used), header: 'detect' });
      continue;
    }
    for (const { table, range, columns } of own) {
      const area = areaOf(range);
      const rows = area.rows - (table.showTotals ? 1 : 0);
      sources.push({
        sheet: sheet.name,
        table: table.name,
        area: { ...area, rows },
        header: columns ? columns.items.map((c) => c.name) : 'firstRow',
      });
    }
  }
  return { sources, skipped };
}

function areaOf(range: Excel.Range): Area {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}
