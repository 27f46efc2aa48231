import { parseRange, sheetRef } from '../core/plan/a1';
import type { SheetPlan } from '../core/plan/types';
import { applyStyle, columnWidthPoints } from './cellStyle';
import type { CellInput } from './cellInput';
import { addChart, finishChart, type PendingChart } from './chart';
import { drawableSeries } from './chartData';
import { addConditionalFormat } from './conditionalFormat';
import type { Step } from './sheetSteps';
import type { Unit } from './units';

/** A note cell to fill: the analyst's saved value, or the placeholder. */
export interface NoteWrite {
  readonly address: string;
  readonly input: CellInput;
  readonly numberFormat?: string;
}

/** One sheet to write, with every name already resolved to what the workbook will hold. */
export interface SheetJob {
  readonly name: string;
  /** The plan with sheet references in formulas pointing at the sheets' actual names. */
  readonly plan: SheetPlan;
  /** Plan table name → the name it gets (different only when the workbook already uses the name). */
  readonly tableNames: ReadonlyMap<string, string>;
  readonly notes: readonly NoteWrite[];
  readonly links: readonly { row: number; col: number; sheet: string; address: string }[];
}

export interface Capabilities {
  /** ExcelApi 1.9: suspendScreenUpdatingUntilNextSync and RangeFormat.indentLevel. */
  readonly api19: boolean;
}

/** Calculation (1.6, within the 1.12 minimum) and screen updating (1.9) stay off until the next sync. */
export function suspendUntilSync(context: Excel.RequestContext, caps: Capabilities): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  if (caps.api19) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

function queueStep(
  sheet: Excel.Worksheet,
  job: SheetJob,
  step: Step,
  caps: Capabilities,
  charts: PendingChart[],
): void {
  switch (step.kind) {
    case 'cells': {
      const range = sheet.getRangeByIndexes(
        step.row,
        step.col,
        step.inputs.length,
        step.inputs[0]?.length ?? 0,
      );
      const inputs = step.inputs as CellInput[][];
      if (step.formulas) range.formulas = inputs;
      else range.values = inputs;
      return;
    }
    case 'numberFormat':
      sheet.getRangeByIndexes(step.row, step.col, step.rows, step.cols).numberFormat = Array.from(
        { length: step.rows },
        () => Array.from({ length: step.cols }, () => step.code),
      );
      return;
    case 'style': {
      const { rows, cols } = parseRange(step.range);
      applyStyle(sheet.getRange(step.range).format, step.style, rows, cols, caps.api19);
      return;
    }
    case 'decorations':
      charts.push(...queueDecorations(sheet, job));
      return;
  }
}

function queueDecorations(sheet: Excel.Worksheet, job: SheetJob): PendingChart[] {
  const plan = job.plan;
  for (const { col, width } of plan.columnWidths) {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(width);
  }
  for (const { row, height } of plan.rowHeights ?? []) {
    sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
  }
  for (const address of plan.merges) sheet.getRange(address).merge(false);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(columns);
  }
  for (const table of plan.tables) {
    const added = sheet.tables.add(sheet.getRange(table.range), true);
    added.name = job.tableNames.get(table.name) ?? table.name;
    if (table.style !== '') added.style = table.style;
    added.showTotals = table.showTotals;
    added.showFilterButton = table.showFilterButtons;
  }
  for (const cf of plan.conditionalFormats) addConditionalFormat(sheet, cf);
  const charts: PendingChart[] = [];
  for (const chart of plan.charts) {
    const added = addChart(sheet, { ...chart, series: drawableSeries(plan, chart) });
    if (added) charts.push(added);
  }
  for (const link of job.links) {
    // The cell already holds the link text as guarded text; the hyperlink only adds the target.
    sheet.getCell(link.row, link.col).hyperlink = { documentReference: sheetRef(link.sheet, link.address) };
  }
  for (const note of job.notes) {
    const cell = sheet.getRange(note.address).getCell(0, 0);
    cell.values = [[note.input]];
    if (note.numberFormat !== undefined) cell.numberFormat = [[note.numberFormat]];
  }
  return charts;
}

/**
 * Queues one unit of a sheet; the caller syncs. Returns the charts it added, whose series are set by
 * queueChartSeries in the following sync (once Excel has said how many series each one got).
 */
export function queueUnit(
  context: Excel.RequestContext,
  job: SheetJob,
  unit: Unit,
  caps: Capabilities,
): PendingChart[] {
  suspendUntilSync(context, caps);
  const sheet = context.workbook.worksheets.getItem(job.name);
  const charts: PendingChart[] = [];
  for (const step of unit.steps) queueStep(sheet, job, step, caps, charts);
  return charts;
}

export function queueChartSeries(
  context: Excel.RequestContext,
  job: SheetJob,
  charts: readonly PendingChart[],
  caps: Capabilities,
): void {
  suspendUntilSync(context, caps);
  const sheet = context.workbook.worksheets.getItem(job.name);
  for (const chart of charts) finishChart(sheet, chart);
}
