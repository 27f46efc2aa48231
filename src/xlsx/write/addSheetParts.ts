import type { Locale } from '../../core/locale';
import { cellAddress, parseRange, sheetRef } from '../../core/plan/a1';
import type { SheetPlan } from '../../core/plan/types';
import { chartXml } from './charts/chartXml';
import { drawingXml } from './charts/drawingXml';
import type { PlanCells } from './charts/planCells';
import { CONTENT_TYPE, REL_TYPE } from './pkg/ooxml';
import { insertWorksheetElement } from './pkg/importSheetXml';
import type { Package } from './pkg/Package';
import { addSheetMark } from './sheetMark';
import { tableColumnNames, tableXml } from './tableXml';
import { escapeXml } from './xmlText';

/**
 * Adds to a sheet just placed in the package what exceljs did not write: internal hyperlinks, table
 * parts, a drawing with the sheet's charts, and the custom property marking the sheet as Fupan's, with
 * their relationships and content types. Writes the sheet's final XML.
 */
export async function addSheetParts(
  pkg: Package,
  part: string,
  sheet: SheetPlan,
  sheetXml: string,
  cells: PlanCells,
  locale: Locale,
): Promise<void> {
  let xml = sheetXml;
  const links = sheet.blocks.flatMap((block) =>
    block.cells.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        cell !== null && typeof cell === 'object' && cell.kind === 'link'
          ? [{ row: block.row + r, col: block.col + c, cell }]
          : [],
      ),
    ),
  );
  if (links.length > 0) {
    const items = links.map(({ row, col, cell }) => {
      const ref = cellAddress(row, col);
      const location = sheetRef(cell.sheet, cell.address);
      return `<hyperlink ref="${ref}" location="${escapeXml(location)}" display="${escapeXml(cell.text)}"/>`;
    });
    xml = insertWorksheetElement(xml, 'hyperlinks', `<hyperlinks>${items.join('')}</hyperlinks>`);
  }
  if (sheet.charts.length > 0) {
    const drawing = pkg.freeName('xl/drawings/drawing', '.xml');
    const ids: string[] = [];
    for (const chart of sheet.charts) {
      const chartPart = pkg.freeName('xl/charts/chart', '.xml');
      pkg.put(chartPart, chartXml(chart, sheet.name, cells, locale));
      await pkg.setContentType(chartPart, CONTENT_TYPE.chart);
      ids.push(await pkg.addRel(drawing, REL_TYPE.chart, chartPart));
    }
    pkg.put(drawing, drawingXml(sheet.charts, ids));
    await pkg.setContentType(drawing, CONTENT_TYPE.drawing);
    const rid = await pkg.addRel(part, REL_TYPE.drawing, drawing);
    xml = insertWorksheetElement(xml, 'drawing', `<drawing r:id="${rid}"/>`);
  }
  if (sheet.tables.length > 0) {
    const rids: string[] = [];
    for (const table of sheet.tables) {
      const { row, col, cols } = parseRange(table.range);
      const header = Array.from({ length: cols }, (_, i) => cells.value(sheet.name, row, col + i));
      const tablePart = pkg.freeName('xl/tables/table', '.xml');
      const { id, names } = await existingTables(pkg);
      const name = freeTableName(table.name, names);
      pkg.put(tablePart, tableXml({ ...table, name }, id + 1, tableColumnNames(header)));
      await pkg.setContentType(tablePart, CONTENT_TYPE.table);
      rids.push(await pkg.addRel(part, REL_TYPE.table, tablePart));
    }
    const items = rids.map((id) => `<tablePart r:id="${id}"/>`).join('');
    xml = insertWorksheetElement(
      xml,
      'tableParts',
      `<tableParts count="${rids.length}">${items}</tableParts>`,
    );
  }
  pkg.put(part, await addSheetMark(pkg, part, xml, sheet.key));
}

/** The largest table id and every table name in the package: both must be unique workbook-wide. */
async function existingTables(pkg: Package): Promise<{ id: number; names: Set<string> }> {
  let id = 0;
  const names = new Set<string>();
  for (const part of Object.keys(pkg.zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(part)) continue;
    const tag = /<(?:\w+:)?table\b[^>]*>/.exec(await pkg.text(part))?.[0] ?? '';
    id = Math.max(id, Number(/\sid="(\d+)"/.exec(tag)?.[1] ?? 0));
    const name = /\sdisplayName="([^"]*)"/.exec(tag)?.[1];
    if (name) names.add(name.toLowerCase());
  }
  return { id, names };
}

/** The planned table name, or with '_2', '_3', … when a table of the workbook already has it. */
function freeTableName(wanted: string, taken: ReadonlySet<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  return name;
}
