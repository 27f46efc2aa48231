import { a1, parseAddress } from './address';
import { fail } from './errors';
import { CollectionProxy, Proxy, type FakeContext } from './proxy';
import type { RangeProxy, RangeTarget } from './range';
import { checkColor } from './rangeFormat';
import { readCell, type AxisState, type ChartState, type SeriesState, type SheetState } from './state';

/** Classic types the fake accepts; the modern ones fail as Office.js makes them fail (see office-notes). */
const CLASSIC = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'Line',
  'LineMarkers',
  'LineStacked',
  'LineMarkersStacked',
  'Pie',
  'Doughnut',
  'Area',
  'AreaStacked',
  'XYScatter',
  'XYScatterLines',
  'Radar',
]);
const MODERN = new Set([
  'Waterfall',
  'Funnel',
  'Histogram',
  'Pareto',
  'Boxwhisker',
  'Treemap',
  'Sunburst',
  'RegionMap',
]);
const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];

function checkType(type: string): string {
  if (MODERN.has(type))
    fail('UnsupportedOperation', `The chart type ${type} is not supported through the API.`);
  if (!CLASSIC.has(type)) fail('InvalidArgument', `Unknown chart type ${type}.`);
  return type;
}

type CellKind = 'number' | 'text' | 'empty';

function kindAt(sheet: SheetState, row: number, col: number): CellKind {
  const content = readCell(sheet, row, col)?.content;
  if (content === undefined) return 'empty';
  return typeof content.v === 'number' ? 'number' : 'text';
}

/**
 * Series from a source range, as Excel's charts.add reads it. Along the series direction, a first row
 * (column) holding only text is the series names and a first column (row) holding only text is the
 * categories (Excel's header detection). Every other line holding at least one number is a series; a line
 * of text only makes none, so a text-only source gives a chart with zero series. A source with no value
 * at all fails with EmptyChartSeries.
 */
function seriesFromSource(source: RangeTarget, seriesBy: string): SeriesState[] {
  const { bounds, sheet } = source;
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && bounds.rows >= bounds.cols);
  // In "line" coordinates: a line is one series' cells, a position is one point along it.
  const lines = byColumns ? bounds.cols : bounds.rows;
  const length = byColumns ? bounds.rows : bounds.cols;
  const kind = (line: number, at: number): CellKind =>
    byColumns
      ? kindAt(sheet, bounds.row + at, bounds.col + line)
      : kindAt(sheet, bounds.row + line, bounds.col + at);
  const all: CellKind[] = [];
  for (let line = 0; line < lines; line++) for (let at = 0; at < length; at++) all.push(kind(line, at));
  if (all.every((k) => k === 'empty')) fail('EmptyChartSeries', 'The chart source holds no values.');
  if (!all.includes('number')) return [];
  const textOnly = (cells: CellKind[]): boolean => cells.every((k) => k !== 'number');
  const names = length > 1 && textOnly(Array.from({ length: lines }, (_, line) => kind(line, 0))) ? 1 : 0;
  const categories =
    lines > 1 && textOnly(Array.from({ length: length - names }, (_, at) => kind(0, at + names))) ? 1 : 0;
  const series: SeriesState[] = [];
  for (let line = categories; line < lines; line++) {
    const points = Array.from({ length: length - names }, (_, at) => kind(line, at + names));
    if (textOnly(points)) continue;
    series.push({
      name: `Series${series.length + 1}`,
      values: {
        sheet,
        bounds: byColumns
          ? { row: bounds.row + names, col: bounds.col + line, rows: bounds.rows - names, cols: 1 }
          : { row: bounds.row + line, col: bounds.col + names, rows: 1, cols: bounds.cols - names },
      },
      axisGroup: 'Primary',
      hasDataLabels: false,
    });
  }
  return series;
}

export class ChartCollectionProxy extends CollectionProxy<SheetState, ChartState, ChartProxy> {
  constructor(context: FakeContext, path: string, resolver: () => SheetState) {
    super(context, path, resolver);
  }
  protected override itemsOf(sheet: SheetState): readonly ChartState[] {
    return sheet.charts;
  }
  protected override itemProxy(item: ChartState, i: number): ChartProxy {
    return new ChartProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return ['name', 'chartType'];
  }

  add(type: string, sourceData: RangeProxy, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): ChartProxy {
    return new ChartProxy(this.context, `${this.path}.add(${type},${sourceData.path},${seriesBy})`, () => {
      const sheet = this.target();
      const chart: ChartState = {
        id: this.context.core.state.nextId++,
        name: `Chart ${sheet.charts.length + 1}`,
        type: checkType(type),
        titleVisible: false,
        series: seriesFromSource(sourceData.target(), seriesBy),
        legendPosition: 'Right',
        legendVisible: true,
        axes: {},
      };
      sheet.charts.push(chart);
      return chart;
    }).made();
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, `${this.path}.getItem(${name})`, () => {
      return this.target().charts.find((c) => c.name === name) ?? null;
    }).made();
  }
}

export class ChartProxy extends Proxy<ChartState> {
  constructor(context: FakeContext, path: string, resolver: () => ChartState | null) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['name', 'chartType', 'id'];
  }
  protected override snapshot(c: ChartState, prop: string): unknown {
    return prop === 'name' ? c.name : prop === 'chartType' ? c.type : String(c.id);
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(v: string) {
    this.setProp('name', v, (c) => {
      if (typeof v !== 'string' || v === '') fail('InvalidArgument', 'A chart needs a name.');
      c.name = v;
    });
  }
  get chartType(): string {
    return this.loaded('chartType');
  }
  set chartType(v: string) {
    this.setProp('chartType', v, (c) => (c.type = checkType(v)));
  }
  get title(): ChartTitleProxy {
    return new ChartTitleProxy(this.context, `${this.path}.title`, () => this.target());
  }
  get legend(): ChartLegendProxy {
    return new ChartLegendProxy(this.context, `${this.path}.legend`, () => this.target());
  }
  get series(): ChartSeriesCollectionProxy {
    return new ChartSeriesCollectionProxy(this.context, `${this.path}.series`, () => this.target());
  }
  get axes(): ChartAxesProxy {
    return new ChartAxesProxy(this.context, `${this.path}.axes`, () => this.target());
  }
  setPosition(startCell: string | RangeProxy, endCell?: string | RangeProxy): void {
    const describe = (cell: string | RangeProxy | undefined): string | undefined =>
      typeof cell === 'string' || cell === undefined ? cell : cell.path;
    this.invoke('setPosition', [describe(startCell), describe(endCell)], (c) => {
      const toAddress = (cell: string | RangeProxy): string => {
        if (typeof cell === 'string') {
          parseAddress(cell);
          return cell;
        }
        return a1(cell.target().bounds);
      };
      c.from = toAddress(startCell);
      c.to = endCell === undefined ? undefined : toAddress(endCell);
    });
  }
  delete(): void {
    this.invoke('delete', [], (c) => {
      for (const sheet of this.context.core.state.sheets) {
        const i = sheet.charts.indexOf(c);
        if (i >= 0) sheet.charts.splice(i, 1);
      }
    });
  }
}

abstract class ChartPartProxy<T> extends Proxy<T> {
  constructor(context: FakeContext, path: string, resolver: () => T) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return [];
  }
  protected override snapshot(): unknown {
    return undefined;
  }
}

export class ChartTitleProxy extends ChartPartProxy<ChartState> {
  set text(v: string) {
    this.setProp('text', v, (c) => {
      c.title = String(v);
      c.titleVisible = true;
    });
  }
  set visible(v: boolean) {
    this.setProp('visible', v, (c) => (c.titleVisible = v));
  }
}

export class ChartLegendProxy extends ChartPartProxy<ChartState> {
  set position(v: string) {
    this.setProp('position', v, (c) => {
      if (!LEGEND_POSITIONS.includes(v)) fail('InvalidArgument', `Unknown legend position ${v}.`);
      c.legendPosition = v;
    });
  }
  set visible(v: boolean) {
    this.setProp('visible', v, (c) => (c.legendVisible = v));
  }
}

interface SeriesTarget {
  readonly chart: ChartState;
  readonly series: SeriesState;
}

export class ChartSeriesCollectionProxy extends CollectionProxy<ChartState, SeriesTarget, ChartSeriesProxy> {
  constructor(context: FakeContext, path: string, resolver: () => ChartState) {
    super(context, path, resolver);
  }
  protected override itemsOf(chart: ChartState): readonly SeriesTarget[] {
    return chart.series.map((series) => ({ chart, series }));
  }
  protected override itemProxy(item: SeriesTarget, i: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this.path}[${i}]`, () => item);
  }
  protected override itemProps(): readonly string[] {
    return ['name', 'chartType', 'axisGroup'];
  }
  add(name?: string, index?: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this.path}.add(${name ?? ''})`, () => {
      this.context.requireApi(7, 'ChartSeriesCollection.add');
      const chart = this.target();
      const series: SeriesState = {
        name: name ?? `Series${chart.series.length + 1}`,
        axisGroup: 'Primary',
        hasDataLabels: false,
      };
      chart.series.splice(index ?? chart.series.length, 0, series);
      return { chart, series };
    }).made();
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this.path}.getItemAt(${index})`, () => {
      const chart = this.target();
      const series = chart.series[index];
      if (!series) fail('ItemNotFound', `The chart has no series ${index}.`);
      return { chart, series };
    }).made();
  }
}

export class ChartSeriesProxy extends Proxy<SeriesTarget> {
  constructor(context: FakeContext, path: string, resolver: () => SeriesTarget) {
    super(context, path, resolver);
  }
  protected override scalarProps(): readonly string[] {
    return ['name', 'chartType', 'axisGroup', 'gapWidth', 'hasDataLabels'];
  }
  protected override snapshot(t: SeriesTarget, prop: string): unknown {
    const s = t.series;
    const values: Record<string, unknown> = {
      name: s.name,
      chartType: s.chartType ?? t.chart.type,
      axisGroup: s.axisGroup,
      gapWidth: s.gapWidth ?? 150,
      hasDataLabels: s.hasDataLabels,
    };
    return values[prop];
  }
  set name(v: string) {
    this.setProp('name', v, (t) => (t.series.name = String(v)));
  }
  set chartType(v: string) {
    this.setProp('chartType', v, (t) => (t.series.chartType = checkType(v)));
  }
  set axisGroup(v: 'Primary' | 'Secondary') {
    this.setProp('axisGroup', v, (t) => {
      if (v !== 'Primary' && v !== 'Secondary') fail('InvalidArgument', `Bad axis group ${String(v)}.`);
      t.series.axisGroup = v;
    });
  }
  set gapWidth(v: number) {
    this.setProp('gapWidth', v, (t) => {
      if (!Number.isInteger(v) || v < 0 || v > 500)
        fail('InvalidArgument', `Gap width ${v} is outside 0–500.`);
      t.series.gapWidth = v;
    });
  }
  set hasDataLabels(v: boolean) {
    this.setProp('hasDataLabels', v, (t) => (t.series.hasDataLabels = v));
  }
  setValues(source: RangeProxy): void {
    this.invoke('setValues', [source.path], (t) => {
      const range = source.target();
      if (range.bounds.rows > 1 && range.bounds.cols > 1)
        fail('InvalidArgument', 'Series values are one row or column.');
      t.series.values = range;
    });
  }
  setXAxisValues(source: RangeProxy): void {
    this.invoke('setXAxisValues', [source.path], (t) => {
      const range = source.target();
      if (range.bounds.rows > 1 && range.bounds.cols > 1)
        fail('InvalidArgument', 'Categories are one row or column.');
      t.series.categories = range;
    });
  }
  get format(): SeriesFormatProxy {
    return new SeriesFormatProxy(this.context, `${this.path}.format`, () => this.target());
  }
  get dataLabels(): SeriesDataLabelsProxy {
    return new SeriesDataLabelsProxy(this.context, `${this.path}.dataLabels`, () => {
      this.context.requireApi(8, 'ChartSeries.dataLabels');
      return this.target();
    });
  }
  get points(): ChartPointsProxy {
    return new ChartPointsProxy(this.context, `${this.path}.points`, () => this.target());
  }
  delete(): void {
    this.invoke('delete', [], (t) => t.chart.series.splice(t.chart.series.indexOf(t.series), 1));
  }
}

export class SeriesFormatProxy extends ChartPartProxy<SeriesTarget> {
  get fill(): SeriesFillProxy {
    return new SeriesFillProxy(this.context, `${this.path}.fill`, () => this.target());
  }
  get line(): SeriesLineProxy {
    return new SeriesLineProxy(this.context, `${this.path}.line`, () => this.target());
  }
}

export class SeriesFillProxy extends ChartPartProxy<SeriesTarget> {
  setSolidColor(color: string): void {
    this.invoke('setSolidColor', [color], (t) => (t.series.fill = checkColor(color)));
  }
  clear(): void {
    this.invoke('clear', [], (t) => (t.series.fill = 'cleared'));
  }
}

export class SeriesLineProxy extends ChartPartProxy<SeriesTarget> {
  set lineStyle(v: string) {
    this.setProp('lineStyle', v, (t) => (t.series.lineStyle = v));
  }
  set color(v: string) {
    this.setProp('color', v, (t) => (t.series.lineColor = checkColor(v)));
  }
  clear(): void {
    this.invoke('clear', [], (t) => (t.series.lineStyle = 'None'));
  }
}

/** ChartSeries.dataLabels: the settings every label of the series shares. */
export class SeriesDataLabelsProxy extends ChartPartProxy<SeriesTarget> {
  private set<K extends keyof NonNullable<SeriesState['dataLabels']>>(
    prop: K,
    v: NonNullable<SeriesState['dataLabels']>[K],
  ): void {
    this.setProp(prop, v, (t) => ((t.series.dataLabels ??= {})[prop] = v));
  }
  set showValue(v: boolean) {
    this.set('showValue', v);
  }
  set showPercentage(v: boolean) {
    this.set('showPercentage', v);
  }
  set numberFormat(v: string) {
    this.set('numberFormat', v);
  }
}

/** The points of a series: as many as its values range has cells (none before its values are set). */
export class ChartPointsProxy extends ChartPartProxy<SeriesTarget> {
  getItemAt(index: number): ChartPointProxy {
    return new ChartPointProxy(this.context, `${this.path}.getItemAt(${index})`, () => {
      const t = this.target();
      const bounds = t.series.values?.bounds;
      const count = bounds ? bounds.rows * bounds.cols : 0;
      if (!Number.isInteger(index) || index < 0 || index >= count)
        fail('InvalidArgument', `The series has ${count} points, not a point ${index}.`);
      return { ...t, index };
    });
  }
}

interface PointTarget extends SeriesTarget {
  readonly index: number;
}

export class ChartPointProxy extends ChartPartProxy<PointTarget> {
  private point(t: PointTarget): { fill?: string; hasDataLabel?: boolean } {
    return ((t.series.points ??= {})[t.index] ??= {});
  }
  set hasDataLabel(v: boolean) {
    this.setProp('hasDataLabel', v, (t) => (this.point(t).hasDataLabel = v));
  }
  get format(): ChartPointFormatProxy {
    return new ChartPointFormatProxy(this.context, `${this.path}.format`, () => this.target());
  }
}

export class ChartPointFormatProxy extends ChartPartProxy<PointTarget> {
  get fill(): ChartPointFillProxy {
    return new ChartPointFillProxy(this.context, `${this.path}.fill`, () => this.target());
  }
}

export class ChartPointFillProxy extends ChartPartProxy<PointTarget> {
  setSolidColor(color: string): void {
    this.invoke('setSolidColor', [color], (t) => {
      ((t.series.points ??= {})[t.index] ??= {}).fill = checkColor(color);
    });
  }
}

interface AxisTarget {
  readonly chart: ChartState;
  readonly key: string;
}

export class ChartAxesProxy extends ChartPartProxy<ChartState> {
  private axis(type: string, group: string): ChartAxisProxy {
    return new ChartAxisProxy(this.context, `${this.path}.${type}.${group}`, () => {
      const chart = this.target();
      if (chart.type === 'Pie' || chart.type === 'Doughnut')
        fail('InvalidOperation', 'A pie chart has no axes.');
      if (group === 'Secondary' && !chart.series.some((s) => s.axisGroup === 'Secondary')) {
        fail('ItemNotFound', 'The chart has no secondary axis: put a series on it first.');
      }
      return { chart, key: `${type}.${group}` };
    });
  }
  get valueAxis(): ChartAxisProxy {
    return this.axis('Value', 'Primary');
  }
  get categoryAxis(): ChartAxisProxy {
    return this.axis('Category', 'Primary');
  }
  getItem(type: string, group: string = 'Primary'): ChartAxisProxy {
    const proxy = this.axis(type, group);
    return proxy.made();
  }
}

export class ChartAxisProxy extends ChartPartProxy<AxisTarget> {
  private state(t: AxisTarget): AxisState {
    return (t.chart.axes[t.key] ??= { visible: true });
  }
  get title(): AxisTitleProxy {
    return new AxisTitleProxy(this.context, `${this.path}.title`, () => this.target());
  }
  set numberFormat(v: string) {
    this.setProp('numberFormat', v, (t) => (this.state(t).numberFormat = v));
  }
  set visible(v: boolean) {
    this.setProp('visible', v, (t) => (this.state(t).visible = v));
  }
  /** Axis scale settings (ExcelApi 1.7). All but majorUnit belong to a category axis; the fake fails on
   * them elsewhere (stricter than documented) so a writer that styles the wrong axis shows. */
  private categoryProp<K extends keyof AxisState>(
    prop: K,
    v: AxisState[K],
    allowed?: readonly string[],
  ): void {
    this.setProp(prop, v, (t) => {
      if (prop !== 'majorUnit' && !t.key.startsWith('Category'))
        fail('InvalidArgument', `${prop} is a category axis setting.`);
      if (allowed && !allowed.includes(String(v))) fail('InvalidArgument', `Bad ${prop} ${String(v)}.`);
      if (!allowed && (typeof v !== 'number' || !(v > 0)))
        fail('InvalidArgument', `${prop} must be a positive number, not ${String(v)}.`);
      this.state(t)[prop] = v;
    });
  }
  set categoryType(v: string) {
    this.categoryProp('categoryType', v, ['Automatic', 'TextAxis', 'DateAxis']);
  }
  set baseTimeUnit(v: string) {
    this.categoryProp('baseTimeUnit', v, TIME_UNITS);
  }
  set majorTimeUnitScale(v: string) {
    this.categoryProp('majorTimeUnitScale', v, TIME_UNITS);
  }
  set majorUnit(v: number) {
    this.categoryProp('majorUnit', v);
  }
  set tickLabelSpacing(v: number) {
    this.categoryProp('tickLabelSpacing', v);
  }
}

const TIME_UNITS = ['Days', 'Months', 'Years'];

export class AxisTitleProxy extends ChartPartProxy<AxisTarget> {
  set text(v: string) {
    this.setProp('text', v, (t) => ((t.chart.axes[t.key] ??= { visible: true }).title = String(v)));
  }
}
