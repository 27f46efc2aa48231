import { parseAddress, checked } from './address';
import { ChartCollectionProxy } from './charts';
import { fail } from './errors';
import { CollectionProxy, Proxy, type FakeContext } from './proxy';
import { RangeProxy } from './range';
import { checkColor } from './rangeFormat';
import {
  checkSheetName,
  liveSheets,
  MAX_COLUMNS,
  MAX_ROWS,
  newSheet,
  findSheet,
  usedBounds,
  type SheetState,
  type WorkbookState,
} from './state';
import { TableCollectionProxy } from './tables';

/** The paper sizes Fupan may set (Excel.PaperType has more). */
const PAPER_SIZES = new Set(['A4', 'Letter', 'A3', 'Legal']);

interface FakePageLayout {
  orientation: string;
  zoom: Excel.PageLayoutZoomOptions;
  paperSize: string;
  centerHorizontally: boolean;
  setPrintMargins(unit: string, options: Excel.PageLayoutMarginOptions): void;
  setPrintArea(address: string): void;
  setPrintTitleRows(address: string): void;
  headersFooters: {
    defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string };
  };
}

const SHEET_PROPS = ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines'];

export class WorksheetProxy extends Proxy<SheetState> {
  constructor(context: FakeContext, path: string, resolver: () => SheetState | null) {
    super(context, path, resolver);
  }

  protected override scalarProps(): readonly string[] {
    return SHEET_PROPS;
  }

  protected override snapshot(sheet: SheetState, prop: string): unknown {
    switch (prop) {
      case 'name':
        return sheet.name;
      case 'id':
        return `{sheet-${sheet.id}}`;
      case 'position':
        return liveSheets(this.context.core.state).indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
      case 'showGridlines':
        return sheet.showGridlines;
      default:
        return fail('InvalidArgument', `Worksheet has no property ${prop}.`);
    }
  }

  private live(): SheetState {
    const sheet = this.target();
    if (sheet.deleted) fail('InvalidOperation', `The sheet "${sheet.name}" was deleted.`);
    return sheet;
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.setProp('name', value, () => {
      this.context.undoable('Worksheet.name');
      const sheet = this.live();
      sheet.name = checkSheetName(this.context.core.state, value, sheet);
    });
  }
  get id(): string {
    return this.loaded('id');
  }
  get position(): number {
    return this.loaded('position');
  }
  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.setProp('visibility', value, () => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value))
        fail('InvalidArgument', `Bad visibility ${value}.`);
      this.live().visibility = value;
    });
  }
  get tabColor(): string {
    return this.loaded('tabColor');
  }
  set tabColor(value: string) {
    this.setProp('tabColor', value, () => {
      this.context.requireApi(7, 'Worksheet.tabColor');
      this.live().tabColor = value === '' ? '' : checkColor(value);
    });
  }
  get showGridlines(): boolean {
    return this.loaded('showGridlines');
  }
  set showGridlines(value: boolean) {
    this.setProp('showGridlines', value, () => {
      this.context.requireApi(8, 'Worksheet.showGridlines');
      this.live().showGridlines = Boolean(value);
    });
  }

  /**
   * Write-only page layout (ExcelApi 1.9), enough for what Fupan sets: orientation, zoom, paper size,
   * centring, margins, print area, title rows (whole rows only, as Office.js requires) and the footers.
   */
  get pageLayout(): FakePageLayout {
    const set = (prop: string, value: unknown, apply: (sheet: SheetState) => void) =>
      this.setProp(`pageLayout.${prop}`, value, () => {
        this.context.requireApi(9, 'Worksheet.pageLayout');
        apply(this.live());
      });
    const call = (method: string, args: unknown[], apply: (sheet: SheetState) => void) =>
      this.invoke(`pageLayout.${method}`, args, () => {
        this.context.requireApi(9, `PageLayout.${method}`);
        apply(this.live());
      });
    const writeOnly = (): never => fail('PropertyNotLoaded', 'pageLayout is write-only in this fake.');
    const footer = (side: 'left' | 'center' | 'right') => (value: string) =>
      set(`headersFooters.defaultForAllPages.${side}Footer`, value, (sheet) => {
        sheet.pageLayout.footer = { ...sheet.pageLayout.footer, [side]: value };
      });
    return {
      set orientation(value: string) {
        if (value !== 'Landscape' && value !== 'Portrait')
          fail('InvalidArgument', `Bad orientation ${value}.`);
        set('orientation', value, (sheet) => (sheet.pageLayout.orientation = value));
      },
      get orientation(): string {
        return writeOnly();
      },
      set zoom(value: Excel.PageLayoutZoomOptions) {
        set('zoom', value, (sheet) => (sheet.pageLayout.zoom = { ...value }));
      },
      get zoom(): Excel.PageLayoutZoomOptions {
        return writeOnly();
      },
      set paperSize(value: string) {
        if (!PAPER_SIZES.has(value)) fail('InvalidArgument', `Bad paper size ${value}.`);
        set('paperSize', value, (sheet) => (sheet.pageLayout.paperSize = value));
      },
      get paperSize(): string {
        return writeOnly();
      },
      set centerHorizontally(value: boolean) {
        set('centerHorizontally', value, (sheet) => (sheet.pageLayout.centerHorizontally = Boolean(value)));
      },
      get centerHorizontally(): boolean {
        return writeOnly();
      },
      setPrintMargins(unit: string, options: Excel.PageLayoutMarginOptions) {
        const points = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 }[unit];
        if (points === undefined) fail('InvalidArgument', `Bad margin unit ${unit}.`);
        call('setPrintMargins', [unit, options], (sheet) => {
          const margins = { ...sheet.pageLayout.margins };
          for (const [side, value] of Object.entries(options) as [keyof typeof margins, number][])
            margins[side] = value * (points as number);
          sheet.pageLayout.margins = margins;
        });
      },
      setPrintArea(address: string) {
        call('setPrintArea', [address], (sheet) => (sheet.pageLayout.printArea = parseAddress(address)));
      },
      setPrintTitleRows(address: string) {
        call('setPrintTitleRows', [address], (sheet) => {
          const bounds = parseAddress(address);
          if (bounds.cols !== MAX_COLUMNS)
            fail('InvalidArgument', `Print title rows must be whole rows, not ${address}.`);
          sheet.pageLayout.printTitleRows = { first: bounds.row, last: bounds.row + bounds.rows - 1 };
        });
      },
      headersFooters: {
        defaultForAllPages: {
          set leftFooter(value: string) {
            footer('left')(value);
          },
          set centerFooter(value: string) {
            footer('center')(value);
          },
          set rightFooter(value: string) {
            footer('right')(value);
          },
        },
      },
    };
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange(${address ?? ''})`, () => ({
      sheet: this.live(),
      bounds:
        address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } : parseAddress(address),
    })).made();
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`,
      () => ({
        sheet: this.live(),
        bounds: checked({ row, col, rows, cols }),
      }),
    ).made();
  }

  getCell(row: number, col: number): RangeProxy {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.live();
      return { sheet, bounds: usedBounds(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    }).made();
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const sheet = this.live();
      const bounds = usedBounds(sheet, valuesOnly);
      return bounds ? { sheet, bounds } : null;
    }).made(true);
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.context, `${this.path}.tables`, () => ({ sheet: this.live() }));
  }

  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, `${this.path}.charts`, () => this.live());
  }

  get customProperties(): CustomPropertyCollectionProxy {
    return new CustomPropertyCollectionProxy(this.context, `${this.path}.customProperties`, () => {
      this.context.requireApi(12, 'Worksheet.customProperties');
      return this.live();
    });
  }

  get freezePanes(): FreezePanesProxy {
    return new FreezePanesProxy(this.context, `${this.path}.freezePanes`, () => this.live());
  }

  activate(): void {
    this.invoke('activate', [], () => {
      const sheet = this.live();
      if (!this.context.core.workbookActive) {
        fail('InactiveWorkbook', 'Multiple workbooks are open and this one has lost focus.');
      }
      if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.core.state.activeSheet = sheet;
    });
  }

  delete(): void {
    this.invoke('delete', [], () => {
      this.context.undoable('Worksheet.delete');
      const sheet = this.live();
      const state = this.context.core.state;
      const visible = liveSheets(state).filter((s) => s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) {
        fail('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      sheet.deleted = true;
      state.tables.splice(0, state.tables.length, ...state.tables.filter((t) => t.sheet !== sheet));
      if (state.activeSheet === sheet)
        state.activeSheet = liveSheets(state).find((s) => s.visibility === 'Visible');
    });
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<WorkbookState, SheetState, WorksheetProxy> {
  constructor(context: FakeContext, path: string, resolver: () => WorkbookState) {
    super(context, path, resolver);
  }
  protected override itemsOf(target: WorkbookState): readonly SheetState[] {
    return liveSheets(target);
  }
  protected override itemProxy(item: SheetState, i: number): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return SHEET_PROPS;
  }

  add(name?: string): WorksheetProxy {
    const state = this.context.core.state;
    return new WorksheetProxy(this.context, `${this.path}.add(${name ?? ''})`, () => {
      let sheetName = name;
      if (sheetName === undefined) {
        let n = liveSheets(state).length + 1;
        while (findSheet(state, `Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      return newSheet(state, sheetName);
    }).made();
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getItem(${key})`, () => this.find(key)).made();
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getItemOrNullObject(${key})`, () =>
      this.find(key),
    ).made(true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getActiveWorksheet()`, () => {
      const active = this.context.core.state.activeSheet;
      if (!active) fail('ItemNotFound', 'No active sheet.');
      return active;
    }).made();
  }

  private find(key: string): SheetState | null {
    const state = this.context.core.state;
    return findSheet(state, key) ?? liveSheets(state).find((s) => `{sheet-${s.id}}` === key) ?? null;
  }
}

interface PropertyTarget {
  readonly sheet: SheetState;
  readonly key: string;
}

export class CustomPropertyProxy extends Proxy<PropertyTarget> {
  constructor(context: FakeContext, path: string, resolver: () => PropertyTarget | null) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['key', 'value'];
  }
  protected override snapshot(t: PropertyTarget, prop: string): unknown {
    const entry = t.sheet.customProperties.get(t.key.toLowerCase());
    return prop === 'key' ? entry?.key : entry?.value;
  }
  get key(): string {
    return this.loaded('key');
  }
  get value(): string {
    return this.loaded('value');
  }
  delete(): void {
    this.invoke('delete', [], (t) => t.sheet.customProperties.delete(t.key.toLowerCase()));
  }
}

export class CustomPropertyCollectionProxy extends CollectionProxy<
  SheetState,
  PropertyTarget,
  CustomPropertyProxy
> {
  constructor(context: FakeContext, path: string, resolver: () => SheetState) {
    super(context, path, resolver);
  }
  protected override itemsOf(sheet: SheetState): readonly PropertyTarget[] {
    return [...sheet.customProperties.values()].map((p) => ({ sheet, key: p.key }));
  }
  protected override itemProxy(item: PropertyTarget, i: number): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return ['key', 'value'];
  }
  /** Adds or overwrites (as the docs say) a property; keys are case-insensitive, at most 255 characters. */
  add(key: string, value: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, `${this.path}.add(${key})`, () => {
      const sheet = this.target();
      if (typeof key !== 'string' || key.length === 0 || key.length > 255)
        fail('InvalidArgument', 'Bad key.');
      if (typeof value !== 'string')
        fail('InvalidArgument', 'A worksheet custom property value is a string.');
      sheet.customProperties.set(key.toLowerCase(), { key, value });
      return { sheet, key };
    }).made();
  }
  getItem(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, `${this.path}.getItem(${key})`, () => this.find(key)).made();
  }
  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, `${this.path}.getItemOrNullObject(${key})`, () =>
      this.find(key),
    ).made(true);
  }
  private find(key: string): PropertyTarget | null {
    const sheet = this.target();
    return sheet.customProperties.has(key.toLowerCase()) ? { sheet, key } : null;
  }
}

export class FreezePanesProxy extends Proxy<SheetState> {
  constructor(context: FakeContext, path: string, resolver: () => SheetState) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return [];
  }
  protected override snapshot(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this.invoke('freezeRows', [count], (s) => (s.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.invoke('freezeColumns', [count], (s) => (s.freeze = { rows: 0, cols: count }));
  }
  freezeAt(range: string | RangeProxy): void {
    const address = typeof range === 'string' ? range : range.path;
    this.invoke('freezeAt', [address], (s) => {
      const bounds = typeof range === 'string' ? parseAddress(range) : range.target().bounds;
      s.freeze = { rows: bounds.row + bounds.rows, cols: bounds.col + bounds.cols };
    });
  }
  unfreeze(): void {
    this.invoke('unfreeze', [], (s) => delete s.freeze);
  }
}
