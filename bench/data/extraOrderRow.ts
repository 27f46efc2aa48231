import type { CellValue } from '../../src/core/model/raw';
import type { SampleSheet } from '../../src/core/sample/types';

/**
 * The orders sheet with one more row, so that the engine sees 1,048,576 order rows (the generator stops
 * at 1,048,575, Excel's last row under a header): a copy of the last row under a new order id, i.e. one
 * more single-line order on the campaign's last day.
 */
export function withExtraOrderRow(sheet: SampleSheet, orderIdColumn: number): SampleSheet {
  const rows = sheet.table.rows;
  const last = rows[rows.length - 1];
  if (last === undefined) return sheet;
  const extra: CellValue[] = [...last];
  extra[orderIdColumn] = `${String(last[orderIdColumn])}-2`;
  return { ...sheet, table: { ...sheet.table, rows: [...rows, extra] } };
}
