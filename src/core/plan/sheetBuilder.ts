import { cellAddress, parseRange, rangeAddress } from './a1';
import { DEFAULT_COLUMN_WIDTH, mergedWidth, printPlanOf, usedBounds, type SheetContent } from './printLayout';
import { STYLES, TABLE_STYLE } from './theme';
import { LINE_POINTS, MAX_ROW_POINTS, textUnits, wrappedHeight } from './wrappedHeight';
import type {
  CellBlock,
  CellStyle,
  ChartPlan,
  ConditionalFormatPlan,
  NoteCellPlan,
  PlanCell,
  RangeFormat,
  SheetKey,
  SheetPlan,
  TablePlan,
} from './types';

/** Where a table landed, so charts, formulas and links can point at its cells. */
export interface PlacedTable {
  readonly name: string;
  /** 0-based row of the header. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** Number of data rows (may be 0). */
  readonly rows: number;
  readonly col: number;
  readonly columns: readonly string[];
  /** A1 address of the data cells of a column (by index), e.g. 'C5:C64'. */
  columnRange(index: number): string;
  /** A1 address of one data cell. */
  cell(row: number, column: number): string;
}

export interface TableSpec {
  /** Excel table name; unique in the workbook. */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Number format per column (undefined: General). */
  readonly formats?: readonly (string | undefined)[];
  readonly style?: string;
}

/**
 * Lays a sheet out top to bottom. Planners describe content ("a title, a section, a table"); the builder
 * tracks the next free row and turns it into cell blocks, formats and tables. Pure and deterministic.
 */
export class SheetBuilder {
  private row = 0;
  private readonly blocks: CellBlock[] = [];
  private readonly formats: RangeFormat[] = [];
  private readonly merges: string[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly conditionalFormats: ConditionalFormatPlan[] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly notes: NoteCellPlan[] = [];
  private readonly widths = new Map<number, number>();
  private readonly heights = new Map<number, number>();
  private freeze: SheetPlan['freeze'];
  private subtitle: { row: number; text: string } | undefined;

  constructor(
    readonly key: SheetKey,
    readonly name: string,
    private readonly tabColor?: string,
  ) {}

  get nextRow(): number {
    return this.row;
  }

  skip(rows = 1): this {
    this.row += rows;
    return this;
  }

  /** Writes cells at the cursor (or at an explicit position) and moves the cursor below them. */
  put(
    cells: readonly (readonly PlanCell[])[],
    col = 0,
    style?: CellStyle,
    numberFormat?: string,
  ): { row: number } {
    const row = this.row;
    this.putAt(row, col, cells, style, numberFormat);
    this.row = row + cells.length;
    return { row };
  }

  /** Writes cells at a fixed position without moving the cursor. */
  putAt(
    row: number,
    col: number,
    cells: readonly (readonly PlanCell[])[],
    style?: CellStyle,
    numberFormat?: string,
  ): void {
    // A loop, not Math.max(...): a block may hold every rejected row of a workbook, too many to spread.
    let width = 0;
    for (const r of cells) width = Math.max(width, r.length);
    if (cells.length === 0 || width === 0) return;
    const rect = cells.map((r) =>
      r.length === width ? r : [...r, ...Array<PlanCell>(width - r.length).fill(null)],
    );
    this.blocks.push({ row, col, cells: rect });
    if (style || numberFormat) this.format(rangeAddress(row, col, rect.length, width), numberFormat, style);
  }

  format(range: string, numberFormat?: string, style?: CellStyle): this {
    this.formats.push({ range, ...(numberFormat ? { numberFormat } : {}), ...(style ? { style } : {}) });
    return this;
  }

  title(text: string, subtitle?: string): this {
    this.put([[text]], 0, STYLES.title);
    if (subtitle) this.subtitle = { row: this.put([[subtitle]], 0, STYLES.subtitle).row, text: subtitle };
    return this.skip();
  }

  section(text: string, span = 6): this {
    const { row } = this.put([[text]], 0, STYLES.section);
    if (span > 1) this.format(rangeAddress(row, 1, 1, span - 1), undefined, STYLES.section);
    return this;
  }

  /** An Excel table with a styled header and per-column number formats; the cursor moves below it + 1. */
  table(spec: TableSpec, col = 0): PlacedTable {
    const headerRow = this.row;
    const width = spec.header.length;
    this.putAt(headerRow, col, [spec.header, ...spec.rows]);
    spec.formats?.forEach((fmt, i) => {
      if (fmt && spec.rows.length > 0)
        this.format(rangeAddress(headerRow + 1, col + i, spec.rows.length, 1), fmt);
    });
    // An Excel table needs at least one data row: an empty one keeps the header valid.
    const dataRows = Math.max(1, spec.rows.length);
    this.tables.push({
      name: spec.name,
      range: rangeAddress(headerRow, col, dataRows + 1, width),
      style: spec.style ?? TABLE_STYLE,
      showTotals: false,
      showFilterButtons: true,
    });
    this.row = headerRow + dataRows + 2;
    const rows = spec.rows.length;
    return {
      name: spec.name,
      headerRow,
      firstDataRow: headerRow + 1,
      rows,
      col,
      columns: spec.header,
      columnRange: (i) => rangeAddress(headerRow + 1, col + i, Math.max(1, rows), 1),
      cell: (r, c) => cellAddress(headerRow + 1 + r, col + c),
    };
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  conditional(format: ConditionalFormatPlan): this {
    this.conditionalFormats.push(format);
    return this;
  }

  chart(chart: ChartPlan): this {
    this.charts.push(chart);
    return this;
  }

  note(note: NoteCellPlan): this {
    this.notes.push(note);
    return this;
  }

  width(col: number, width: number): this {
    this.widths.set(col, width);
    return this;
  }

  height(row: number, points: number): this {
    this.heights.set(row, Math.max(points, this.heights.get(row) ?? 0));
    return this;
  }

  freezeAt(rows: number, columns = 0): this {
    this.freeze = { rows, columns };
    return this;
  }

  /**
   * Table headers wrap in their column, their row as tall as the longest needs: a header wider than its
   * column is otherwise cut by the next header cell, on screen and on paper.
   */
  private wrapTableHeaders(columnWidths: SheetContent['columnWidths']): void {
    const widths = new Map(columnWidths.map((c) => [c.col, c.width]));
    for (const table of this.tables) {
      const { row, col, cols } = parseRange(table.range);
      const header = this.blocks.find((b) => b.row === row && b.col === col)?.cells[0] ?? [];
      let height = 0;
      header.slice(0, cols).forEach((cell, i) => {
        const width = widths.get(col + i) ?? DEFAULT_COLUMN_WIDTH;
        if (typeof cell === 'string') height = Math.max(height, wrappedHeight(cell, width));
      });
      if (height <= LINE_POINTS) continue;
      this.format(rangeAddress(row, col, 1, cols), undefined, { wrap: true, vAlign: 'top' });
      this.height(row, height);
    }
  }

  /**
   * A text that runs on through empty cells past the sheet's last column would be cut at the print area's
   * edge (or run off the page): it wraps in its own column instead, its row as tall as it needs.
   */
  private wrapPastEdge(columnWidths: SheetContent['columnWidths'], cols: number): void {
    const filled = new Set<string>();
    for (const block of this.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null && cell !== '') filled.add(`${block.row + r},${block.col + c}`);
        }),
      );
    // A merged cell already wraps across its merge (the retro's sentences, the subtitle).
    const merged = new Set(this.merges.map((m) => m.split(':')[0]));
    const aligned = new Set<number>();
    const widths = new Map(columnWidths.map((c) => [c.col, c.width]));
    for (const block of this.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (typeof cell !== 'string') return;
          const row = block.row + r;
          const col = block.col + c;
          if (merged.has(cellAddress(row, col))) return;
          for (let next = col + 1; next < cols; next++) if (filled.has(`${row},${next}`)) return;
          if (textUnits(cell) <= mergedWidth(columnWidths, col, cols - col) - 2) return;
          // A text too long for Excel's tallest row (a cut cell's part) stays as it is.
          const height = wrappedHeight(cell, widths.get(col) ?? DEFAULT_COLUMN_WIDTH);
          if (height >= MAX_ROW_POINTS) return;
          // The whole row aligns to the top, so that its other cells stay level with the text's first line.
          if (!aligned.has(row)) this.format(rangeAddress(row, 0, 1, cols), undefined, { vAlign: 'top' });
          aligned.add(row);
          this.format(cellAddress(row, col), undefined, { wrap: true, vAlign: 'top' });
          this.height(row, height);
        }),
      );
    }
  }

  build(): SheetPlan {
    const columnWidths = [...this.widths.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([col, width]) => ({ col, width }));
    const content = (): SheetContent => ({
      blocks: this.blocks,
      tables: this.tables,
      charts: this.charts,
      merges: this.merges,
      columnWidths,
    });
    // The subtitle wraps across the sheet's width: past the print area's edge it would be cut on paper.
    const cols = usedBounds(content()).cols;
    if (this.subtitle && cols > 1) {
      const { row, text } = this.subtitle;
      this.merge(rangeAddress(row, 0, 1, cols));
      this.format(rangeAddress(row, 0, 1, cols), undefined, { wrap: true, vAlign: 'top' });
      this.height(row, wrappedHeight(text, mergedWidth(columnWidths, 0, cols)));
      this.subtitle = undefined;
    }
    this.wrapTableHeaders(columnWidths);
    this.wrapPastEdge(columnWidths, usedBounds(content()).cols);
    return {
      key: this.key,
      name: this.name,
      ...(this.tabColor ? { tabColor: this.tabColor } : {}),
      showGridlines: false,
      print: printPlanOf(content()),
      ...(this.freeze ? { freeze: this.freeze } : {}),
      ...(this.heights.size > 0
        ? {
            rowHeights: [...this.heights.entries()]
              .sort((a, b) => a[0] - b[0])
              .map(([row, height]) => ({ row, height })),
          }
        : {}),
      columnWidths,
      blocks: this.blocks,
      formats: this.formats,
      merges: this.merges,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      notes: this.notes,
    };
  }
}
