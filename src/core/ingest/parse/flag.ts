import type { CellValue } from '../../model/raw';
import { isPlaceholder } from './empty';
import { excelErrorOf } from './excelError';
import { EMPTY, parsed, problem, type ParseResult } from './result';
import { cellWord, wordKey } from './words';

/** Yes / no words of every flag column (case-insensitive). */
export const FLAG_WORDS = {
  yes: ['是', 'y', 'yes', 'true', 't', '1', '√', '✓', '✔', '对'],
  no: ['否', 'n', 'no', 'false', 'f', '0', '×', '✗', '✘', '不是'],
} as const;

export interface FlagWords {
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

/** A parser for a flag column with its own words besides FLAG_WORDS. */
export function flagParser(extra: FlagWords): (cell: CellValue) => ParseResult<boolean> {
  const table = new Map<string, boolean>();
  for (const word of [...FLAG_WORDS.yes, ...extra.yes]) table.set(wordKey(word), true);
  for (const word of [...FLAG_WORDS.no, ...extra.no]) table.set(wordKey(word), false);
  return (cell) => {
    if (typeof cell === 'boolean') return parsed(cell);
    if (typeof cell === 'number') {
      return cell === 1 ? parsed(true) : cell === 0 ? parsed(false) : problem('not_a_flag', String(cell));
    }
    const text = cellWord(cell);
    if (text === '' || isPlaceholder(text)) return EMPTY;
    if (excelErrorOf(text) !== null) return problem('excel_error', text);
    const value = table.get(wordKey(text));
    return value === undefined ? problem('not_a_flag', text) : parsed(value);
  };
}

/** TRUE/FALSE, 是/否, Y/N, yes/no, 1/0, √/×. */
export const parseFlag = flagParser({ yes: [], no: [] });
