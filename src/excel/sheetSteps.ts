import type { CellStyle, SheetPlan } from '../core/plan/types';
import { parseRange } from '../core/plan/a1';
import { planCellInput, type CellInput } from './cellInput';
import { jsonBytes, utf8Length } from './payload';

/**
 * A sheet's content as a list of steps in the order Excel must apply them — cell values, then range
 * formats in plan order, then everything that sits on the values (merges, tables, conditional formats,
 * charts, links, notes). units.ts packs them into syncs:
 *
 *   blocks ──▶ one cell step each         ─┐
 *   formats ─▶ number-format + style steps ─┼─▶ (units.ts) units of ≤ PAYLOAD_TARGET_BYTES ──▶ one sync each
 *   the rest ─▶ one decorations step (last)─┘
 */
export type Step =
  | {
      readonly kind: 'cells';
      readonly row: number;
      readonly col: number;
      readonly inputs: readonly (readonly CellInput[])[];
      readonly formulas: boolean;
      readonly bytes: number;
    }
  | {
      readonly kind: 'numberFormat';
      readonly row: number;
      readonly col: number;
      readonly rows: number;
      readonly cols: number;
      readonly code: string;
      readonly bytes: number;
    }
  | { readonly kind: 'style'; readonly range: string; readonly style: CellStyle; readonly bytes: number }
  | { readonly kind: 'decorations'; readonly bytes: number };

/** Framing per queued operation (path, method name, JSON punctuation). */
export const OP_BYTES = 160;

export interface StepSummary {
  readonly steps: Step[];
  /** Link cells, for hyperlinks: 0-based position and target. */
  readonly links: readonly { row: number; col: number; sheet: string; address: string }[];
}

function cellStep(row: number, col: number, inputs: CellInput[][], formulas: boolean): Step {
  return { kind: 'cells', row, col, inputs, formulas, bytes: jsonBytes(inputs) + OP_BYTES };
}

function numberFormatStep(range: string, code: string): Step {
  const { row, col, rows, cols } = parseRange(range);
  return {
    kind: 'numberFormat',
    row,
    col,
    rows,
    cols,
    code,
    bytes: rows * formatRowBytes(cols, code) + OP_BYTES,
  };
}

export function formatRowBytes(cols: number, code: string): number {
  return cols * (utf8Length(JSON.stringify(code)) + 1) + 2;
}

/** Everything after formats: a rough but generous size of what those operations carry. */
function decorationBytes(sheet: SheetPlan): number {
  const parts = [
    sheet.merges,
    sheet.tables,
    sheet.conditionalFormats,
    sheet.charts,
    sheet.notes,
    sheet.columnWidths,
  ];
  return parts.reduce((sum, part) => sum + jsonBytes(part) * 2 + part.length * OP_BYTES * 4, 2_000);
}

export function sheetSteps(sheet: SheetPlan): StepSummary {
  const steps: Step[] = [];
  const links: { row: number; col: number; sheet: string; address: string }[] = [];
  for (const block of sheet.blocks) {
    let formulas = false;
    const inputs = block.cells.map((cells, i) =>
      cells.map((cell, j) => {
        if (typeof cell === 'object' && cell !== null) {
          if (cell.kind === 'formula') formulas = true;
          else
            links.push({ row: block.row + i, col: block.col + j, sheet: cell.sheet, address: cell.address });
        }
        return planCellInput(cell);
      }),
    );
    if (inputs.length > 0 && (inputs[0]?.length ?? 0) > 0) {
      steps.push(cellStep(block.row, block.col, inputs, formulas));
    }
  }
  for (const format of sheet.formats) {
    if (format.numberFormat !== undefined) steps.push(numberFormatStep(format.range, format.numberFormat));
    if (format.style !== undefined) {
      steps.push({
        kind: 'style',
        range: format.range,
        style: format.style,
        bytes: jsonBytes(format.style) * 2 + OP_BYTES * 8,
      });
    }
  }
  steps.push({ kind: 'decorations', bytes: decorationBytes(sheet) });
  return { steps, links };
}
