import { SHEET_MARK_KEY } from '../core/plan/types';
import { isNoteName, noteIdOf } from './notes';
import type { Session } from './session';
import { sheetsMarkedByName } from './sheetMarks';

/** What the writer needs to know about the workbook before it changes anything. */
export interface ExistingSheet {
  readonly name: string;
  readonly visibility: string;
  /** The value of the SHEET_MARK_KEY custom property: set only on Fupan's own sheets. */
  readonly mark: string | undefined;
  readonly tables: readonly string[];
}

export interface ExistingName {
  readonly name: string;
  readonly comment: string;
  /** '=\'Sheet\'!$A$1' or '=#REF!'. */
  readonly formula: string;
}

export interface ExistingNote {
  readonly id: string;
  readonly name: string;
  readonly comment: string;
  readonly value: unknown;
  readonly numberFormat: unknown;
}

export interface Inspection {
  readonly sheets: readonly ExistingSheet[];
  readonly names: readonly ExistingName[];
  readonly tableNames: readonly string[];
  readonly notes: readonly ExistingNote[];
}

/**
 * Two syncs: first the sheets, names and tables; then, per sheet, Fupan's mark and its tables, and the
 * value of every note cell (read from `values`, never `formulas`: a formula read drops the apostrophe that
 * keeps '=…' text as text).
 */
export async function inspectWorkbook(session: Session): Promise<Inspection> {
  const workbook = session.context.workbook;
  const sheets = workbook.worksheets.load('items/name,items/visibility');
  const names = workbook.names.load('items/name,items/comment,items/formula');
  const tables = workbook.tables.load('items/name');
  await session.sync();

  const marks = sheets.items.map((sheet) =>
    sheet.customProperties.getItemOrNullObject(SHEET_MARK_KEY).load('value'),
  );
  const sheetTables = sheets.items.map((sheet) => sheet.tables.load('items/name'));
  const noteItems = names.items.filter((item) => isNoteName(item.name));
  const noteRanges = noteItems.map((item) => item.getRangeOrNullObject().load('values,numberFormat'));
  await session.sync();

  const markedByName = sheetsMarkedByName(names.items);
  return {
    sheets: sheets.items.map((sheet, i) => {
      const mark = marks[i];
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        mark: mark && !mark.isNullObject ? mark.value : markedByName.get(sheet.name),
        tables: (sheetTables[i]?.items ?? []).map((t) => t.name),
      };
    }),
    names: names.items.map((item) => ({ name: item.name, comment: item.comment, formula: item.formula })),
    tableNames: tables.items.map((t) => t.name),
    notes: noteItems.flatMap((item, i) => {
      const range = noteRanges[i];
      if (!range || range.isNullObject) return [];
      return [
        {
          id: noteIdOf(item.name),
          name: item.name,
          comment: item.comment,
          value: range.values[0]?.[0],
          numberFormat: range.numberFormat[0]?.[0],
        },
      ];
    }),
  };
}
