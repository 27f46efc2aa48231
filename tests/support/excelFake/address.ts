import { columnLetters } from '../../../src/core/plan/a1';
import { fail } from './errors';
import { MAX_COLUMNS, MAX_ROWS, type Bounds } from './state';

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

function cell(text: string): { row: number; col: number } {
  const match = CELL.exec(text);
  if (!match) fail('InvalidArgument', `"${text}" is not a cell address.`);
  return { row: Number(match[2]) - 1, col: colIndex(match[1] as string) };
}

/** 'B3', 'B3:D10', '$B$3', 'A:C' or '2:5' on one sheet → bounds; anything else is InvalidArgument. */
export function parseAddress(address: string): Bounds {
  const text = address.trim().toUpperCase();
  const cols = COLUMNS.exec(text);
  if (cols) {
    const a = colIndex(cols[1] as string);
    const b = colIndex(cols[2] as string);
    return checked({ row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 });
  }
  const rows = ROWS.exec(text);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return checked({ row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLUMNS });
  }
  const [first, second, extra] = text.split(':');
  if (first === undefined || extra !== undefined) fail('InvalidArgument', `"${address}" is not an address.`);
  const start = cell(first);
  const end = second === undefined ? start : cell(second);
  return checked({
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rows: Math.abs(end.row - start.row) + 1,
    cols: Math.abs(end.col - start.col) + 1,
  });
}

export function checked(bounds: Bounds): Bounds {
  const ok =
    Number.isInteger(bounds.row) &&
    Number.isInteger(bounds.col) &&
    Number.isInteger(bounds.rows) &&
    Number.isInteger(bounds.cols) &&
    bounds.row >= 0 &&
    bounds.col >= 0 &&
    bounds.rows >= 1 &&
    bounds.cols >= 1 &&
    bounds.row + bounds.rows <= MAX_ROWS &&
    bounds.col + bounds.cols <= MAX_COLUMNS;
  if (!ok) fail('InvalidArgument', `The range ${JSON.stringify(bounds)} is outside the sheet.`);
  return bounds;
}

export function a1(bounds: Bounds, absolute = false): string {
  const d = absolute ? '$' : '';
  const start = `${d}${columnLetters(bounds.col)}${d}${bounds.row + 1}`;
  if (bounds.rows === 1 && bounds.cols === 1) return start;
  return `${start}:${d}${columnLetters(bounds.col + bounds.cols - 1)}${d}${bounds.row + bounds.rows}`;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheetName: string, bounds: Bounds, absolute = false): string {
  return `${quoteSheet(sheetName)}!${a1(bounds, absolute)}`;
}

/** "'My Sheet'!A1:B2" or "Sheet1!A1" → sheet name and address. */
export function splitQualified(text: string): { sheet: string | undefined; address: string } {
  const trimmed = text.replace(/^=/, '');
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, address: trimmed };
  let sheet = trimmed.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: trimmed.slice(bang + 1) };
}
