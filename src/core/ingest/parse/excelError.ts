import type { CellValue } from '../../model/raw';

/** The error values Excel shows in a cell, as hosts deliver them (text). */
export const EXCEL_ERRORS = [
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
] as const;
export type ExcelError = (typeof EXCEL_ERRORS)[number];

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERRORS);
const HASH = 35;

/** The Excel error a cell holds, or null. */
export function excelErrorOf(cell: CellValue | undefined): ExcelError | null {
  if (typeof cell !== 'string') return null;
  let text = cell;
  if (text.charCodeAt(0) !== HASH) {
    text = text.trim();
    if (text.charCodeAt(0) !== HASH) return null;
  }
  const upper = text.trim().toUpperCase();
  return ERROR_SET.has(upper) ? (upper as ExcelError) : null;
}
