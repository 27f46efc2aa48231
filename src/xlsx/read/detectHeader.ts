import type { CellValue } from '../../core/model/raw';

/** How many leading non-empty rows are looked at to find a header row. */
export const HEADER_SEARCH_ROWS = 50;

export interface HeaderGuess {
  /** Index into the rows given. */
  readonly index: number;
  /** 0-based first and last column of the header, inclusive. */
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/**
 * Finds the header row of a plain range: the first row that is mostly non-empty text and at least half
 * as wide as the widest row near it, and no narrower than the row below it. Title and note rows above a
 * table (one merged title, an 'exported: <date>' line) are narrower and are skipped. A one-column table needs a row below it.
 * `rows` are dense from column 0; null, '' and whitespace count as empty.
 */
export function detectHeader(rows: readonly (readonly CellValue[])[]): HeaderGuess | undefined {
  const stats = rows.map(rowStats);
  const widest = Math.max(0, ...stats.map((s) => s.filled));
  if (widest === 0) return undefined;
  for (let index = 0; index < stats.length; index++) {
    const s = stats[index];
    if (!s || s.filled === 0) continue;
    const wideEnough = s.filled >= Math.ceil(widest / 2) && (s.filled >= 2 || widest === 1);
    const textual = s.text / s.filled >= 0.75;
    const next = stats.slice(index + 1).find((row) => row.filled > 0);
    // The row below a header is data: never wider than the header itself.
    const fitsBelow = !next || next.filled <= s.filled;
    if (wideEnough && textual && fitsBelow && (next || s.filled >= 2)) {
      return { index, firstColumn: s.first, lastColumn: s.last };
    }
  }
  return undefined;
}

interface RowStats {
  readonly filled: number;
  readonly text: number;
  readonly first: number;
  readonly last: number;
}

function rowStats(row: readonly CellValue[]): RowStats {
  let filled = 0;
  let text = 0;
  let first = -1;
  let last = -1;
  row.forEach((value, col) => {
    if (isEmpty(value)) return;
    filled++;
    if (typeof value === 'string' && !isNumeric(value)) text++;
    if (first < 0) first = col;
    last = col;
  });
  return { filled, text, first, last };
}

export function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Numbers, percentages and dates written as text are values, not column names. */
function isNumeric(text: string): boolean {
  return (
    /^\s*[-+]?[\d,]*\.?\d+(e[-+]?\d+)?%?\s*$/i.test(text) ||
    /^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/.test(text)
  );
}
