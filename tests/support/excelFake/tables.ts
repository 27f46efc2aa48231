import { parseAddress, splitQualified } from './address';
import { fail } from './errors';
import { CollectionProxy, Proxy, type FakeContext } from './proxy';
import { RangeProxy, type RangeTarget } from './range';
import {
  findSheet,
  forEachCell,
  overlaps,
  readCell,
  writeCell,
  type Bounds,
  type SheetState,
  type TableState,
  type WorkbookState,
} from './state';
import { WorksheetProxy } from './worksheet';

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;
const TABLE_PROPS = ['name', 'id', 'style', 'showTotals', 'showFilterButton', 'showHeaders'];

/** Excel's rules for table and defined names (shared by both: they live in one namespace). */
export function checkWorkbookName(state: WorkbookState, name: unknown, self?: object): string {
  const ok =
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 255 &&
    /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  if (!ok) fail('InvalidArgument', `"${String(name)}" is not a valid name.`);
  const lower = name.toLowerCase();
  const clash =
    state.tables.some((t) => t !== self && t.name.toLowerCase() === lower) ||
    state.names.some((n) => n !== self && n.name.toLowerCase() === lower);
  if (clash) fail('ItemAlreadyExists', `The name "${name}" is already used.`);
  return name;
}

interface TablesTarget {
  readonly sheet?: SheetState;
}

export class TableCollectionProxy extends CollectionProxy<TablesTarget, TableState, TableProxy> {
  constructor(context: FakeContext, path: string, resolver: () => TablesTarget) {
    super(context, path, resolver);
  }
  private get state(): WorkbookState {
    return this.context.core.state;
  }
  protected override itemsOf(target: TablesTarget): readonly TableState[] {
    return this.state.tables.filter((t) => !target.sheet || t.sheet === target.sheet);
  }
  protected override itemProxy(item: TableState, i: number): TableProxy {
    return new TableProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return TABLE_PROPS;
  }

  /** Over a whole 2-D block already written: the header row becomes unique text, as Excel makes it. */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    const described = typeof address === 'string' ? address : address.path;
    return new TableProxy(this.context, `${this.path}.add(${described})`, () => {
      if (!hasHeaders)
        fail('UnsupportedOperation', 'The fake models tables.add with hasHeaders = true only.');
      const range = this.rangeOf(address);
      const { sheet, bounds } = range;
      if (this.state.tables.some((t) => t.sheet === sheet && overlaps(t.bounds, bounds))) {
        fail('InvalidOperation', 'A table cannot overlap another table.');
      }
      if (sheet.merges.some((m) => overlaps(m, bounds))) {
        fail('InvalidOperation', 'A table cannot overlap merged cells.');
      }
      const tableBounds: Bounds = bounds.rows === 1 ? { ...bounds, rows: 2 } : bounds;
      uniqueHeaders(sheet, tableBounds);
      let n = this.state.tables.length + 1;
      while (this.state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      const table: TableState = {
        id: this.state.nextId++,
        name: `Table${n}`,
        sheet,
        bounds: tableBounds,
        style: 'TableStyleMedium2',
        showTotals: false,
        showFilterButton: true,
        showHeaders: true,
      };
      this.state.tables.push(table);
      return table;
    }).made();
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.context, `${this.path}.getItem(${name})`, () => this.find(name)).made();
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.context, `${this.path}.getItemOrNullObject(${name})`, () =>
      this.find(name),
    ).made(true);
  }
  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, `${this.path}.getItemAt(${index})`, () => {
      const item = this.itemsOf(this.target())[index];
      if (!item) fail('ItemNotFound', `No table at ${index}.`);
      return item;
    }).made();
  }

  private find(name: string): TableState | null {
    const lower = name.toLowerCase();
    return this.itemsOf(this.target()).find((t) => t.name.toLowerCase() === lower) ?? null;
  }

  private rangeOf(address: string | RangeProxy): RangeTarget {
    if (typeof address !== 'string') return address.target();
    const { sheet: sheetName, address: local } = splitQualified(address);
    const sheet = sheetName === undefined ? this.target().sheet : findSheet(this.state, sheetName);
    if (!sheet) fail('InvalidArgument', `No sheet for the table address ${address}.`);
    return { sheet, bounds: parseAddress(local) };
  }
}

function uniqueHeaders(sheet: SheetState, bounds: Bounds): void {
  const seen = new Set<string>();
  forEachCell({ ...bounds, rows: 1 }, (row, col, _i, j) => {
    const content = readCell(sheet, row, col)?.content;
    let text = content === undefined ? '' : content.t === 'formula' ? String(content.v) : String(content.v);
    if (text === '') text = `Column${j + 1}`;
    let unique = text;
    for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${text}${k}`;
    seen.add(unique.toLowerCase());
    if (content?.t !== 'text' || content.v !== unique)
      writeCell(sheet, row, col).content = { t: 'text', v: unique };
  });
}

export class TableProxy extends Proxy<TableState> {
  constructor(context: FakeContext, path: string, resolver: () => TableState | null) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return TABLE_PROPS;
  }
  protected override snapshot(t: TableState, prop: string): unknown {
    const values: Record<string, unknown> = {
      name: t.name,
      id: String(t.id),
      style: t.style,
      showTotals: t.showTotals,
      showFilterButton: t.showFilterButton,
      showHeaders: t.showHeaders,
    };
    if (!(prop in values)) fail('InvalidArgument', `Table has no property ${prop}.`);
    return values[prop];
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.setProp('name', value, (t) => (t.name = checkWorkbookName(this.context.core.state, value, t)));
  }
  get style(): string {
    return this.loaded('style');
  }
  set style(value: string) {
    this.setProp('style', value, (t) => {
      if (value !== '' && !TABLE_STYLE.test(value)) fail('InvalidArgument', `Unknown table style ${value}.`);
      t.style = value;
    });
  }
  get showTotals(): boolean {
    return this.loaded('showTotals');
  }
  set showTotals(value: boolean) {
    this.setProp('showTotals', value, (t) => {
      if (value !== t.showTotals) t.bounds = { ...t.bounds, rows: t.bounds.rows + (value ? 1 : -1) };
      t.showTotals = value;
    });
  }
  get showFilterButton(): boolean {
    return this.loaded('showFilterButton');
  }
  set showFilterButton(value: boolean) {
    this.setProp('showFilterButton', value, (t) => (t.showFilterButton = value));
  }
  get showHeaders(): boolean {
    return this.loaded('showHeaders');
  }

  private rangeProxy(method: string, fn: (t: TableState) => Bounds): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${method}()`, () => {
      const t = this.target();
      return { sheet: t.sheet, bounds: fn(t) };
    }).made();
  }
  getRange(): RangeProxy {
    return this.rangeProxy('getRange', (t) => t.bounds);
  }
  getHeaderRowRange(): RangeProxy {
    return this.rangeProxy('getHeaderRowRange', (t) => ({ ...t.bounds, rows: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.rangeProxy('getDataBodyRange', (t) => ({
      ...t.bounds,
      row: t.bounds.row + 1,
      rows: Math.max(1, t.bounds.rows - 1 - (t.showTotals ? 1 : 0)),
    }));
  }
  get rows(): TableRowCollectionProxy {
    return new TableRowCollectionProxy(this.context, `${this.path}.rows`, () => this.target());
  }
  get columns(): TableColumnCollectionProxy {
    return new TableColumnCollectionProxy(this.context, `${this.path}.columns`, () => this.target());
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.worksheet`, () => this.target().sheet);
  }
  convertToRange(): void {
    this.invoke('convertToRange', [], (t) => this.remove(t));
  }
  delete(): void {
    this.invoke('delete', [], (t) => {
      forEachCell(t.bounds, (row, col) => {
        const cell = readCell(t.sheet, row, col);
        if (cell?.content) writeCell(t.sheet, row, col).content = undefined;
      });
      this.remove(t);
    });
  }
  private remove(t: TableState): void {
    const tables = this.context.core.state.tables;
    tables.splice(tables.indexOf(t), 1);
  }
}

export class TableRowCollectionProxy extends Proxy<TableState> {
  constructor(context: FakeContext, path: string, resolver: () => TableState) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['count'];
  }
  protected override snapshot(t: TableState): unknown {
    return t.bounds.rows - 1 - (t.showTotals ? 1 : 0);
  }
  get count(): number {
    return this.loaded('count');
  }
  add(): never {
    throw new Error(
      'The fake does not model TableRowCollection.add: write a 2-D array and call tables.add over it.',
    );
  }
}

interface ColumnTarget {
  readonly table: TableState;
  readonly index: number;
}

export class TableColumnProxy extends Proxy<ColumnTarget> {
  constructor(context: FakeContext, path: string, resolver: () => ColumnTarget) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['name', 'index'];
  }
  protected override snapshot(t: ColumnTarget, prop: string): unknown {
    if (prop === 'index') return t.index;
    const content = readCell(t.table.sheet, t.table.bounds.row, t.table.bounds.col + t.index)?.content;
    return content === undefined ? '' : String(content.v);
  }
  get name(): string {
    return this.loaded('name');
  }
}

export class TableColumnCollectionProxy extends CollectionProxy<TableState, ColumnTarget, TableColumnProxy> {
  constructor(context: FakeContext, path: string, resolver: () => TableState) {
    super(context, path, resolver);
  }
  protected override itemsOf(t: TableState): readonly ColumnTarget[] {
    return Array.from({ length: t.bounds.cols }, (_, index) => ({ table: t, index }));
  }
  protected override itemProxy(item: ColumnTarget, i: number): TableColumnProxy {
    return new TableColumnProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return ['name', 'index'];
  }
}
