import { columnLetters, parseRange, sheetRef } from '../../../core/plan/a1';
import type { PlanCell, SheetPlan } from '../../../core/plan/types';

/** The values and number formats the plan puts in each sheet's cells, for chart caches and tables. */
export class PlanCells {
  private readonly cells = new Map<string, Map<string, PlanCell>>();
  private readonly formats = new Map<string, Map<string, string>>();

  constructor(sheets: readonly SheetPlan[]) {
    for (const sheet of sheets) {
      const cells = new Map<string, PlanCell>();
      for (const block of sheet.blocks) {
        block.cells.forEach((row, r) =>
          row.forEach((cell, c) => cells.set(key(block.row + r, block.col + c), cell)),
        );
      }
      for (const note of sheet.notes) {
        const { row, col } = parseRange(note.address);
        if (!cells.has(key(row, col))) cells.set(key(row, col), note.placeholder);
      }
      const formats = new Map<string, string>();
      for (const format of sheet.formats) {
        if (format.numberFormat === undefined) continue;
        const { row, col, rows, cols } = parseRange(format.range);
        for (let r = row; r < row + rows; r++)
          for (let c = col; c < col + cols; c++) formats.set(key(r, c), format.numberFormat);
      }
      this.cells.set(sheet.name, cells);
      this.formats.set(sheet.name, formats);
    }
  }

  /** The value shown in a cell: a formula's cached value, a link's text. */
  value(sheet: string, row: number, col: number): string | number | boolean | null {
    const cell = this.cells.get(sheet)?.get(key(row, col)) ?? null;
    if (cell === null || typeof cell !== 'object') return cell;
    return cell.kind === 'formula' ? cell.value : cell.text;
  }

  numberFormat(sheet: string, row: number, col: number): string | undefined {
    return this.formats.get(sheet)?.get(key(row, col));
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

/** A chart or name reference resolved: its sheet, bounds and absolute formula text. */
export interface ResolvedRange {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  /** "'Trend'!$A$2:$A$61" */
  readonly formula: string;
}

/** Resolves 'B2:B9' (on `sheet`) or "'Other'!B2:B9" into absolute bounds and formula. */
export function resolveRange(reference: string, sheet: string): ResolvedRange {
  const bang = reference.lastIndexOf('!');
  const onSheet = bang < 0 ? sheet : unquoteSheet(reference.slice(0, bang));
  const address = (bang < 0 ? reference : reference.slice(bang + 1)).replace(/\$/g, '');
  const bounds = parseRange(address);
  return { sheet: onSheet, ...bounds, formula: absoluteRef(onSheet, bounds) };
}

export function absoluteRef(
  sheet: string,
  b: { row: number; col: number; rows: number; cols: number },
): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  const start = cell(b.row, b.col);
  const end = cell(b.row + b.rows - 1, b.col + b.cols - 1);
  return sheetRef(sheet, b.rows === 1 && b.cols === 1 ? start : `${start}:${end}`);
}

function unquoteSheet(text: string): string {
  const t = text.trim();
  return t.startsWith("'") && t.endsWith("'") ? t.slice(1, -1).replace(/''/g, "'") : t;
}
