import type { Locale } from '../../locale';
import type { KpiReport } from '../../metrics/report';
import { dayToExcelSerial } from '../../model/day';
import { labelInterval, needsOwnAxis } from '../chartRules';
import { groupTable } from '../groupTable';
import { TREND_LABELS as T } from '../labels';
import { numberFormats } from '../numberFormats';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName, sheetTitle } from '../sheetNames';
import { COLORS } from '../theme';
import type { ChartSeriesPlan, PlanCell, SheetPlan } from '../types';
import type { Anchors } from './anchors';

const CHART_ROWS = 18;

/**
 * Trend: charts on top (GMV and orders as lines; UV columns with CVR as a line on a secondary axis), then the
 * daily table labelled by period and phase, then the phase table with each phase's share of GMV.
 */
export function planTrendSheet(report: KpiReport, locale: Locale): { sheet: SheetPlan; anchors: Anchors } {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const sheet = new SheetBuilder('trend', sheetName('trend', locale), COLORS.series[1]);
  const anchors: Record<string, string> = {};
  sheet.title(sheetTitle('trend', locale), t('subtitle'));
  const chartTop = sheet.nextRow;
  sheet.skip(CHART_ROWS);

  sheet.section(t('daily'), 14);
  const hasTraffic = report.total.measures.uv.value !== null;
  const daily = groupTable(
    sheet,
    {
      name: 'Fupan_Trend_Daily',
      labelHeaders: [t('date'), t('part'), t('phase')],
      labelFormats: [fmt.date],
      groups: report.byDay.map((d) => ({
        labels: [dayToExcelSerial(d.day), t(d.part), d.phase ? t(d.phase) : null],
        group: d,
      })),
      measures: ['gmv', 'paid_sales', 'orders', 'paid_orders', 'buyers', 'uv', 'spend'],
      kpis: ['cvr', 'aov', 'roas'],
      aliases: { buyer_days: 'buyers', visitor_days: 'uv' },
    },
    locale,
  );
  report.byDay.forEach((d, i) => {
    anchors[`day.${d.iso}`] = daily.cell(i, 0);
    anchors[`day.${d.iso}.gmv`] = daily.cell(i, daily.indexOf('gmv'));
  });
  // The daily values the next plan's spreads come from.
  if (report.byDay.length > 0) anchors['daily.top'] = daily.cell(0, 0);

  sheet.section(t('phases'), 10);
  const gmvTotal = report.byPhase.reduce((s, p) => s + (p.measures.gmv.value ?? 0), 0);
  const phaseFirst = sheet.nextRow + 1;
  const phases = groupTable(
    sheet,
    {
      name: 'Fupan_Trend_Phases',
      labelHeaders: [t('phase'), t('start'), t('end')],
      labelFormats: [undefined, fmt.date, fmt.date],
      groups: report.byPhase.map((p) => ({
        labels: [t(p.kind), dayToExcelSerial(p.range.start), dayToExcelSerial(p.range.end)],
        group: p,
      })),
      measures: ['gmv', 'paid_sales', 'orders', 'uv'],
      kpis: ['cvr', 'aov'],
      aliases: {},
    },
    locale,
  );
  // Share of GMV: a formula over the phase table's GMV column.
  if (report.byPhase.length > 0) {
    const gmvCol = phases.indexOf('gmv');
    const shareCol = phases.columns.length;
    const total = phases.columnRange(gmvCol).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    const cells: PlanCell[][] = [
      [t('share')],
      ...report.byPhase.map((p, i): PlanCell[] => [
        {
          kind: 'formula',
          formula: `=${phases.cell(i, gmvCol)}/SUM(${total})`,
          value: gmvTotal > 0 ? (p.measures.gmv.value ?? 0) / gmvTotal : null,
        },
      ]),
    ];
    sheet.putAt(phaseFirst - 1, shareCol, cells);
    sheet.format(phases.columnRange(shareCol), fmt.percent);
    report.byPhase.forEach((p, i) => {
      anchors[`phase.${p.kind}.share`] = phases.cell(i, shareCol);
      anchors[`phase.${p.kind}.paid_sales`] = phases.cell(i, phases.indexOf('paid_sales'));
    });
  }

  // Charts over the daily table.
  if (report.byDay.length > 0) {
    const dates = daily.columnRange(0);
    const header = (id: Parameters<typeof daily.indexOf>[0]) => daily.columns[daily.indexOf(id)] as string;
    // A series over one column of the daily table, named by its header, against the dates.
    const series = (
      id: Parameters<typeof daily.indexOf>[0],
      axis: ChartSeriesPlan['axis'],
      color: string,
    ) => ({
      name: header(id),
      categories: dates,
      values: daily.columnRange(daily.indexOf(id)),
      axis,
      color,
    });
    // The days as a date axis with a label every few days, so a long campaign shows about ten dates.
    const serials = report.byDay.map((d) => dayToExcelSerial(d.day));
    const span = Math.max(...serials) - Math.min(...serials) + 1;
    const xAxis = { kind: 'date', labelInterval: labelInterval(span), numberFormat: 'm/d' } as const;
    const byDay = (id: 'gmv' | 'orders') => report.byDay.map((d) => d.measures[id].value);
    // Orders are counted in units, GMV in money: when they differ by more than tenfold, orders get an axis of
    // their own (on GMV's axis they would lie flat along the bottom). The second line is also dashed.
    const ordersAxis = needsOwnAxis(byDay('gmv'), byDay('orders')) ? 'secondary' : 'primary';
    sheet.chart({
      name: 'Fupan_Trend_GMV',
      type: 'line',
      title: t('gmvOrders'),
      series: [
        series('gmv', 'primary', COLORS.series[0]),
        { ...series('orders', ordersAxis, COLORS.series[1]), dash: true },
      ],
      anchor: { from: { row: chartTop, col: 0 }, to: { row: chartTop + CHART_ROWS - 1, col: 6 } },
      legend: 'bottom',
      xAxis,
      ...(ordersAxis === 'secondary'
        ? {
            yAxis: { title: header('gmv'), numberFormat: fmt.moneyWhole },
            y2Axis: { title: header('orders'), numberFormat: fmt.count },
          }
        : {}),
    });
    if (hasTraffic) {
      // Visitors are counts and CVR a rate below one: always two axes.
      sheet.chart({
        name: 'Fupan_Trend_UV_CVR',
        type: 'columnClustered',
        title: t('uvCvr'),
        series: [
          series('uv', 'primary', COLORS.series[0]),
          { ...series('cvr', 'secondary', COLORS.series[1]), type: 'line' },
        ],
        anchor: { from: { row: chartTop, col: 7 }, to: { row: chartTop + CHART_ROWS - 1, col: 13 } },
        legend: 'bottom',
        xAxis,
        yAxis: { title: header('uv'), numberFormat: fmt.count },
        y2Axis: { title: header('cvr'), numberFormat: fmt.percent },
        gapWidth: 50,
      });
    } else {
      sheet.putAt(chartTop, 7, [[t('noTraffic')]]);
    }
  }

  [12, 10, 10].forEach((w, i) => sheet.width(i, w));
  for (let c = 3; c < 14; c++) sheet.width(c, 13);
  return { sheet: sheet.build(), anchors };
}
