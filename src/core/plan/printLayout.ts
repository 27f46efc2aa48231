import { parseRange, rangeAddress } from './a1';
import type { CellBlock, ChartPlan, PrintPlan, TablePlan } from './types';

/** Excel's default column width, in characters, for the columns a plan leaves unsized. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** A4 in points (210 × 297 mm). */
export const A4_POINTS = { width: 595.28, height: 841.89 } as const;
/** Narrow enough to give the content room, wide enough for any office printer; in inches. */
export const PRINT_MARGINS = {
  left: 0.5,
  right: 0.5,
  top: 0.6,
  bottom: 0.7,
  header: 0.3,
  footer: 0.3,
} as const;
/**
 * A portrait page is kept while the content, fitted to its width, still prints at this scale or larger;
 * a wider sheet turns landscape.
 */
export const MIN_PORTRAIT_SCALE = 0.9;
/** A table longer than this (data rows) runs over a page: its header repeats on every page. */
export const LONG_TABLE_ROWS = 30;

/** The parts of a sheet that occupy cells. */
export interface SheetContent {
  readonly blocks: readonly CellBlock[];
  readonly tables: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
  readonly merges: readonly string[];
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
}

export interface Bounds {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** The smallest range holding every block, table, merge and chart anchor; A1 alone for an empty sheet. */
export function usedBounds(content: SheetContent): Bounds {
  let lastRow = 0;
  let lastCol = 0;
  const cover = (row: number, col: number) => {
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
  };
  for (const block of content.blocks) {
    // Blocks are rectangles (SheetBuilder pads ragged rows): the first row's length is the width.
    if (block.cells.length > 0)
      cover(block.row + block.cells.length - 1, block.col + (block.cells[0]?.length ?? 1) - 1);
  }
  for (const range of [...content.tables.map((t) => t.range), ...content.merges]) {
    const r = parseRange(range);
    cover(r.row + r.rows - 1, r.col + r.cols - 1);
  }
  // A chart's `to` is the last cell it covers (the drawing ends at that cell's far edge).
  for (const chart of content.charts) cover(chart.anchor.to.row, chart.anchor.to.col);
  return { row: 0, col: 0, rows: lastRow + 1, cols: lastCol + 1 };
}

/** A column's printed width in points: Excel draws `width` digits of 7 px plus 5 px of padding, at 96 dpi. */
export function columnPoints(width: number): number {
  return Math.trunc(width * 7 + 5) * 0.75;
}

/** The printed width of columns [0, cols) in points. */
export function areaWidthPoints(content: SheetContent, cols: number): number {
  return (mergedWidth(content.columnWidths, 0, cols) * 7 + 5) * 0.75;
}

/** The width the page leaves for cells, in points. */
export function printableWidth(orientation: PrintPlan['orientation']): number {
  const page = orientation === 'portrait' ? A4_POINTS.width : A4_POINTS.height;
  return page - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;
}

/**
 * How a sheet prints: A4, its used area only, fitted to one page wide — portrait while that keeps the text
 * at MIN_PORTRAIT_SCALE or larger, landscape for a wide sheet — and the header of its longest table
 * repeated on every page when that table runs past LONG_TABLE_ROWS. Only one set of rows can repeat, so a
 * second long table on the same sheet prints its own header once.
 */
export function printPlanOf(content: SheetContent): PrintPlan {
  const area = usedBounds(content);
  const width = areaWidthPoints(content, area.cols);
  const portrait = width * MIN_PORTRAIT_SCALE <= printableWidth('portrait');
  let longest: { header: number; rows: number } | undefined;
  for (const table of content.tables) {
    const r = parseRange(table.range);
    if (r.rows - 1 > LONG_TABLE_ROWS && r.rows - 1 > (longest?.rows ?? 0))
      longest = { header: r.row, rows: r.rows - 1 };
  }
  return {
    paper: 'A4',
    orientation: portrait ? 'portrait' : 'landscape',
    fitToWidth: true,
    area: rangeAddress(area.row, area.col, area.rows, area.cols),
    ...(longest ? { titleRows: { first: longest.header, last: longest.header } } : {}),
    margins: PRINT_MARGINS,
    centerHorizontally: true,
    // Language-free, so the same codes serve both locales: "复盘-概览 … 2 / 5".
    footer: { left: '&A', right: '&P / &N' },
  };
}

/**
 * The width in characters of `count` columns from `from` merged into one cell: their widths plus the
 * padding between them, which the merged cell uses for text too.
 */
export function mergedWidth(columnWidths: SheetContent['columnWidths'], from: number, count: number): number {
  const widths = new Map(columnWidths.map((c) => [c.col, c.width]));
  let pixels = 0;
  for (let col = from; col < from + count; col++)
    pixels += Math.trunc((widths.get(col) ?? DEFAULT_COLUMN_WIDTH) * 7 + 5);
  return (pixels - 5) / 7;
}
