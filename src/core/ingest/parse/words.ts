import type { CellValue } from '../../model/raw';
import { toHalfWidth } from './halfWidth';

/**
 * The comparison form of a word cell: half-width, trimmed, lower case, with runs of spaces, '_' and '-'
 * made one space ('Partially_Refunded' → 'partially refunded').
 */
export function wordKey(text: string): string {
  return toHalfWidth(text)
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/** The text of a word cell (numbers and booleans as Excel shows them). */
export function cellWord(cell: CellValue): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell === null ? '' : String(cell);
}

/** word → value, keyed by wordKey. */
export function wordTable<T extends string>(
  words: Readonly<Record<T, readonly string[]>>,
): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const value of Object.keys(words) as T[]) {
    for (const word of words[value]) table.set(wordKey(word), value);
  }
  return table;
}
