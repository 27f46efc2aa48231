import { cutTextsOverBudget } from '../messages/cells';
import type { Locale } from '../locale';
import { cellAddress } from './a1';
import { EXCEL_CELL_CHARS } from './safeCells';
import type { PlanCell, SheetPlan } from './types';

/** A planned text longer than a cell holds: where it is, and all of it. */
export interface CutCell {
  readonly sheet: string;
  /** A1 address of the cell on `sheet`. */
  readonly address: string;
  readonly text: string;
}

/**
 * Characters of cut texts kept in full on the data-quality sheet, all cut cells together: about 61 cells
 * of 32,767 characters, a few MB in the workbook. A 16,384-column sheet's unused-columns list is ≈ 200,000
 * characters; texts past the budget are named, not kept, and the sheet says how much was left out.
 */
export const MAX_KEPT_CUT_CHARS = 2_000_000;

/** The text of a planned cell, where safeCells.fitText would cut it. */
function textOf(cell: PlanCell): string | null {
  if (typeof cell === 'string') return cell;
  if (cell === null || typeof cell !== 'object') return null;
  if (cell.kind === 'link') return cell.text;
  return typeof cell.value === 'string' ? cell.value : null;
}

/** Every text on these sheets (not yet made safe) that Excel's cell limit will cut, in sheet order. */
export function findCutCells(sheets: readonly SheetPlan[]): CutCell[] {
  const cut: CutCell[] = [];
  for (const sheet of sheets)
    for (const block of sheet.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const text = textOf(cell);
          if (text !== null && text.length > EXCEL_CELL_CHARS)
            cut.push({ sheet: sheet.name, address: cellAddress(block.row + r, block.col + c), text });
        }),
      );
  return cut;
}

/** `text` in pieces of at most EXCEL_CELL_CHARS characters, never splitting a surrogate pair. */
export function splitForCells(text: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + EXCEL_CELL_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/**
 * The rows of the data-quality sheet's "cut cells" table: sheet, cell, part "k/n", that part of the full
 * text; a cut cell past MAX_KEPT_CUT_CHARS gets one row without its text. `note` says what was left out.
 */
export function cutCellRows(
  cut: readonly CutCell[],
  locale: Locale,
): { rows: PlanCell[][]; note: string | null } {
  const rows: PlanCell[][] = [];
  let budget = MAX_KEPT_CUT_CHARS;
  let leftCells = 0;
  let leftChars = 0;
  for (const cell of cut) {
    if (cell.text.length > budget) {
      rows.push([cell.sheet, cell.address, null, null]);
      leftCells++;
      leftChars += cell.text.length;
      continue;
    }
    budget -= cell.text.length;
    const parts = splitForCells(cell.text);
    parts.forEach((part, i) => rows.push([cell.sheet, cell.address, `${i + 1}/${parts.length}`, part]));
  }
  return {
    rows,
    note: leftCells > 0 ? cutTextsOverBudget(leftCells, leftChars, MAX_KEPT_CUT_CHARS, locale) : null,
  };
}
