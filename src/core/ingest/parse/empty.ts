import type { CellValue } from '../../model/raw';

/**
 * Texts that exports write for "no value". They read as empty cells in every column. '(not set)' is not
 * among them: GA4 uses it as a real dimension value.
 */
export const PLACEHOLDERS = ['-', '--', '---', '—', '——', '–', 'n/a', 'null', 'none', 'nan', '无'] as const;

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDERS);
const LONGEST_PLACEHOLDER = 4;

/** A cell with nothing in it: null, missing, '' or whitespace only. Such a row is a blank row. */
export function isBlankCell(cell: CellValue | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  return cell.length === 0 || cell.trim().length === 0;
}

/** `text` must already be trimmed. */
export function isPlaceholder(text: string): boolean {
  return text.length <= LONGEST_PLACEHOLDER && PLACEHOLDER_SET.has(text.toLowerCase());
}

/** Blank, or a placeholder text: the value is absent. */
export function isEmptyCell(cell: CellValue | undefined): boolean {
  if (isBlankCell(cell)) return true;
  return typeof cell === 'string' && isPlaceholder(cell.trim());
}
