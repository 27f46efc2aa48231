import type { CellValue } from '../../../model/raw';
import { isBlankCell } from '../../parse/empty';

/** Two cells are the same when both are blank, or equal (strings compared trimmed). */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return isBlankCell(a) && isBlankCell(b);
}

/** Two rows of tables with the same headers are identical in every column. */
export function sameRow(a: readonly CellValue[] | undefined, b: readonly CellValue[] | undefined): boolean {
  const width = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let j = 0; j < width; j++) if (!sameCell(a?.[j], b?.[j])) return false;
  return true;
}
