import type { CellValue, RawTable } from '../../../src/core/model/raw';

/** A raw table as a host delivers it; the header sits on worksheet row `headerRow` (1 by default). */
export function rawTable(
  sheet: string,
  header: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  headerRow = 1,
  table?: string,
): RawTable {
  return {
    source: { sheet, headerRow, firstColumn: 0, ...(table === undefined ? {} : { table }) },
    header,
    rows,
  };
}
