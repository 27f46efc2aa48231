import { splitSheetBlocks, type SheetBlock } from '../../core/ingest/blocks/splitSheetBlocks';
import type { CellValue, RawTable } from '../../core/model/raw';
import { cellAddress } from '../../core/plan/a1';
import { RangeCollector } from './collectors';
import { HEADER_SEARCH_ROWS } from './detectHeader';

/** The rows of one block: a plain range under its detected header, or label | value pairs from its first row. */
interface BlockRows {
  accept(row: number, columns: readonly number[], values: readonly CellValue[]): void;
  readonly done: boolean;
  readonly noHeader: boolean;
  finish(): RawTable | undefined;
}

/**
 * A sheet without Excel tables, as one or more blocks. It buffers the first HEADER_SEARCH_ROWS non-empty
 * rows, splits them into blocks (splitSheetBlocks: a label–value block above or beside a table, a phase
 * table below it…), then hands each later row to the open blocks, column span by column span: the sheet
 * is streamed once. A sheet of one block reads exactly as a single RangeCollector would.
 */
export class SheetRangeCollector {
  private readonly probe: { row: number; cells: CellValue[] }[] = [];
  private parts: { block: SheetBlock | null; rows: BlockRows }[] | undefined;
  private open: { block: SheetBlock | null; rows: BlockRows }[] = [];

  constructor(private readonly sheet: string) {}

  get done(): boolean {
    return this.parts !== undefined && this.open.every((p) => p.rows.done);
  }

  /** Set when a block's first rows held values but no header row. */
  get noHeader(): boolean {
    return this.parts?.some((p) => p.rows.noHeader) ?? false;
  }

  accept(row: number, columns: readonly number[], values: readonly CellValue[]): void {
    if (this.parts !== undefined) {
      for (const part of this.open) if (!part.rows.done) feed(part, row, columns, values);
      return;
    }
    let width = 0;
    for (const col of columns) width = Math.max(width, col + 1);
    const cells = new Array<CellValue>(width).fill(null);
    columns.forEach((col, i) => (cells[col] = values[i] as CellValue));
    this.probe.push({ row, cells });
    if (this.probe.length >= HEADER_SEARCH_ROWS) this.decide(true);
  }

  private decide(more: boolean): void {
    // The probe's rows with one blank row wherever it skipped some: blocks only need to see that a gap is
    // there, and a long run of empty rows then costs nothing. `rowOf` maps grid rows back to the sheet's.
    const grid: CellValue[][] = [];
    const rowOf: number[] = [];
    for (const p of this.probe) {
      const previous = rowOf[rowOf.length - 1];
      if (previous !== undefined && p.row > previous + 1) {
        grid.push([]);
        rowOf.push(previous + 1);
      }
      grid.push(p.cells);
      rowOf.push(p.row);
    }
    const blocks = splitSheetBlocks(grid, more);
    const single = blocks.length <= 1 && blocks[0]?.layout !== 'labelValue';
    const sheetRows = (b: SheetBlock): SheetBlock => ({
      ...b,
      top: rowOf[b.top] ?? 0,
      bottom: (rowOf[b.bottom - 1] ?? 0) + 1,
    });
    this.parts = single
      ? [{ block: null, rows: new RangeCollector(this.sheet) }]
      : blocks.map((b) => {
          const block = sheetRows(b);
          return { block, rows: this.blockRows(block, blocks.length > 1) };
        });
    for (const p of this.probe) {
      const columns: number[] = [];
      const values: CellValue[] = [];
      p.cells.forEach((v, col) => {
        if (v !== null) {
          columns.push(col);
          values.push(v);
        }
      });
      for (const part of this.parts) feed(part, p.row, columns, values, true);
    }
    this.probe.length = 0;
    this.open = this.parts.filter((p) => p.block === null || p.block.open);
  }

  private blockRows(block: SheetBlock, several: boolean): BlockRows {
    // Blocks are named only to tell the blocks of one sheet apart.
    const address = several ? cellAddress(block.top, block.left) : undefined;
    return block.layout === 'labelValue'
      ? new LabelValueRows(this.sheet, address)
      : named(new RangeCollector(this.sheet), address);
  }

  /** Every table of the sheet, top to bottom and left to right. */
  finish(): RawTable[] {
    if (this.parts === undefined) this.decide(false);
    const out: RawTable[] = [];
    for (const part of this.parts ?? []) {
      const table = part.rows.finish();
      if (table) out.push(table);
    }
    return out;
  }
}

/** Passes the cells of `row` inside the part's block to it; a probe row also only when inside its rows. */
function feed(
  part: { block: SheetBlock | null; rows: BlockRows },
  row: number,
  columns: readonly number[],
  values: readonly CellValue[],
  probing = false,
): void {
  const block = part.block;
  if (block === null) {
    part.rows.accept(row, columns, values);
    return;
  }
  if (row < block.top || (probing && row >= block.bottom)) return;
  const inColumns: number[] = [];
  const inValues: CellValue[] = [];
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i] as number;
    if (col >= block.left && col < block.right) {
      inColumns.push(col);
      inValues.push(values[i] as CellValue);
    }
  }
  if (inColumns.length > 0) part.rows.accept(row, inColumns, inValues);
}

/** A RangeCollector whose table carries the block's address. */
function named(range: RangeCollector, block: string | undefined): BlockRows {
  return {
    accept: (row, columns, values) => range.accept(row, columns, values),
    get done() {
      return range.done;
    },
    get noHeader() {
      return range.noHeader;
    },
    finish: () => {
      const table = range.finish();
      return table && (block === undefined ? table : { ...table, source: { ...table.source, block } });
    },
  };
}

/** A label–value block: every row is a pair, so its first row is the "header" and no row is skipped. */
class LabelValueRows implements BlockRows {
  private readonly rows: { row: number; cells: CellValue[] }[] = [];
  private left = Number.POSITIVE_INFINITY;
  private right = 0;
  readonly done = false;
  readonly noHeader = false;

  constructor(
    private readonly sheet: string,
    private readonly block: string | undefined,
  ) {}

  accept(row: number, columns: readonly number[], values: readonly CellValue[]): void {
    const cells: CellValue[] = [];
    columns.forEach((col, i) => {
      cells[col] = values[i] as CellValue;
      this.left = Math.min(this.left, col);
      this.right = Math.max(this.right, col + 1);
    });
    this.rows.push({ row, cells });
  }

  finish(): RawTable | undefined {
    const first = this.rows[0];
    if (first === undefined) return undefined;
    const dense = (cells: CellValue[]): CellValue[] =>
      Array.from({ length: this.right - this.left }, (_, j) => cells[this.left + j] ?? null);
    const rows: CellValue[][] = [];
    for (const { row, cells } of this.rows.slice(1)) {
      // Blank rows inside the block keep their place, so row numbers stay the sheet's.
      while (rows.length < row - first.row - 1) rows.push(dense([]));
      rows.push(dense(cells));
    }
    return {
      source: {
        sheet: this.sheet,
        headerRow: first.row + 1,
        firstColumn: this.left,
        ...(this.block === undefined ? {} : { block: this.block }),
      },
      header: dense(first.cells),
      rows,
    };
  }
}
