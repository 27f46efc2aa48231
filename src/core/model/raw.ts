/**
 * What a host hands to the engine: the cells of one table exactly as the spreadsheet holds them.
 * Office.js and the .xlsx reader both deliver numbers (dates as Excel serial numbers), strings and
 * booleans; an empty cell is `null` or `""`. Nothing here is parsed yet: that is ingest's job.
 */
export type CellValue = string | number | boolean | null;

/** Where a table came from, so every message can point the analyst at the exact cells. */
export interface RawTableSource {
  /** Worksheet name as the user sees it. */
  readonly sheet: string;
  /** Excel table (ListObject) name, when the data is a real table rather than a plain range. */
  readonly table?: string;
  /** 1-based worksheet row of the header row; data row i (0-based) is worksheet row headerRow + 1 + i. */
  readonly headerRow: number;
  /** 0-based worksheet column index of the table's first column (0 = column A). */
  readonly firstColumn: number;
  /**
   * A1 address of the block's first cell, when the sheet holds several blocks (a label–value block above a
   * table, say): it tells the blocks of one sheet apart.
   */
  readonly block?: string;
}

export interface RawTable {
  readonly source: RawTableSource;
  readonly header: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
}
