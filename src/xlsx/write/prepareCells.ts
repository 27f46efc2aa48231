import type { CellValue } from '../../core/model/raw';
import { parseCell, parseRange } from '../../core/plan/a1';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../core/plan/types';
import { PlanCells } from './charts/planCells';
import { tableColumnNames } from './tableXml';

/**
 * Puts each note's saved text (or its placeholder) into the plan's cells, and makes every table's header
 * cells the unique, non-empty names Excel requires of table columns.
 */
export function prepareCells(plan: WorkbookPlan, notes: ReadonlyMap<string, CellValue>): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const edits = new Map<string, PlanCell>();
      for (const note of sheet.notes) {
        const saved = notes.get(note.id);
        const keep = saved !== undefined && saved !== null && saved !== '' && saved !== note.placeholder;
        const { row, col } = parseCell(note.address);
        edits.set(`${row},${col}`, keep ? saved : note.placeholder);
      }
      const cells = new PlanCells([sheet]);
      for (const table of sheet.tables) {
        const { row, col, cols } = parseRange(table.range);
        const header = Array.from({ length: cols }, (_, i) => cells.value(sheet.name, row, col + i));
        tableColumnNames(header).forEach((name, i) => {
          if (header[i] !== name) edits.set(`${row},${col + i}`, name);
        });
      }
      return edits.size === 0 ? sheet : withCells(sheet, edits);
    }),
  };
}

/** The sheet with extra one-cell blocks for the edited cells (later blocks win). */
function withCells(sheet: SheetPlan, edits: ReadonlyMap<string, PlanCell>): SheetPlan {
  const blocks = [...edits].map(([key, cell]) => {
    const [row, col] = key.split(',').map(Number) as [number, number];
    return { row, col, cells: [[cell]] };
  });
  return { ...sheet, blocks: [...sheet.blocks, ...blocks] };
}
