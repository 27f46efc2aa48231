import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../core/plan/types';

/** '#1F4E79' → 'FF1F4E79', the ARGB exceljs and SpreadsheetML take. */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

type Side = 'top' | 'left' | 'bottom' | 'right';

const BODY_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, scheme: 'minor', size: 11 };

/**
 * Applies a plan style to one cell, merged over what earlier formats set (formats apply in order).
 * `edges` says which sides of the formatted range the cell lies on: 'outline' draws the range's edges
 * and 'bottom' its bottom edge (Office.js EdgeBottom); 'all' draws every cell's four sides.
 */
export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle, edges: ReadonlySet<Side>): void {
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined
  ) {
    cell.font = {
      // A font without a name is drawn in the reader's fallback (a serif in LibreOffice): start from the
      // workbook's body font, the theme's minor font at 11 pt, as unstyled cells have it.
      ...(cell.font ?? BODY_FONT),
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: { argb: argb(style.fontColor) } }),
    };
  }
  if (style.fill !== undefined) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  }
  if (style.hAlign || style.vAlign || style.wrap !== undefined || style.indent !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.hAlign && { horizontal: style.hAlign }),
      ...(style.vAlign && { vertical: style.vAlign === 'center' ? 'middle' : style.vAlign }),
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
      ...(style.indent !== undefined && { indent: style.indent }),
    };
  }
  if (style.border) {
    const line: Partial<ExcelJS.Border> = {
      style: 'thin',
      color: { argb: argb(style.borderColor ?? '#BFBFBF') },
    };
    const sides: Side[] =
      style.border === 'bottom'
        ? (['bottom'] as const).filter((s) => edges.has(s))
        : style.border === 'all'
          ? ['top', 'left', 'bottom', 'right']
          : (['top', 'left', 'bottom', 'right'] as const).filter((s) => edges.has(s));
    if (sides.length > 0) {
      const border: Partial<ExcelJS.Borders> = { ...cell.border };
      for (const side of sides) border[side] = line;
      cell.border = border;
    }
  }
}
