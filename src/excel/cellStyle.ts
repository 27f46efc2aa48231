import type { CellStyle } from '../core/plan/types';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/**
 * A column width in characters of the default font (the .xlsx unit the plan uses) in points (the unit of
 * RangeFormat.columnWidth): Excel's default font has a 7-pixel digit and 5 pixels of padding, at 96 px per
 * 72 pt. 8.43 characters → 64 px → 48 pt, Excel's default column.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(characters * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

/** Queues a plan style onto a range format. `indent` needs ExcelApi 1.9 and is skipped without it. */
export function applyStyle(
  format: Excel.RangeFormat,
  style: CellStyle,
  rows: number,
  cols: number,
  canIndent: boolean,
): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined && canIndent) format.indentLevel = style.indent;
  if (style.border !== undefined) {
    const edges: Edge[] =
      style.border === 'bottom' ? ['EdgeBottom'] : ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (style.border === 'all' && rows > 1) edges.push('InsideHorizontal');
    if (style.border === 'all' && cols > 1) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      if (style.borderColor !== undefined) border.color = style.borderColor;
    }
  }
}
