import type { CellValue, RawTable } from '../../core/model/raw';
import { detectHeader, HEADER_SEARCH_ROWS, isEmpty } from './detectHeader';
import type { TableDefinition } from './tableParts';

/** Gathers the rows of one table while a sheet streams by. */
export interface RowCollector {
  accept(row: number, columns: readonly number[], values: readonly CellValue[]): void;
  /** True once no later row can matter (lets the reader stop early). */
  readonly done: boolean;
  /** The table, or undefined when the rows held none. */
  finish(): RawTable | undefined;
}

/**
 * Data rows of a column span, stored densely from `firstRow`. Rows with nothing inside the span are left
 * as holes and become one shared empty row at the end, so a sparse sheet costs little.
 */
class SpanRows {
  private readonly rows: (CellValue[] | undefined)[] = [];
  private last = -1;

  constructor(
    readonly firstRow: number,
    readonly firstColumn: number,
    readonly width: number,
  ) {}

  add(row: number, columns: readonly number[], values: readonly CellValue[]): void {
    let target: CellValue[] | undefined;
    for (let i = 0; i < columns.length; i++) {
      const offset = (columns[i] as number) - this.firstColumn;
      if (offset < 0 || offset >= this.width) continue;
      if (!target) {
        target = new Array<CellValue>(this.width).fill(null);
        this.rows[row - this.firstRow] = target;
      }
      target[offset] = values[i] as CellValue;
    }
    if (target && row - this.firstRow > this.last) this.last = row - this.firstRow;
  }

  /** Rows up to the last one holding a value; `through` keeps rows up to that index even if empty. */
  take(through = -1): CellValue[][] {
    const count = Math.max(this.last, through) + 1;
    const empty = new Array<CellValue>(this.width).fill(null);
    const out = new Array<CellValue[]>(count);
    for (let i = 0; i < count; i++) out[i] = this.rows[i] ?? empty;
    return out;
  }
}

/** The rows of an Excel table (ListObject), from its definition. */
export class TableCollector implements RowCollector {
  private readonly data: SpanRows;
  private readonly lastDataRow: number;
  done = false;

  constructor(
    private readonly sheet: string,
    private readonly table: TableDefinition,
  ) {
    const { row, col, rows, cols } = table.bounds;
    this.data = new SpanRows(row + table.headerRowCount, col, cols);
    this.lastDataRow = row + rows - 1 - table.totalsRowCount;
  }

  accept(row: number, columns: readonly number[], values: readonly CellValue[]): void {
    if (row > this.lastDataRow) this.done = true;
    else if (row >= this.data.firstRow) this.data.add(row, columns, values);
  }

  finish(): RawTable {
    const { bounds, headerRowCount, columns, name } = this.table;
    const header: CellValue[] = Array.from({ length: bounds.cols }, (_, i) => columns[i] ?? null);
    return {
      source: {
        sheet: this.sheet,
        table: name,
        headerRow: bounds.row + headerRowCount,
        firstColumn: bounds.col,
      },
      header,
      rows: this.data.take(this.lastDataRow - this.data.firstRow),
    };
  }
}

/**
 * A plain range: buffers the first rows until it can tell which one is the header, then keeps the
 * header's columns of every row below it.
 */
export class RangeCollector implements RowCollector {
  private readonly probe: { row: number; cells: CellValue[] }[] = [];
  private header: { row: number; cells: CellValue[] } | undefined;
  private data: SpanRows | undefined;
  /** Set when the first rows held values but no header row. */
  noHeader = false;
  done = false;

  constructor(private readonly sheet: string) {}

  accept(row: number, columns: readonly number[], values: readonly CellValue[]): void {
    if (this.done) return;
    if (this.data) {
      this.data.add(row, columns, values);
      return;
    }
    let width = 0;
    for (const col of columns) width = Math.max(width, col + 1);
    const cells = new Array<CellValue>(width).fill(null);
    columns.forEach((col, i) => (cells[col] = values[i] as CellValue));
    this.probe.push({ row, cells });
    if (this.probe.length >= HEADER_SEARCH_ROWS) this.decide();
  }

  private decide(): void {
    const guess = detectHeader(this.probe.map((p) => p.cells));
    const header = guess ? this.probe[guess.index] : undefined;
    if (!guess || !header) {
      this.noHeader = this.probe.some((p) => p.cells.some((v) => !isEmpty(v)));
      this.done = true;
      this.probe.length = 0;
      return;
    }
    this.header = header;
    const width = guess.lastColumn - guess.firstColumn + 1;
    this.data = new SpanRows(header.row + 1, guess.firstColumn, width);
    for (const p of this.probe.slice(guess.index + 1)) {
      const columns: number[] = [];
      const values: CellValue[] = [];
      p.cells.forEach((v, col) => {
        if (v !== null) {
          columns.push(col);
          values.push(v);
        }
      });
      this.data.add(p.row, columns, values);
    }
    this.probe.length = 0;
  }

  finish(): RawTable | undefined {
    if (!this.data && !this.done) this.decide();
    const header = this.header;
    const data = this.data;
    if (!header || !data) return undefined;
    return {
      source: { sheet: this.sheet, headerRow: header.row + 1, firstColumn: data.firstColumn },
      header: header.cells.slice(data.firstColumn, data.firstColumn + data.width),
      rows: data.take(),
    };
  }
}
