import type { Locale } from '../locale';
import { truncationMark } from '../messages/cells';
import type { PlanCell, SheetPlan } from './types';

/** Characters a cell holds in Excel; a longer text is refused by Excel and by Office.js. */
export const EXCEL_CELL_CHARS = 32_767;
const MARK_ROOM = 40;

/**
 * The sheet with every cell as Excel accepts it, whatever the data held: a number that is not finite
 * (an overflowed sum) becomes an empty cell, never 'Infinity' or 'NaN'; a text longer than Excel's
 * 32,767 characters (a long channel name repeated in a sentence, the columns of a 16,384-column sheet)
 * is cut to fit, ending with a mark that says how much was cut. Both writers get the same cells.
 */
export function safeSheet(sheet: SheetPlan, locale: Locale): SheetPlan {
  let changed = false;
  const blocks = sheet.blocks.map((block) => {
    let blockChanged = false;
    const cells = block.cells.map((row) => {
      let rowChanged = false;
      const out = row.map((cell) => {
        const safe = safeCell(cell, locale);
        if (safe !== cell) rowChanged = true;
        return safe;
      });
      if (!rowChanged) return row;
      blockChanged = true;
      return out;
    });
    if (!blockChanged) return block;
    changed = true;
    return { ...block, cells };
  });
  return changed ? { ...sheet, blocks } : sheet;
}

export function safeCell(cell: PlanCell, locale: Locale): PlanCell {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'string') return fitText(cell, locale);
  if (cell === null || typeof cell === 'boolean') return cell;
  if (cell.kind === 'link') {
    const text = fitText(cell.text, locale);
    return text === cell.text ? cell : { ...cell, text };
  }
  const { value } = cell;
  if (typeof value === 'number' && !Number.isFinite(value)) return { ...cell, value: null };
  if (typeof value === 'string') {
    const text = fitText(value, locale);
    return text === value ? cell : { ...cell, value: text };
  }
  return cell;
}

/** The text cut to EXCEL_CELL_CHARS with the mark, never splitting a surrogate pair. */
export function fitText(text: string, locale: Locale): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  // Room for the mark, which stays under 40 characters whatever count it shows.
  let keep = EXCEL_CELL_CHARS - MARK_ROOM;
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return text.slice(0, keep) + truncationMark(text.length - keep, locale);
}
