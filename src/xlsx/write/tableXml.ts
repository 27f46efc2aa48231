import { rangeAddress, parseRange } from '../../core/plan/a1';
import type { TablePlan } from '../../core/plan/types';
import { NS, XML_DECLARATION } from './pkg/ooxml';
import { escapeXml, XML_ILLEGAL } from './xmlText';

/**
 * A table part (ListObject) over cells already written. `columns` are the header cells' texts, which
 * Excel requires to be unique, non-empty and equal to the cells (see `tableColumnNames`).
 */
export function tableXml(table: TablePlan, id: number, columns: readonly string[]): string {
  const { row, col, rows, cols } = parseRange(table.range);
  const ref = rangeAddress(row, col, rows, cols);
  const dataRef = table.showTotals ? rangeAddress(row, col, rows - 1, cols) : ref;
  const filter = table.showFilterButtons ? `<autoFilter ref="${dataRef}"/>` : '';
  const tableColumns = columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`)
    .join('');
  return (
    XML_DECLARATION +
    `<table xmlns="${NS.main}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ` +
    `ref="${ref}"${table.showTotals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    filter +
    `<tableColumns count="${columns.length}">${tableColumns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
    'showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/**
 * Column names from the header cells' texts: an empty one becomes 'Column<n>' and a repeat gets a
 * number, as Excel names them. Characters XML cannot hold are dropped, as the cell writer drops them, so
 * that name and cell stay equal. The caller writes the names back into the header cells.
 */
export function tableColumnNames(header: readonly (string | number | boolean | null)[]): string[] {
  const seen = new Set<string>();
  return header.map((value, i) => {
    const base =
      value === null || String(value).trim() === ''
        ? `Column${i + 1}`
        : String(value).replace(/\r?\n/g, ' ').replace(XML_ILLEGAL, '');
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
