import ExcelJS from 'exceljs';
import type { CellValue } from '../core/model/raw';

/** A sheet of source data to write: what the sample generator and the benchmarks produce. */
export interface SourceSheet {
  readonly name: string;
  /** Excel table name, when the data should be an Excel table (small files only). */
  readonly tableName?: string;
  readonly header: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Number format per column (null: General). Date columns hold Excel serials with a date format. */
  readonly numberFormats?: readonly (string | null)[];
}

/** Above this many rows in one sheet, write plain ranges through the streaming writer (no Excel tables). */
const STREAM_ROWS = 200_000;

/**
 * Writes source data as a new .xlsx: each sheet as an Excel table with number formats, or — for very large
 * sheets — as a header row and data through exceljs's streaming writer, in bounded memory.
 */
export async function writeSourceWorkbook(path: string, sheets: readonly SourceSheet[]): Promise<void> {
  const large = sheets.some((s) => s.rows.length > STREAM_ROWS);
  if (large) return writeStreaming(path, sheets);
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    const columns = sheet.header.map((h, i) => ({
      name: String(h ?? `Column${i + 1}`),
      filterButton: true,
    }));
    ws.addTable({
      name: sheet.tableName ?? sheet.name.replace(/[^A-Za-z0-9_]/g, '_'),
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns,
      rows: sheet.rows.map((row) => row.map(toExcel)),
    });
    sheet.numberFormats?.forEach((fmt, i) => {
      if (fmt) ws.getColumn(i + 1).numFmt = fmt;
    });
    sheet.header.forEach((_, i) => (ws.getColumn(i + 1).width = columnWidth(sheet, i)));
  }
  await workbook.xlsx.writeFile(path);
}

async function writeStreaming(path: string, sheets: readonly SourceSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.numberFormats?.forEach((fmt, i) => {
      if (fmt) ws.getColumn(i + 1).numFmt = fmt;
    });
    ws.addRow(sheet.header.map(toExcel)).commit();
    for (const row of sheet.rows) ws.addRow(row.map(toExcel)).commit();
    ws.commit();
  }
  await workbook.commit();
}

/** exceljs writes numbers as numbers; date cells stay serial numbers under their date format. */
function toExcel(value: CellValue): ExcelJS.CellValue {
  return value === null ? null : value;
}

/** Display width of a text: East Asian characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

/** Wide enough for the header, a date-time format, and the longest value among the first rows. */
function columnWidth(sheet: SourceSheet, col: number): number {
  const format = sheet.numberFormats?.[col] ?? '';
  let width = displayWidth(String(sheet.header[col] ?? ''));
  if (/h/.test(format)) width = Math.max(width, 16);
  else if (/y/.test(format)) width = Math.max(width, 10);
  for (const row of sheet.rows.slice(0, 200)) {
    const value = row[col];
    if (typeof value === 'string') width = Math.max(width, displayWidth(value));
    else if (typeof value === 'number' && !/[yh]/.test(format))
      width = Math.max(width, String(Math.round(value)).length + 4);
  }
  return Math.min(40, width + 2);
}
