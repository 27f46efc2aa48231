import { parseRange, sheetRef } from '../../core/plan/a1';
import type { SheetPlan } from '../../core/plan/types';
import { absoluteRef } from './charts/planCells';
import type { DefinedNameSpec } from './pkg/WorkbookEditor';

/**
 * The print area and the rows repeated on every page: in SpreadsheetML they are not part of the sheet but
 * the built-in names _xlnm.Print_Area and _xlnm.Print_Titles, scoped to the sheet (localSheetId).
 */
export function printNames(sheet: SheetPlan): DefinedNameSpec[] {
  const { print, name } = sheet;
  if (!print) return [];
  const names: DefinedNameSpec[] = [
    { name: '_xlnm.Print_Area', formula: absoluteRef(name, parseRange(print.area)) },
  ];
  if (print.titleRows) {
    const { first, last } = print.titleRows;
    names.push({ name: '_xlnm.Print_Titles', formula: sheetRef(name, `$${first + 1}:$${last + 1}`) });
  }
  return names;
}
