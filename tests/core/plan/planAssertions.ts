import { parseRange, cellAddress } from '../../../src/core/plan/a1';
import type { PlanCell, SheetPlan } from '../../../src/core/plan/types';
import { cellAt, evaluateFormula, formulaCells } from '../../support/planCells';

/** Every formula of a sheet evaluates (over the plan's own cells) to the value cached beside it. */
export function expectFormulasToEvaluate(sheet: SheetPlan, atLeast: number): void {
  const formulas = formulaCells(sheet);
  expect(formulas.length).toBeGreaterThanOrEqual(atLeast);
  for (const { address, formula, value } of formulas) {
    expect({ address, formula, got: evaluateFormula(sheet, formula) }).toEqual({
      address,
      formula,
      got: typeof value === 'number' ? expect.closeTo(value, 9) : value,
    });
  }
}

/** A cell's value as Excel shows it: formulas evaluated, links as their text. */
export function shown(sheet: SheetPlan, address: string): string | number | boolean | null {
  const cell: PlanCell | undefined = cellAt(sheet, address);
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object')
    return cell.kind === 'formula' ? evaluateFormula(sheet, cell.formula) : cell.text;
  return cell;
}

/** The shown values of an Excel table's data rows (header excluded). */
export function tableRows(sheet: SheetPlan, name: string): (string | number | boolean | null)[][] {
  const table = sheet.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name} on ${sheet.name}`);
  const { row, col, rows, cols } = parseRange(table.range);
  return Array.from({ length: rows - 1 }, (_, r) =>
    Array.from({ length: cols }, (_, c) => shown(sheet, cellAddress(row + 1 + r, col + c))),
  );
}

/** The shown values of a one-column or one-row range. */
export function rangeValues(sheet: SheetPlan, range: string): (string | number | boolean | null)[] {
  const { row, col, rows, cols } = parseRange(range);
  const out: (string | number | boolean | null)[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) out.push(shown(sheet, cellAddress(row + r, col + c)));
  return out;
}

/** Every text cell of a sheet. */
export function texts(sheet: SheetPlan): string[] {
  return sheet.blocks.flatMap((b) => b.cells.flat().filter((c): c is string => typeof c === 'string'));
}
