import type { PlanCell } from '../core/plan/types';

/** What goes into `Range.formulas` for one cell: a formula, a number, a boolean, guarded text, or null. */
export type CellInput = string | number | boolean | null;

/**
 * Text for `Range.values` / `Range.formulas` that Excel stores as exactly this text.
 *
 * Excel parses a written string as if typed: '=…', '+…', '-…' and '@…' become formulas (documented on
 * Range.values), '00123' a number, '2024-11-11' a date, 'TRUE' a boolean, '#N/A' an error. A leading
 * apostrophe is Excel's own "this is text" prefix: it is not part of the stored value. So every non-empty
 * string gets one, and what the cell holds is the string, unchanged, whatever it looks like.
 */
export function textInput(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A plan cell as cell input. Non-finite numbers have no cell form and become empty (reported by caller). */
export function planCellInput(cell: PlanCell): CellInput {
  if (cell === null) return null;
  if (typeof cell === 'string') return textInput(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'boolean') return cell;
  if (cell.kind === 'formula') return cell.formula;
  return textInput(cell.text);
}

/** A value read back from a cell (e.g. an analyst's note), to write again as the same value. */
export function valueInput(value: unknown): CellInput {
  if (typeof value === 'string') return textInput(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  return null;
}
