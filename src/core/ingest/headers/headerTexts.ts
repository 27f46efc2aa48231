import type { CellValue } from '../../model/raw';

/** The header cells as text, as the user wrote them (trimmed). */
export function headerTexts(header: readonly CellValue[]): string[] {
  return header.map((cell) => (cell === null ? '' : String(cell).trim()));
}
