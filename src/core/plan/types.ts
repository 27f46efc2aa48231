import type { Locale } from '../locale';

/**
 * The workbook plan: a plain, serialisable description of everything Fupan writes. Planners
 * (src/core/plan) decide every number, word, format, colour and position; the two writers (Office.js in
 * src/excel, .xlsx in src/xlsx) only translate it, batching to respect their host's limits.
 *
 * Addresses are A1 strings on the sheet that holds the element ('B3', 'B3:F20'), 0-based indices where
 * named `row` / `col`. Formulas use Excel's en-US function names and separators, as Office.js
 * `Range.formulas` and the .xlsx format both expect.
 */
export interface WorkbookPlan {
  readonly version: 1;
  readonly locale: Locale;
  /** Every sheet name starts with it; only sheets marked as Fupan's are ever replaced. */
  readonly sheetPrefix: string;
  readonly sheets: readonly SheetPlan[];
  readonly namedRanges: readonly NamedRangePlan[];
  /** The sheet to show when writing is done. */
  readonly activeSheet: string;
}

export const SHEET_KEYS = [
  'overview',
  'trend',
  'channels',
  'funnel',
  'customers',
  'diagnostics',
  'quality',
  'retro',
  'nextPlan',
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

export interface SheetPlan {
  readonly key: SheetKey;
  /** Localised, ≤ 31 characters, none of []:*?/\ — planners guarantee it. */
  readonly name: string;
  /** '#RRGGBB'. */
  readonly tabColor?: string;
  readonly showGridlines: boolean;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Row heights in points, for rows of wrapped text (Excel does not grow rows to fit on its own). */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** Column widths in characters of the default font (Excel's own unit in .xlsx). */
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  readonly blocks: readonly CellBlock[];
  /** Range-level number formats and styles, applied after values, in order. */
  readonly formats: readonly RangeFormat[];
  readonly merges: readonly string[];
  readonly tables: readonly TablePlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly charts: readonly ChartPlan[];
  /** How the sheet prints (every planned sheet has it; a plan made by hand may leave it out). */
  readonly print?: PrintPlan;
  /** The analyst's cells (retro sheet): kept across re-runs by their stable id. */
  readonly notes: readonly NoteCellPlan[];
}

/**
 * A sheet as a manager hands it round: on A4, one page wide and as many tall as it takes, only the cells
 * Fupan wrote, a long table's header on every page, and the sheet's name and page number in the footer.
 */
export interface PrintPlan {
  readonly paper: 'A4';
  /** Landscape only where the sheet is too wide for a portrait page (printLayout.ts). */
  readonly orientation: 'landscape' | 'portrait';
  /** Scaled to one page wide; the height runs to as many pages as it needs. */
  readonly fitToWidth: boolean;
  /** What prints: the range covering every block, table, merge and chart of the sheet, e.g. 'A1:M89'. */
  readonly area: string;
  /** Rows repeated at the top of every page (a long table's header), 0-based and inclusive. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** In inches, as both Excel's file format and its page setup dialog count them. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly centerHorizontally: boolean;
  /** Footer texts in Excel's header/footer codes: &A the sheet's name, &P the page, &N the page count. */
  readonly footer: { readonly left: string; readonly right: string };
}

/** A rectangle of cells whose top-left cell is at (row, col), 0-based. Rows may not be ragged. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly PlanCell[])[];
}

/**
 * A cell's content. A string is always text — even '=SUM(A1)' or '@x' from user data stays text; only a
 * FormulaCell is a formula. Dates are numbers (Excel serials) with a date number format.
 */
export type PlanCell = null | string | number | boolean | FormulaCell | LinkCell;

export interface FormulaCell {
  readonly kind: 'formula';
  /** Starts with '='. */
  readonly formula: string;
  /** The value Fupan computed, for writers that must cache a result (.xlsx) and for tests. */
  readonly value: number | string | null;
}

/** A hyperlink to a cell of a sheet in this workbook. */
export interface LinkCell {
  readonly kind: 'link';
  readonly text: string;
  readonly sheet: string;
  readonly address: string;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** '#RRGGBB'. */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'center' | 'bottom';
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly border?: 'bottom' | 'all' | 'outline';
  readonly borderColor?: string;
}

export interface RangeFormat {
  readonly range: string;
  /** An Excel number format code, already localised (e.g. '[$¥-804]#,##0.00'). */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export interface TablePlan {
  /** Unique in the workbook, letters/digits/underscore, starts with a letter. */
  readonly name: string;
  /** Header row included. */
  readonly range: string;
  readonly style: string;
  readonly showTotals: boolean;
  readonly showFilterButtons: boolean;
}

export type ConditionalFormatPlan = IconSetFormat | ColorScaleFormat | DataBarFormat | CellValueFormat;

export interface IconSetFormat {
  readonly kind: 'iconSet';
  readonly range: string;
  readonly icons: 'threeSymbols' | 'threeTrafficLights1' | 'threeArrows';
  /** Lower bounds of the middle and top icon, as numbers (not percentiles). */
  readonly thresholds: readonly [number, number];
}

export interface ColorScaleFormat {
  readonly kind: 'colorScale';
  readonly range: string;
  readonly minColor: string;
  readonly midColor?: string;
  readonly maxColor: string;
}

export interface DataBarFormat {
  readonly kind: 'dataBar';
  readonly range: string;
  readonly color: string;
}

export interface CellValueFormat {
  readonly kind: 'cellValue';
  readonly range: string;
  readonly operator:
    'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual' | 'between' | 'equal';
  /** Excel formula text without '=' or a number, as Office.js rule.formula1 takes it. */
  readonly formula1: string;
  readonly formula2?: string;
  readonly fontColor?: string;
  readonly fill?: string;
}

/** Classic chart types only (see docs): a funnel is a bar chart, a waterfall a stacked column. */
export const CHART_TYPES = [
  'line',
  'lineMarkers',
  'columnClustered',
  'columnStacked',
  'barClustered',
  'barStacked',
  'pie',
  'doughnut',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export interface ChartSeriesPlan {
  readonly name: string;
  /** Category (x) labels, a single row or column. */
  readonly categories: string;
  readonly values: string;
  /** For combo charts: this series' own type (the chart's type otherwise). */
  readonly type?: ChartType;
  readonly axis: 'primary' | 'secondary';
  /** '#RRGGBB', or 'none' for an invisible series (the base of a waterfall). */
  readonly color?: string;
  /** Lines only: a dashed stroke tells a second line apart from the first without relying on colour. */
  readonly dash?: boolean;
  /** Pie and doughnut only: each slice's colour ('#RRGGBB'), in point order. */
  readonly pointColors?: readonly string[];
  /** true: every point shows its value. A PercentLabels: only the listed points show their share. */
  readonly dataLabels?: boolean | PercentLabels;
}

/**
 * Pie and doughnut labels: each listed point (0-based) shows its percentage of the whole, and nothing else;
 * the slices left out are too thin for a label that does not overlap its neighbours (the legend names them).
 */
export interface PercentLabels {
  readonly show: 'percent';
  readonly points: readonly number[];
  /** The labels' number format, e.g. '0%' (whole percentages: a slice's label is read at a glance). */
  readonly numberFormat: string;
}

export interface ChartAxisPlan {
  readonly title?: string;
  readonly numberFormat?: string;
}

/** The category (x) axis: its labels may be dates, and may be thinned out. */
export interface CategoryAxisPlan extends ChartAxisPlan {
  /**
   * 'date': the categories are Excel day serials, drawn on a time axis whose base unit is one day (a missing
   * day leaves a gap). Text otherwise.
   */
  readonly kind?: 'text' | 'date';
  /**
   * A label on every n-th category only (an integer ≥ 1; on a date axis, every n days), so a long run of
   * days shows at most about ten labels instead of a smear.
   */
  readonly labelInterval?: number;
}

export interface ChartPlan {
  /** Unique on its sheet. */
  readonly name: string;
  readonly type: ChartType;
  readonly title: string;
  readonly series: readonly ChartSeriesPlan[];
  /** Top-left and bottom-right cells the chart covers, 0-based. */
  readonly anchor: {
    readonly from: { readonly row: number; readonly col: number };
    readonly to: { readonly row: number; readonly col: number };
  };
  readonly legend: 'bottom' | 'right' | 'top' | 'none';
  readonly xAxis?: CategoryAxisPlan;
  readonly yAxis?: ChartAxisPlan;
  readonly y2Axis?: ChartAxisPlan;
  /** Bar/column gap width in percent (0 makes a waterfall look joined). */
  readonly gapWidth?: number;
}

export interface NamedRangePlan {
  /** Workbook-scoped name: letters, digits, underscore, period; no spaces. */
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly comment?: string;
}

/**
 * A cell the analyst writes. Its `id` is stable across runs: writers save it as the workbook name
 * `NOTE_NAME_PREFIX + id` over the cell, read what the analyst typed there before replacing the sheet,
 * and write it back into the new cell with the same id (as a value, never as a formula).
 */
export interface NoteCellPlan {
  readonly id: string;
  readonly address: string;
  /** Shown in the cell while the analyst has written nothing. */
  readonly placeholder: string;
}

export const NOTE_NAME_PREFIX = 'FupanNote_';
/** Worksheet custom property (and .xlsx defined name) that marks a sheet as Fupan's own. */
export const SHEET_MARK_KEY = 'FupanSheet';
