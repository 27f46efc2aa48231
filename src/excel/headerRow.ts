import type { CellValue } from '../core/model/raw';

const filled = (v: CellValue): boolean => v !== null && v !== '';

/** How many of the top rows may be titles, notes or blank lines above the header. */
export const HEADER_SCAN_ROWS = 20;

/**
 * The header row of a plain range (not an Excel table), as an index into `rows`. Workbooks often carry a
 * title, a subtitle or a blank line above the header, so the header is the first of the top
 * HEADER_SCAN_ROWS rows that reads like one: text in at least 80% as many cells as the widest row has
 * filled (and in two cells at least, unless the range is one column wide). A title fills one cell, a
 * "Period: … to …" line a few: both are passed over. Failing that (headers that are years, say), the first
 * row filled as widely; failing that, the first non-empty row.
 */
export function detectHeaderRow(rows: readonly (readonly CellValue[])[]): number {
  const scan = rows.slice(0, HEADER_SCAN_ROWS);
  const widest = Math.max(0, ...rows.map((row) => row.filter(filled).length));
  const full = 0.8 * widest;
  const texts = (row: readonly CellValue[]): number =>
    row.filter((v) => typeof v === 'string' && v.trim() !== '').length;
  const byText = scan.findIndex((row) => texts(row) >= Math.max(Math.min(2, widest), full) && texts(row) > 0);
  if (byText >= 0) return byText;
  const byWidth = scan.findIndex((row) => row.filter(filled).length >= Math.max(1, full));
  if (byWidth >= 0) return byWidth;
  return 0;
}
