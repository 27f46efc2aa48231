import type { CellContent } from './cellInput';
import { fail } from './errors';

/**
 * The workbook the fake holds: plain objects that the proxies (proxy.ts and the object files) read and
 * change when a batch is synced. Tests inspect it directly through FakeExcel (fakeExcel.ts).
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Bounds {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface BorderState {
  style: string;
  color: string;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  borders?: Record<string, BorderState>;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface Cell {
  content?: CellContent;
  numberFormat?: string;
  style?: CellStyle;
  hyperlink?: Hyperlink;
}

/** A sheet whose values come from a function: lets tests hold a 1,048,576-row range without storing it. */
export interface GeneratedData {
  readonly rows: number;
  readonly cols: number;
  readonly value: (row: number, col: number) => string | number | boolean | null;
}

export interface TableState {
  readonly id: number;
  name: string;
  sheet: SheetState;
  bounds: Bounds;
  style: string;
  showTotals: boolean;
  showFilterButton: boolean;
  showHeaders: boolean;
}

export interface SeriesState {
  name: string;
  values?: { sheet: SheetState; bounds: Bounds };
  categories?: { sheet: SheetState; bounds: Bounds };
  chartType?: string;
  axisGroup: 'Primary' | 'Secondary';
  gapWidth?: number;
  hasDataLabels: boolean;
  fill?: string | 'cleared';
  lineStyle?: string;
  lineColor?: string;
  /** ChartSeries.dataLabels (ExcelApi 1.8): what every label of the series shows. */
  dataLabels?: { showValue?: boolean; showPercentage?: boolean; numberFormat?: string };
  /** ChartPoint by index: its own fill and whether it carries a label. */
  points?: Record<number, { fill?: string; hasDataLabel?: boolean }>;
}

export interface AxisState {
  title?: string;
  numberFormat?: string;
  visible: boolean;
  /** Category axes (ExcelApi 1.7). */
  categoryType?: string;
  baseTimeUnit?: string;
  majorUnit?: number;
  majorTimeUnitScale?: string;
  tickLabelSpacing?: number;
}

export interface ChartState {
  readonly id: number;
  name: string;
  type: string;
  title?: string;
  titleVisible: boolean;
  series: SeriesState[];
  from?: string;
  to?: string;
  legendPosition: string;
  legendVisible: boolean;
  axes: Record<string, AxisState>;
}

export interface ConditionalFormatState {
  readonly id: number;
  readonly type: string;
  readonly bounds: Bounds;
  iconSet?: { style?: string; criteria?: unknown[]; showIconOnly?: boolean; reverseIconOrder?: boolean };
  colorScale?: { criteria?: unknown };
  dataBar?: { fillColor?: string; gradientFill?: boolean; barDirection?: string };
  cellValue?: { rule?: unknown; fontColor?: string; fill?: string; bold?: boolean };
}

export interface SheetState {
  readonly id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  deleted: boolean;
  tabColor: string;
  showGridlines: boolean;
  pageLayout: {
    orientation: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    paperSize?: string;
    centerHorizontally?: boolean;
    /** In points, as Excel keeps them whatever unit they were set in. */
    margins?: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
    printArea?: Bounds;
    printTitleRows?: { first: number; last: number };
    footer?: { left?: string; center?: string; right?: string };
  };
  freeze?: { rows: number; cols: number };
  readonly cells: Map<number, Cell>;
  generated?: GeneratedData;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  merges: Bounds[];
  readonly charts: ChartState[];
  readonly conditionalFormats: ConditionalFormatState[];
  readonly customProperties: Map<string, { key: string; value: string }>;
}

export interface NameState {
  name: string;
  comment: string;
  sheet: SheetState;
  bounds: Bounds;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  readonly names: NameState[];
  readonly settings: Map<string, string>;
  readonly xmlParts: { id: string; xml: string; namespaceUri: string }[];
  activeSheet: SheetState | undefined;
  nextId: number;
}

export function newWorkbookState(): WorkbookState {
  return {
    sheets: [],
    tables: [],
    names: [],
    settings: new Map(),
    xmlParts: [],
    activeSheet: undefined,
    nextId: 1,
  };
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function liveSheets(wb: WorkbookState): SheetState[] {
  return wb.sheets.filter((s) => !s.deleted);
}

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return liveSheets(wb).find((s) => s.name.toLowerCase() === lower);
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

/** Excel's rules for a worksheet name. */
export function checkSheetName(wb: WorkbookState, name: unknown, self?: SheetState): string {
  if (typeof name !== 'string' || name.length === 0) fail('InvalidArgument', 'A sheet name cannot be empty.');
  if (name.length > 31) fail('InvalidArgument', `The sheet name "${name}" is longer than 31 characters.`);
  if (FORBIDDEN_SHEET_CHARS.test(name))
    fail('InvalidArgument', `The sheet name "${name}" has one of []:*?/\\.`);
  if (name.startsWith("'") || name.endsWith("'")) {
    fail('InvalidArgument', `The sheet name "${name}" starts or ends with an apostrophe.`);
  }
  if (name.toLowerCase() === 'history') fail('InvalidArgument', '"History" is reserved by Excel.');
  const other = findSheet(wb, name);
  if (other && other !== self) fail('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  return name;
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: wb.nextId++,
    name: checkSheetName(wb, name),
    visibility: 'Visible',
    deleted: false,
    tabColor: '',
    showGridlines: true,
    pageLayout: { orientation: 'Portrait', zoom: { scale: 100 } },
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    charts: [],
    conditionalFormats: [],
    customProperties: new Map(),
  };
  wb.sheets.push(sheet);
  wb.activeSheet ??= sheet;
  return sheet;
}

export function readCell(sheet: SheetState, row: number, col: number): Cell | undefined {
  const stored = sheet.cells.get(cellKey(row, col));
  if (stored) return stored;
  const gen = sheet.generated;
  if (gen && row < gen.rows && col < gen.cols) {
    const value = gen.value(row, col);
    if (value === null || value === '') return undefined;
    if (typeof value === 'string') return { content: { t: 'text', v: value } };
    if (typeof value === 'number') return { content: { t: 'number', v: value } };
    return { content: { t: 'boolean', v: value } };
  }
  return undefined;
}

export function writeCell(sheet: SheetState, row: number, col: number): Cell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    const generated = readCell(sheet, row, col);
    cell = generated ? { ...generated } : {};
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function forEachCell(
  bounds: Bounds,
  fn: (row: number, col: number, i: number, j: number) => void,
): void {
  for (let i = 0; i < bounds.rows; i++) {
    for (let j = 0; j < bounds.cols; j++) fn(bounds.row + i, bounds.col + j, i, j);
  }
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** The smallest rectangle holding every cell with a value (valuesOnly) or with anything at all. */
export function usedBounds(sheet: SheetState, valuesOnly: boolean): Bounds | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (row: number, col: number): void => {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  };
  if (sheet.generated && sheet.generated.rows > 0 && sheet.generated.cols > 0) {
    take(0, 0);
    take(sheet.generated.rows - 1, sheet.generated.cols - 1);
  }
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly ? cell.content === undefined : isBlankCell(cell)) continue;
    take(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
  }
  if (bottom < 0) return undefined;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

function isBlankCell(cell: Cell): boolean {
  return cell.content === undefined && cell.numberFormat === undefined && cell.style === undefined;
}
