import { a1, checked, parseAddress, qualified } from './address';
import { enterInput, formulaOf, valueOf, type CellContent } from './cellInput';
import { ConditionalFormatCollectionProxy } from './conditionalFormats';
import { fail } from './errors';
import { RangeFormatProxy } from './rangeFormat';
import { Proxy, type FakeContext } from './proxy';
import {
  cellKey,
  forEachCell,
  overlaps,
  readCell,
  writeCell,
  type Bounds,
  type Cell,
  type Hyperlink,
  type SheetState,
} from './state';
import { WorksheetProxy } from './worksheet';

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly bounds: Bounds;
}

const PROPS = [
  'address',
  'addressLocal',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'cellCount',
  'values',
  'formulas',
  'numberFormat',
  'text',
  'valueTypes',
] as const;

const BIG_PROPS = new Set(['values', 'formulas', 'numberFormat', 'text', 'valueTypes']);

export class RangeProxy extends Proxy<RangeTarget> {
  constructor(context: FakeContext, path: string, resolver: () => RangeTarget | null) {
    super(context, path, resolver);
  }

  protected override scalarProps(): readonly string[] {
    return PROPS;
  }

  protected override snapshot(target: RangeTarget, prop: string): unknown {
    const { sheet, bounds } = target;
    if (BIG_PROPS.has(prop)) {
      const cells = bounds.rows * bounds.cols;
      if (cells > this.context.core.limits.readCells) {
        fail('RangeExceedsLimit', `Reading ${prop} of ${cells} cells exceeds the limit.`);
      }
    }
    switch (prop) {
      case 'address':
      case 'addressLocal':
        return qualified(sheet.name, bounds);
      case 'rowIndex':
        return bounds.row;
      case 'columnIndex':
        return bounds.col;
      case 'rowCount':
        return bounds.rows;
      case 'columnCount':
        return bounds.cols;
      case 'cellCount':
        return bounds.rows * bounds.cols;
      case 'values':
        return matrix(target, (cell) => valueOf(cell?.content));
      case 'formulas':
        return matrix(target, (cell) => formulaOf(cell?.content));
      case 'numberFormat':
        return matrix(target, (cell) => cell?.numberFormat ?? 'General');
      case 'text':
        return matrix(target, (cell) => String(valueOf(cell?.content)));
      case 'valueTypes':
        return matrix(target, (cell) => valueType(cell?.content));
      default:
        return fail('InvalidArgument', `Range has no property ${prop}.`);
    }
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get cellCount(): number {
    return this.loaded('cellCount');
  }
  get text(): string[][] {
    return this.loaded('text');
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(input: unknown[][]) {
    this.setProp('values', input, (target) => enterMatrix(target, input));
  }

  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(input: unknown[][]) {
    this.setProp('formulas', input, (target) => enterMatrix(target, input));
  }

  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.setProp('numberFormat', input, (target) => {
      checkShape(target.bounds, input);
      forEachCell(target.bounds, (row, col, i, j) => {
        const code = input[i]?.[j];
        if (code === null) return;
        if (typeof code !== 'string') fail('InvalidArgument', 'A number format must be a string.');
        writeCell(target.sheet, row, col).numberFormat = code === 'General' || code === '' ? undefined : code;
      });
    });
  }

  set hyperlink(link: Hyperlink) {
    this.setProp('hyperlink', link, (target) => {
      if (typeof link !== 'object' || link === null)
        fail('InvalidArgument', 'A hyperlink must be an object.');
      if (!link.address && !link.documentReference) fail('InvalidArgument', 'A hyperlink needs a target.');
      const cell = writeCell(target.sheet, target.bounds.row, target.bounds.col);
      cell.hyperlink = { ...link };
      if (typeof link.textToDisplay === 'string') cell.content = { t: 'text', v: link.textToDisplay };
    });
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.context, `${this.path}.format`, () => this.target());
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.context, `${this.path}.conditionalFormats`, () =>
      this.target(),
    );
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.worksheet`, () => this.target().sheet);
  }

  getCell(row: number, col: number): RangeProxy {
    return this.sub(`getCell(${row},${col})`, (b) => ({
      row: b.row + row,
      col: b.col + col,
      rows: 1,
      cols: 1,
    }));
  }

  getRow(row: number): RangeProxy {
    return this.sub(`getRow(${row})`, (b) => ({ row: b.row + row, col: b.col, rows: 1, cols: b.cols }));
  }

  /** The smallest range holding this one and `other` (same sheet); Office.js's own client uses it. */
  getBoundingRect(other: RangeProxy | string): RangeProxy {
    const described = typeof other === 'string' ? other : other.path;
    return this.sub(`getBoundingRect(${described})`, (b) => {
      const o = typeof other === 'string' ? parseAddress(other) : other.target().bounds;
      const row = Math.min(b.row, o.row);
      const col = Math.min(b.col, o.col);
      return {
        row,
        col,
        rows: Math.max(b.row + b.rows, o.row + o.rows) - row,
        cols: Math.max(b.col + b.cols, o.col + o.cols) - col,
      };
    });
  }

  getColumn(col: number): RangeProxy {
    return this.sub(`getColumn(${col})`, (b) => ({ row: b.row, col: b.col + col, rows: b.rows, cols: 1 }));
  }

  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return this.sub(`getResizedRange(${deltaRows},${deltaCols})`, (b) => ({
      ...b,
      rows: b.rows + deltaRows,
      cols: b.cols + deltaCols,
    }));
  }

  getOffsetRange(rowOffset: number, colOffset: number): RangeProxy {
    return this.sub(`getOffsetRange(${rowOffset},${colOffset})`, (b) => ({
      ...b,
      row: b.row + rowOffset,
      col: b.col + colOffset,
    }));
  }

  private sub(method: string, fn: (b: Bounds) => Bounds): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${method}`, () => {
      const target = this.target();
      return { sheet: target.sheet, bounds: checked(fn(target.bounds)) };
    }).made();
  }

  merge(across = false): void {
    this.invoke('merge', [across], (target) => {
      const { bounds, sheet } = target;
      const parts: Bounds[] = across
        ? Array.from({ length: bounds.rows }, (_, i) => ({ ...bounds, row: bounds.row + i, rows: 1 }))
        : [bounds];
      for (const part of parts) {
        if (part.rows * part.cols === 1) continue;
        if (sheet.merges.some((m) => overlaps(m, part))) {
          fail('InvalidOperation', `${a1(part)} overlaps a merged area (MergedRangeConflict).`);
        }
        forEachCell(part, (row, col) => {
          if (row === part.row && col === part.col) return;
          const cell = readCell(sheet, row, col);
          if (cell?.content) writeCell(sheet, row, col).content = undefined;
        });
        sheet.merges.push(part);
      }
    });
  }

  unmerge(): void {
    this.invoke('unmerge', [], (target) => {
      target.sheet.merges = target.sheet.merges.filter((m) => !overlaps(m, target.bounds));
    });
  }

  clear(): void {
    this.invoke('clear', [], (target) => {
      forEachCell(target.bounds, (row, col) => target.sheet.cells.delete(cellKey(row, col)));
    });
  }
}

function matrix<V>(target: RangeTarget, fn: (cell: Cell | undefined) => V): V[][] {
  const { sheet, bounds } = target;
  const out: V[][] = [];
  for (let i = 0; i < bounds.rows; i++) {
    const row: V[] = [];
    for (let j = 0; j < bounds.cols; j++) row.push(fn(readCell(sheet, bounds.row + i, bounds.col + j)));
    out.push(row);
  }
  return out;
}

function valueType(content: CellContent | undefined): string {
  if (content === undefined) return 'Empty';
  const value = content.v;
  if (content.t === 'error') return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return value === '' ? 'Empty' : 'String';
}

function checkShape(bounds: Bounds, input: unknown): asserts input is unknown[][] {
  const ok =
    Array.isArray(input) &&
    input.length === bounds.rows &&
    input.every((row) => Array.isArray(row) && row.length === bounds.cols);
  if (!ok) {
    fail(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range ` +
        `(${bounds.rows}×${bounds.cols}).`,
    );
  }
}

function enterMatrix(target: RangeTarget, input: unknown[][]): void {
  checkShape(target.bounds, input);
  const { sheet } = target;
  forEachCell(target.bounds, (row, col, i, j) => {
    const existing = readCell(sheet, row, col);
    const entered = enterInput(input[i]?.[j], existing?.numberFormat ?? 'General');
    if (entered === undefined) return;
    if (entered === null && existing === undefined) return;
    writeCell(sheet, row, col).content = entered ?? undefined;
  });
}
