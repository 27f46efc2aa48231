import type { ExcelHost, HostRunOptions } from '../../../src/excel/host';
import { a1, parseAddress } from './address';
import { enterInput, formulaOf, valueOf, type CellContent } from './cellInput';
import { EXCEL_WEB_LIMITS, type FakeLimits } from './limits';
import type { Fault, FakeCore, FakePlatform, SyncRecord } from './proxy';
import {
  findSheet,
  liveSheets,
  newSheet,
  newWorkbookState,
  readCell,
  writeCell,
  type Bounds,
  type GeneratedData,
  type SheetState,
  type TableState,
  type WorkbookState,
} from './state';
import { checkWorkbookName } from './tables';
import { FakeRequestContext } from './workbook';

export interface FakeExcelOptions {
  /** Highest ExcelApi 1.x the fake claims; default 20 (ExcelApi 1.20). */
  readonly apiMinor?: number;
  readonly limits?: Partial<FakeLimits>;
  /** Default 'web'. Decides which APIs fail inside a merged undo group (proxy.ts, UNDO_UNSUPPORTED). */
  readonly platform?: FakePlatform;
  /** Whether the host honours delayForCellEdit; default true. */
  readonly delayForCellEdit?: boolean;
}

export type SheetRows = readonly (readonly (string | number | boolean | null)[])[];

/**
 * An in-memory Excel for host tests. `host` is what src/excel takes; the other members are the "user" and
 * the inspector: they change and read the workbook directly, outside any batch, and count nothing.
 */
export class FakeExcel {
  readonly core: FakeCore;
  readonly host: ExcelHost;

  constructor(options: FakeExcelOptions = {}) {
    this.core = {
      state: newWorkbookState(),
      limits: { ...EXCEL_WEB_LIMITS, ...options.limits },
      apiMinor: options.apiMinor ?? 20,
      platform: options.platform ?? 'web',
      delayForCellEdit: options.delayForCellEdit ?? true,
      workbookActive: true,
      recalcPending: false,
      userEditing: false,
      faults: [],
      syncs: [],
      runs: [],
      calculations: [],
    };
    const core = this.core;
    this.host = {
      async run<T>(
        runOptions: HostRunOptions,
        batch: (context: Excel.RequestContext) => Promise<T>,
      ): Promise<T> {
        if (runOptions.mergeUndoGroup && core.apiMinor < 20) {
          throw new Error('mergeUndoGroup passed to a host without ExcelApi 1.20');
        }
        core.runs.push({ ...runOptions });
        const context = new FakeRequestContext(core, runOptions);
        const result = await batch(context as unknown as Excel.RequestContext);
        if (context.pending > 0) await context.sync();
        return result;
      },
      isSetSupported(version: string): boolean {
        const [major, minor] = version.split('.').map(Number);
        return major === 1 && minor !== undefined && minor <= core.apiMinor;
      },
    };
  }

  get state(): WorkbookState {
    return this.core.state;
  }

  get syncs(): readonly SyncRecord[] {
    return this.core.syncs;
  }

  set limits(limits: Partial<FakeLimits>) {
    this.core.limits = { ...this.core.limits, ...limits };
  }

  set userEditing(editing: boolean) {
    this.core.userEditing = editing;
  }

  /** Makes the next matching operation(s) fail (see Fault in proxy.ts). */
  failOn(match: RegExp, code: Fault['code'], options: { times?: number; grouped?: boolean } = {}): void {
    this.core.faults.push({ match, code, times: options.times ?? 1, grouped: options.grouped });
  }

  /** The user switched to another workbook (false) or back (true). */
  set workbookActive(active: boolean) {
    this.core.workbookActive = active;
  }

  /** Calculation was suspended by a sync and no application.calculate has run since. */
  get recalcPending(): boolean {
    return this.core.recalcPending;
  }

  resetCounters(): void {
    this.core.syncs.splice(0);
    this.core.runs.splice(0);
    this.core.calculations.splice(0);
  }

  // ── the user ──────────────────────────────────────────────────────────────────────────────────────────

  addSheet(name: string, rows: SheetRows = [], at = 'A1'): SheetState {
    const sheet = newSheet(this.state, name);
    const start = parseAddress(at);
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null || value === '') return;
        const content: CellContent =
          typeof value === 'string'
            ? { t: 'text', v: value }
            : typeof value === 'number'
              ? { t: 'number', v: value }
              : { t: 'boolean', v: value };
        writeCell(sheet, start.row + i, start.col + j).content = content;
      }),
    );
    return sheet;
  }

  addGeneratedSheet(name: string, data: GeneratedData): SheetState {
    const sheet = newSheet(this.state, name);
    sheet.generated = data;
    return sheet;
  }

  /** Types into a cell as a user does (a leading apostrophe keeps text; '=' starts a formula). */
  type(sheetName: string, address: string, input: string | number, formulaResult?: string | number): void {
    const sheet = this.sheet(sheetName);
    const { row, col } = parseAddress(address);
    const cell = writeCell(sheet, row, col);
    const content = enterInput(input, cell.numberFormat ?? 'General');
    if (content === undefined) return;
    cell.content =
      content?.t === 'formula' && formulaResult !== undefined
        ? { ...content, v: formulaResult }
        : (content ?? undefined);
  }

  /** Stores content exactly (an error value, a quote-prefixed text…), bypassing entry rules. */
  put(sheetName: string, address: string, content: CellContent | undefined): void {
    const { row, col } = parseAddress(address);
    writeCell(this.sheet(sheetName), row, col).content = content;
  }

  addTable(sheetName: string, address: string, name: string): TableState {
    const sheet = this.sheet(sheetName);
    const table: TableState = {
      id: this.state.nextId++,
      name: checkWorkbookName(this.state, name),
      sheet,
      bounds: parseAddress(address),
      style: 'TableStyleMedium2',
      showTotals: false,
      showFilterButton: true,
      showHeaders: true,
    };
    this.state.tables.push(table);
    return table;
  }

  merge(sheetName: string, address: string): void {
    this.sheet(sheetName).merges.push(parseAddress(address));
  }

  markSheet(sheetName: string, key: string, value: string): void {
    this.sheet(sheetName).customProperties.set(key.toLowerCase(), { key, value });
  }

  addName(name: string, sheetName: string, address: string, comment = ''): void {
    checkWorkbookName(this.state, name);
    this.state.names.push({ name, comment, sheet: this.sheet(sheetName), bounds: parseAddress(address) });
  }

  // ── the inspector ─────────────────────────────────────────────────────────────────────────────────────

  sheet(name: string): SheetState {
    const sheet = findSheet(this.state, name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return liveSheets(this.state).map((s) => s.name);
  }

  value(sheetName: string, address: string): string | number | boolean {
    const { row, col } = parseAddress(address);
    return valueOf(readCell(this.sheet(sheetName), row, col)?.content);
  }

  formula(sheetName: string, address: string): string | number | boolean {
    const { row, col } = parseAddress(address);
    return formulaOf(readCell(this.sheet(sheetName), row, col)?.content);
  }

  content(sheetName: string, address: string): CellContent | undefined {
    const { row, col } = parseAddress(address);
    return readCell(this.sheet(sheetName), row, col)?.content;
  }

  values(sheetName: string, address: string): (string | number | boolean)[][] {
    const b = parseAddress(address);
    const sheet = this.sheet(sheetName);
    return Array.from({ length: b.rows }, (_, i) =>
      Array.from({ length: b.cols }, (_, j) => valueOf(readCell(sheet, b.row + i, b.col + j)?.content)),
    );
  }

  /** A deterministic serialisation of everything a sheet holds, for "byte-identical" comparisons. */
  snapshot(sheetName: string): string {
    const sheet = this.sheet(sheetName);
    const cells = [...sheet.cells.entries()].sort((a, b) => a[0] - b[0]);
    const sheetsByName = (key: string, value: unknown): unknown =>
      key === 'sheet' && typeof value === 'object' && value !== null ? (value as SheetState).name : value;
    return JSON.stringify(
      {
        name: sheet.name,
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
        freeze: sheet.freeze ?? null,
        cells,
        generated: sheet.generated ? [sheet.generated.rows, sheet.generated.cols] : null,
        widths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
        heights: [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
        merges: sheet.merges.map((m) => a1(m)),
        charts: sheet.charts,
        conditionalFormats: sheet.conditionalFormats,
        properties: [...sheet.customProperties.entries()],
        tables: this.state.tables.filter((t) => t.sheet === sheet),
      },
      sheetsByName,
    );
  }

  tablesOn(sheetName: string): TableState[] {
    const sheet = this.sheet(sheetName);
    return this.state.tables.filter((t) => t.sheet === sheet);
  }

  nameTarget(name: string): { sheet: string; address: string; comment: string } | '#REF!' | undefined {
    const item = this.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!item) return undefined;
    if (item.sheet.deleted) return '#REF!';
    return { sheet: item.sheet.name, address: a1(item.bounds), comment: item.comment };
  }

  boundsOf(address: string): Bounds {
    return parseAddress(address);
  }
}
