/** A1 addresses from 0-based indices and back; shared by planners, writers and tests. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** 'B3' → { row: 2, col: 1 }. Throws on a malformed address: planners only build valid ones. */
export function parseCell(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  const letters = match[1] as string;
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** 'B3:D10' → bounds, 0-based and inclusive. A single cell is a 1×1 range. */
export function parseRange(range: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = range.split(':');
  const start = parseCell(a as string);
  const end = b === undefined ? start : parseCell(b);
  return { row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

/** A sheet-qualified reference, quoted as Excel requires: 'My Sheet'!A1. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
