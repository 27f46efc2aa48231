import { parseRange } from '../../../src/core/plan/a1';
import {
  A4_POINTS,
  areaWidthPoints,
  PRINT_MARGINS,
  printableWidth,
} from '../../../src/core/plan/printLayout';
import type { SheetPlan } from '../../../src/core/plan/types';
import { LINE_POINTS } from '../../../src/core/plan/wrappedHeight';

/**
 * How many pages a sheet's print area fills, from the plan alone: its rows' heights (planned, or the
 * default) scaled as fitting the area to the page width scales them, over the height a page leaves between
 * its margins. The fraction of the last page is rounded up.
 */
export function plannedPages(sheet: SheetPlan): number {
  const print = sheet.print;
  if (!print) throw new Error(`${sheet.name} has no print setup`);
  const area = parseRange(print.area);
  const heights = new Map((sheet.rowHeights ?? []).map((r) => [r.row, r.height]));
  let height = 0;
  for (let row = area.row; row < area.row + area.rows; row++) height += heights.get(row) ?? LINE_POINTS;
  const scale = Math.min(1, printableWidth(print.orientation) / areaWidthPoints(sheet, area.col + area.cols));
  const page = print.orientation === 'portrait' ? A4_POINTS.height : A4_POINTS.width;
  const printable = page - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72;
  return Math.max(1, Math.ceil((height * scale) / printable));
}
