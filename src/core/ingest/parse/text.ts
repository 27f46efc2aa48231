import type { CellValue } from '../../model/raw';
import { isPlaceholder } from './empty';
import { excelErrorOf } from './excelError';
import { EMPTY, parsed, problem, type ParseResult } from './result';

const SPACE = 32;
const IDEOGRAPHIC_SPACE = 0x3000;
const NO_BREAK_SPACE = 0xa0;

/**
 * A text cell (ids, names, categories): trimmed; numbers as digits ('123456'); booleans as TRUE / FALSE;
 * blanks and placeholders empty; Excel errors a problem.
 */
export function parseText(cell: CellValue): ParseResult<string> {
  if (typeof cell === 'string') {
    const text = needsTrim(cell) ? cell.trim() : cell;
    if (text.length <= 4 && (text === '' || isPlaceholder(text))) return EMPTY;
    if (text.charCodeAt(0) === 35 && excelErrorOf(text) !== null) return problem('excel_error', text);
    return parsed(text);
  }
  if (typeof cell === 'number') return parsed(String(cell));
  if (typeof cell === 'boolean') return parsed(cell ? 'TRUE' : 'FALSE');
  return EMPTY;
}

/** The text has leading or trailing spaces (including ideographic and no-break spaces). */
export function needsTrim(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return (
    a <= SPACE ||
    b <= SPACE ||
    a === IDEOGRAPHIC_SPACE ||
    b === IDEOGRAPHIC_SPACE ||
    a === NO_BREAK_SPACE ||
    b === NO_BREAK_SPACE
  );
}
