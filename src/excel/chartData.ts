import { parseRange } from '../core/plan/a1';
import type { ChartPlan, ChartSeriesPlan, PlanCell, SheetPlan } from '../core/plan/types';

/**
 * Which of a chart's series have something to draw, read from the plan's own cells. Excel's charts.add
 * makes no series from a source of text only (a null KPI is written as text) and fails with
 * EmptyChartSeries on an empty one, so a series whose values hold no number is left out and a chart with
 * none left is skipped (both with a warning, layout.ts).
 */
function cellAt(sheet: SheetPlan, row: number, col: number): PlanCell {
  for (const block of sheet.blocks) {
    const cells = block.cells[row - block.row];
    if (cells && col >= block.col && col - block.col < cells.length) return cells[col - block.col] ?? null;
  }
  return null;
}

function isNumber(cell: PlanCell): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell);
  return (
    typeof cell === 'object' && cell !== null && cell.kind === 'formula' && typeof cell.value === 'number'
  );
}

/** Whether a range of the sheet (A1, unqualified) holds at least one number. */
export function rangeHasNumber(sheet: SheetPlan, range: string): boolean {
  // A reference to another sheet cannot be checked here; it is trusted as the planner wrote it.
  if (range.includes('!')) return true;
  const { row, col, rows, cols } = parseRange(range);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) if (isNumber(cellAt(sheet, row + i, col + j))) return true;
  return false;
}

export function drawableSeries(sheet: SheetPlan, chart: ChartPlan): ChartSeriesPlan[] {
  return chart.series.filter((series) => rangeHasNumber(sheet, series.values));
}
