import type { CellValue } from '../core/model/raw';
import { columnLetters } from '../core/plan/a1';
import { isCancelled, type CancelSignal } from './cancel';
import { textInput, type CellInput } from './cellInput';
import type { ExcelHost } from './host';
import { jsonBytes, PAYLOAD_TARGET_BYTES } from './payload';
import { freeSheetName } from './sheetNames';

/** Source data to add as new sheets (the sample campaign): one Excel table per sheet. */
export interface SourceSheetInput {
  readonly name: string;
  readonly tableName?: string;
  readonly header: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (string | null)[];
}

function cellInput(value: CellValue): CellInput {
  return typeof value === 'string' ? textInput(value) : value;
}

/**
 * Adds each sheet under a free name (never replacing one of the analyst's), writes its rows in chunks that
 * stay under the request payload target, then turns the range into an Excel table with the column formats.
 * Returns the names written.
 */
export async function insertSourceSheets(
  host: ExcelHost,
  sheets: readonly SourceSheetInput[],
  signal?: CancelSignal,
): Promise<string[]> {
  return host.run({ delayForCellEdit: true }, async (context) => {
    const existing = context.workbook.worksheets;
    existing.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const taken = new Set(existing.items.map((s) => s.name.toLowerCase()));
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const written: string[] = [];
    for (const sheet of sheets) {
      if (isCancelled(signal)) break;
      const name = freeSheetName(sheet.name, taken);
      taken.add(name.toLowerCase());
      const ws = context.workbook.worksheets.add(name);
      const width = sheet.header.length;
      const last = columnLetters(width - 1);
      ws.getRange(`A1:${last}1`).values = [sheet.header.map(cellInput)];
      // Number formats travel with the values, chunk by chunk: a whole-column format array would exceed the
      // request payload limit on a large sheet.
      const formatRow = sheet.header.map((_, i) => sheet.numberFormats?.[i] ?? 'General');
      const probe = sheet.rows.slice(0, 50).map((r) => r.map(cellInput));
      const bytesPerRow = Math.max(1, jsonBytes(probe) / Math.max(1, probe.length)) + jsonBytes(formatRow);
      const chunk = Math.max(1, Math.floor(PAYLOAD_TARGET_BYTES / (bytesPerRow * 1.5)));
      for (let start = 0; start < sheet.rows.length; start += chunk) {
        const rows = sheet.rows.slice(start, start + chunk).map((r) => r.map(cellInput));
        const range = ws.getRange(`A${start + 2}:${last}${start + 1 + rows.length}`);
        range.values = rows;
        if (sheet.numberFormats) range.numberFormat = rows.map(() => formatRow);
        await context.sync();
        if (isCancelled(signal)) break;
      }
      const lastRow = Math.max(2, sheet.rows.length + 1);
      const table = ws.tables.add(`A1:${last}${lastRow}`, true);
      let tableName = (sheet.tableName ?? name).replace(/[^A-Za-z0-9_]/g, '_');
      if (!/^[A-Za-z_]/.test(tableName)) tableName = `T_${tableName}`;
      for (let n = 2; tableNames.has(tableName.toLowerCase()); n++)
        tableName = `${sheet.tableName ?? 'Table'}_${n}`;
      tableNames.add(tableName.toLowerCase());
      table.name = tableName;
      ws.getRange(`A1:${last}1`).format.autofitColumns();
      await context.sync();
      written.push(name);
    }
    return written;
  });
}
