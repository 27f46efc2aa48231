import type { Locale } from '../../../core/locale';
import type {
  CategoryAxisPlan,
  ChartAxisPlan,
  ChartPlan,
  ChartSeriesPlan,
  ChartType,
} from '../../../core/plan/types';
import { NS, XML_DECLARATION } from '../pkg/ooxml';
import { escapeXml } from '../xmlText';
import { resolveRange, type PlanCells } from './planCells';

/**
 * A chart part (DrawingML c:chartSpace) for one planned chart:
 *
 *   series ─▶ plot groups by (family, axis): bar (barDir col|bar, grouping clustered|stacked),
 *             line (markers per series), pie, doughnut
 *          ─▶ axes: primary category (a date axis in days when the plan says so, labels thinned to its
 *             interval) + value axes, and a secondary pair when a group uses it
 *          ─▶ title, legend (entries of invisible series removed), caches of the referenced cells
 *
 * Series reference the plan's cells by absolute formula, with caches filled from the plan so the chart
 * draws before any recalculation.
 */
export function chartXml(chart: ChartPlan, sheet: string, cells: PlanCells, locale: Locale): string {
  const groups = plotGroups(chart);
  const hasAxes = groups.some((g) => g.family === 'bar' || g.family === 'line');
  const horizontal = groups.some((g) => g.family === 'bar' && g.barDir === 'bar');
  const secondary = groups.some((g) => g.axis === 'secondary') && hasAxes;
  let index = 0;
  const plots = groups
    .map((group) => {
      const series = group.series.map((s) => seriesXml(s, index++, group, sheet, cells));
      return groupXml(group, series.join(''), chart.gapWidth);
    })
    .join('');
  const axes = hasAxes ? axesXml(chart, horizontal, secondary, locale) : '';
  const legend = legendXml(chart);
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">` +
    `<c:date1904 val="0"/><c:lang val="${locale}"/><c:roundedCorners val="0"/>` +
    '<c:chart>' +
    (chart.title
      ? titleXml(chart.title, locale) + '<c:autoTitleDeleted val="0"/>'
      : '<c:autoTitleDeleted val="1"/>') +
    `<c:plotArea><c:layout/>${plots}${axes}</c:plotArea>` +
    legend +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="${locale}"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}

type Family = 'bar' | 'line' | 'pie' | 'doughnut';

interface PlotGroup {
  readonly family: Family;
  readonly axis: 'primary' | 'secondary';
  readonly barDir: 'col' | 'bar';
  readonly stacked: boolean;
  readonly series: { readonly plan: ChartSeriesPlan; readonly type: ChartType }[];
}

const AXIS_IDS = { primary: [111111111, 222222222], secondary: [333333333, 444444444] } as const;

function familyOf(type: ChartType): Family {
  if (type === 'line' || type === 'lineMarkers') return 'line';
  if (type === 'pie' || type === 'doughnut') return type;
  return 'bar';
}

/** Series grouped by family and axis, in order of first appearance; a bar group takes its first series' shape. */
function plotGroups(chart: ChartPlan): PlotGroup[] {
  const groups: PlotGroup[] = [];
  for (const plan of chart.series) {
    const type = plan.type ?? chart.type;
    const family = familyOf(type);
    const axis = family === 'pie' || family === 'doughnut' ? 'primary' : plan.axis;
    let group = groups.find((g) => g.family === family && g.axis === axis);
    if (!group) {
      group = {
        family,
        axis,
        barDir: type === 'barClustered' || type === 'barStacked' ? 'bar' : 'col',
        stacked: type === 'columnStacked' || type === 'barStacked',
        series: [],
      };
      groups.push(group);
    }
    group.series.push({ plan, type });
  }
  // Pie and doughnut charts draw one series and no axes: keep only the first such group.
  const round = groups.find((g) => g.family === 'pie' || g.family === 'doughnut');
  return round ? [round] : groups;
}

function groupXml(group: PlotGroup, series: string, gapWidth: number | undefined): string {
  const axIds = AXIS_IDS[group.axis].map((id) => `<c:axId val="${id}"/>`).join('');
  switch (group.family) {
    case 'bar':
      return (
        `<c:barChart><c:barDir val="${group.barDir}"/>` +
        `<c:grouping val="${group.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}` +
        `<c:gapWidth val="${gapWidth ?? 150}"/>${group.stacked ? '<c:overlap val="100"/>' : ''}${axIds}</c:barChart>`
      );
    case 'line':
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`;
    case 'pie':
      return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
    case 'doughnut':
      return `<c:doughnutChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`;
  }
}

function seriesXml(
  s: { plan: ChartSeriesPlan; type: ChartType },
  index: number,
  group: PlotGroup,
  sheet: string,
  cells: PlanCells,
): string {
  const { plan } = s;
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(plan.name)}</c:v></c:tx>`;
  const invisible = plan.color === 'none';
  const color = plan.color && !invisible ? plan.color.replace(/^#/, '').toUpperCase() : undefined;
  const labels = plan.dataLabels && !invisible ? dataLabelsXml(plan, sheet) : '';
  const data = categoriesXml(plan.categories, sheet, cells) + valuesXml(plan.values, sheet, cells);
  switch (group.family) {
    case 'bar': {
      const fill = invisible
        ? '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
        : color
          ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`
          : '';
      return `<c:ser>${head}${fill}<c:invertIfNegative val="0"/>${labels}${data}</c:ser>`;
    }
    case 'line': {
      const dash = plan.dash ? '<a:prstDash val="dash"/>' : '';
      const line = invisible
        ? '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>'
        : color
          ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>`
          : dash
            ? `<c:spPr><a:ln w="28575" cap="rnd">${dash}<a:round/></a:ln></c:spPr>`
            : '';
      const marker =
        s.type === 'lineMarkers' && !invisible
          ? `<c:marker><c:symbol val="circle"/><c:size val="5"/>${
              color ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` : ''
            }</c:marker>`
          : '<c:marker><c:symbol val="none"/></c:marker>';
      return `<c:ser>${head}${line}${marker}${labels}${data}<c:smooth val="0"/></c:ser>`;
    }
    case 'pie':
    case 'doughnut':
      return `<c:ser>${head}${slicesXml(plan.pointColors)}${labels}${data}</c:ser>`;
  }
}

/** Each slice's own fill, with a white edge that keeps neighbours apart. */
function slicesXml(colors: readonly string[] | undefined): string {
  return (colors ?? [])
    .map(
      (c, i) =>
        `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${c
          .replace(/^#/, '')
          .toUpperCase()}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>`,
    )
    .join('');
}

/**
 * Values on every point, or (pie, doughnut) percentages on the listed points only: each other point's label
 * is deleted, so thin slices leave no label to overlap their neighbours'.
 */
function dataLabelsXml(plan: ChartSeriesPlan, sheet: string): string {
  const shows = (value: boolean, percent: boolean): string =>
    `<c:showLegendKey val="0"/><c:showVal val="${value ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="${percent ? 1 : 0}"/><c:showBubbleSize val="0"/>`;
  const clear = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';
  const labels = plan.dataLabels;
  if (typeof labels !== 'object') return `<c:dLbls>${clear}${shows(true, false)}</c:dLbls>`;
  const range = resolveRange(plan.values, sheet);
  const count = range.rows * range.cols;
  const deleted = Array.from({ length: count }, (_, i) => i)
    .filter((i) => !labels.points.includes(i))
    .map((i) => `<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>`)
    .join('');
  return (
    `<c:dLbls>${deleted}<c:numFmt formatCode="${escapeXml(labels.numberFormat)}" sourceLinked="0"/>${clear}${shows(false, true)}` +
    '<c:showLeaderLines val="0"/></c:dLbls>'
  );
}

/** Category labels: a number reference (with the cells' format, e.g. dates) when all are numbers. */
function categoriesXml(reference: string, sheet: string, cells: PlanCells): string {
  const range = resolveRange(reference, sheet);
  const points = rangeCells(range).map(([r, c]) => cells.value(range.sheet, r, c));
  const numeric = points.every((v) => v === null || typeof v === 'number') && points.some((v) => v !== null);
  if (numeric) {
    const format = cells.numberFormat(range.sheet, range.row, range.col) ?? 'General';
    return `<c:cat>${numRef(range.formula, points, format)}</c:cat>`;
  }
  const pts = points
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join('');
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(range.formula)}</c:f>` +
    `<c:strCache><c:ptCount val="${points.length}"/>${pts}</c:strCache></c:strRef></c:cat>`
  );
}

function valuesXml(reference: string, sheet: string, cells: PlanCells): string {
  const range = resolveRange(reference, sheet);
  const points = rangeCells(range).map(([r, c]) => cells.value(range.sheet, r, c));
  const format = cells.numberFormat(range.sheet, range.row, range.col) ?? 'General';
  return `<c:val>${numRef(range.formula, points, format)}</c:val>`;
}

function numRef(
  formula: string,
  points: readonly (string | number | boolean | null)[],
  format: string,
): string {
  const pts = points
    .map((v, i) =>
      typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '',
    )
    .join('');
  return (
    `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${points.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

function rangeCells(range: { row: number; col: number; rows: number; cols: number }): [number, number][] {
  const out: [number, number][] = [];
  for (let r = range.row; r < range.row + range.rows; r++) {
    for (let c = range.col; c < range.col + range.cols; c++) out.push([r, c]);
  }
  return out;
}

function richText(text: string, locale: Locale, bodyPr = '<a:bodyPr/>', size = 1200): string {
  return (
    `<c:tx><c:rich>${bodyPr}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="${locale}" sz="${size}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function titleXml(text: string, locale: Locale): string {
  return `<c:title>${richText(text, locale)}<c:overlay val="0"/></c:title>`;
}

function axisTitleXml(axis: ChartAxisPlan | undefined, locale: Locale, vertical: boolean): string {
  if (!axis?.title) return '';
  const bodyPr = vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  return `<c:title>${richText(axis.title, locale, bodyPr, 900)}<c:overlay val="0"/></c:title>`;
}

function numFmtXml(axis: ChartAxisPlan | undefined): string {
  return axis?.numberFormat
    ? `<c:numFmt formatCode="${escapeXml(axis.numberFormat)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
}

const TICKS = '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';

/**
 * The category axis: a c:dateAx over day serials (base unit days, a label every `labelInterval` days via
 * majorUnit, which is how a date axis spaces its labels), or a c:catAx whose labels are thinned with
 * tickLblSkip. A hidden axis (the secondary group's) takes the same kind, unlabelled.
 */
function categoryAxisXml(
  axis: CategoryAxisPlan | undefined,
  at: { id: number; cross: number; hidden: boolean; pos: string; horizontal: boolean },
  locale: Locale,
): string {
  const shown = at.hidden ? undefined : axis;
  const head =
    `<c:axId val="${at.id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="${at.hidden ? 1 : 0}"/><c:axPos val="${at.pos}"/>` +
    axisTitleXml(shown, locale, at.horizontal) +
    numFmtXml(shown) +
    `${TICKS}<c:crossAx val="${at.cross}"/><c:crosses val="autoZero"/>`;
  const interval = axis?.labelInterval;
  const every = interval !== undefined && interval > 1 ? Math.round(interval) : undefined;
  if (axis?.kind === 'date') {
    return (
      `<c:dateAx>${head}<c:auto val="0"/><c:lblOffset val="100"/><c:baseTimeUnit val="days"/>` +
      (every ? `<c:majorUnit val="${every}"/><c:majorTimeUnit val="days"/>` : '') +
      '</c:dateAx>'
    );
  }
  return (
    `<c:catAx>${head}<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    (every ? `<c:tickLblSkip val="${every}"/>` : '') +
    '<c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

function axesXml(chart: ChartPlan, horizontal: boolean, secondary: boolean, locale: Locale): string {
  const [cat, val] = AXIS_IDS.primary;
  const [cat2, val2] = AXIS_IDS.secondary;
  const catPos = horizontal ? 'l' : 'b';
  const valPos = horizontal ? 'b' : 'l';
  const catAx = (id: number, cross: number, hidden: boolean, pos: string): string =>
    categoryAxisXml(chart.xAxis, { id, cross, hidden, pos, horizontal }, locale);
  const valAx = (
    id: number,
    cross: number,
    axis: ChartAxisPlan | undefined,
    pos: string,
    second: boolean,
  ): string =>
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${pos}"/>` +
    (second
      ? ''
      : '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>') +
    axisTitleXml(axis, locale, !horizontal) +
    numFmtXml(axis) +
    `${TICKS}<c:crossAx val="${cross}"/><c:crosses val="${second ? 'max' : 'autoZero'}"/>` +
    '<c:crossBetween val="between"/></c:valAx>';
  let xml = catAx(cat, val, false, catPos) + valAx(val, cat, chart.yAxis, valPos, false);
  if (secondary) {
    xml += catAx(cat2, val2, true, catPos) + valAx(val2, cat2, chart.y2Axis, horizontal ? 't' : 'r', true);
  }
  return xml;
}

const LEGEND_POS = { bottom: 'b', right: 'r', top: 't' } as const;

function legendXml(chart: ChartPlan): string {
  if (chart.legend === 'none') return '';
  // Entries follow plot-group order, as the series indices do.
  const ordered = plotGroups(chart).flatMap((g) => g.series.map((s) => s.plan));
  const hidden = ordered
    .map((s, i) =>
      s.color === 'none' ? `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>` : '',
    )
    .join('');
  return `<c:legend><c:legendPos val="${LEGEND_POS[chart.legend]}"/>${hidden}<c:overlay val="0"/></c:legend>`;
}
