import { cellAddress, parseRange } from '../core/plan/a1';
import type {
  CategoryAxisPlan,
  ChartAxisPlan,
  ChartPlan,
  ChartSeriesPlan,
  ChartType,
} from '../core/plan/types';

type ExcelChartType =
  | 'Line'
  | 'LineMarkers'
  | 'ColumnClustered'
  | 'ColumnStacked'
  | 'BarClustered'
  | 'BarStacked'
  | 'Pie'
  | 'Doughnut';

/** Classic types only: the modern ones fail through the API (office-notes). */
const CHART_TYPES: Record<ChartType, ExcelChartType> = {
  line: 'Line',
  lineMarkers: 'LineMarkers',
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  barClustered: 'BarClustered',
  barStacked: 'BarStacked',
  pie: 'Pie',
  doughnut: 'Doughnut',
};

const LEGEND = { bottom: 'Bottom', right: 'Right', top: 'Top' } as const;

const isLine = (type: ChartType): boolean => type === 'line' || type === 'lineMarkers';
const isBar = (type: ChartType): boolean => type.startsWith('column') || type.startsWith('bar');
const hasAxes = (type: ChartType): boolean => type !== 'pie' && type !== 'doughnut';

function styleSeries(
  series: Excel.ChartSeries,
  plan: ChartSeriesPlan,
  type: ChartType,
  gapWidth?: number,
): void {
  if (plan.color === 'none') {
    // The invisible base of a waterfall: no fill, no border, no labels.
    series.format.fill.clear();
    series.format.line.lineStyle = 'None';
  } else if (plan.color !== undefined) {
    if (isLine(type)) series.format.line.color = plan.color;
    else series.format.fill.setSolidColor(plan.color);
  }
  if (plan.dash && isLine(type)) series.format.line.lineStyle = 'Dash';
  // Slice colours and labels by point (ChartPoint, ExcelApi 1.1/1.7): within the 1.12 the manifest requires.
  plan.pointColors?.forEach((color, i) => series.points.getItemAt(i).format.fill.setSolidColor(color));
  const labels = plan.dataLabels;
  if (labels) series.hasDataLabels = true;
  if (typeof labels === 'object') {
    // Percentages only (series.dataLabels, 1.8), and no label at all on the points the plan leaves out:
    // their slices are too thin for one that does not overlap (the legend names them).
    series.dataLabels.showValue = false;
    series.dataLabels.showPercentage = true;
    series.dataLabels.numberFormat = labels.numberFormat;
    for (let i = 0; i < pointCount(plan); i++) {
      if (!labels.points.includes(i)) series.points.getItemAt(i).hasDataLabel = false;
    }
  }
  if (gapWidth !== undefined && isBar(type)) series.gapWidth = gapWidth;
}

/** The number of points a series draws: the cells of its values range. */
function pointCount(plan: ChartSeriesPlan): number {
  const { rows, cols } = parseRange(plan.values.slice(plan.values.lastIndexOf('!') + 1).replace(/\$/g, ''));
  return rows * cols;
}

/**
 * The category axis (ExcelApi 1.7): a date axis in days whose labels come every `labelInterval` days
 * (majorUnit), or a text axis showing every n-th label (tickLabelSpacing).
 */
function styleCategoryAxis(axis: Excel.ChartAxis, plan: CategoryAxisPlan | undefined): void {
  styleAxis(axis, plan);
  const interval = plan?.labelInterval;
  const every = interval !== undefined && interval > 1 ? Math.round(interval) : undefined;
  if (plan?.kind === 'date') {
    axis.categoryType = 'DateAxis';
    axis.baseTimeUnit = 'Days';
    if (every) {
      axis.majorUnit = every;
      axis.majorTimeUnitScale = 'Days';
    }
  } else if (every) {
    axis.tickLabelSpacing = every;
  }
}

function styleAxis(axis: Excel.ChartAxis, plan: ChartAxisPlan | undefined): void {
  if (!plan) return;
  if (plan.title !== undefined) axis.title.text = plan.title;
  if (plan.numberFormat !== undefined) axis.numberFormat = plan.numberFormat;
}

/** A chart added in one sync whose series are set in the next, once Excel has said how many it made. */
export interface PendingChart {
  readonly chart: Excel.Chart;
  /** Loaded with its count: the series Excel made from the source. */
  readonly series: Excel.ChartSeriesCollection;
  readonly plan: ChartPlan;
}

/**
 * Queues a chart over its first series' values (ExcelApi 1.1), with name, title, position and legend, and
 * loads how many series Excel made from that source. Excel decides that itself (a text header becomes the
 * series name; a text-only source makes none), so nothing here assumes one. `plan.series` must hold only
 * series with something to draw (chartData.ts); a plan without any is not added.
 */
export function addChart(sheet: Excel.Worksheet, plan: ChartPlan): PendingChart | undefined {
  const first = plan.series[0];
  if (!first) return undefined;
  const shape = parseRange(first.values);
  const chart = sheet.charts.add(
    CHART_TYPES[plan.type],
    sheet.getRange(first.values),
    shape.cols === 1 ? 'Columns' : 'Rows',
  );
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.setPosition(
    cellAddress(plan.anchor.from.row, plan.anchor.from.col),
    cellAddress(plan.anchor.to.row, plan.anchor.to.col),
  );
  if (plan.legend === 'none') chart.legend.visible = false;
  else {
    chart.legend.visible = true;
    chart.legend.position = LEGEND[plan.legend];
  }
  return { chart, series: chart.series.load('count'), plan };
}

/**
 * Gives a chart added by addChart exactly the planned series (ExcelApi 1.7/1.8 for series and axes): the
 * series Excel made are reused in order and any beyond the plan deleted, missing ones added; each then gets
 * its values and categories explicitly, and its own type and axis for combos.
 */
export function finishChart(sheet: Excel.Worksheet, { chart, series: made, plan }: PendingChart): void {
  const count = made.count;
  plan.series.forEach((seriesPlan, i) => {
    const series = i < count ? chart.series.getItemAt(i) : chart.series.add(seriesPlan.name);
    series.name = seriesPlan.name;
    series.setValues(sheet.getRange(seriesPlan.values));
    series.setXAxisValues(sheet.getRange(seriesPlan.categories));
    const type = seriesPlan.type ?? plan.type;
    if (type !== plan.type) series.chartType = CHART_TYPES[type];
    if (seriesPlan.axis === 'secondary') series.axisGroup = 'Secondary';
    styleSeries(series, seriesPlan, type, plan.gapWidth);
  });
  // From the end, so the indexes of the series still to delete do not move.
  for (let i = count - 1; i >= plan.series.length; i--) chart.series.getItemAt(i).delete();
  if (hasAxes(plan.type)) {
    styleCategoryAxis(chart.axes.categoryAxis, plan.xAxis);
    styleAxis(chart.axes.valueAxis, plan.yAxis);
    if (plan.y2Axis && plan.series.some((s) => s.axis === 'secondary')) {
      styleAxis(chart.axes.getItem('Value', 'Secondary'), plan.y2Axis);
    }
  }
}
