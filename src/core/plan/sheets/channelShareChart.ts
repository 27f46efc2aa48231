import type { Locale } from '../../locale';
import type { KpiReport } from '../../metrics/report';
import { cellAddress, rangeAddress } from '../a1';
import { foldSlices, percentLabels } from '../chartRules';
import { CHANNEL_LABELS as T } from '../labels';
import { numberFormats } from '../numberFormats';
import type { PlacedGroupTable } from '../groupTable';
import type { SheetBuilder } from '../sheetBuilder';
import { COLORS, STYLES } from '../theme';
import type { PlanCell } from '../types';
import { absolute, formula } from './diagnostics/cells';

/**
 * The doughnut of the sales share by channel, over a small table of its own at the cursor.
 *
 * Why fold rather than label every slice: with more than five or six channels the thin slices' labels
 * overlap into an unreadable heap. The largest channels (each ≥ 5 % of sales, five at most) keep their own
 * slice; the rest are summed into one "Other" slice, so the doughnut never draws more than six. Only slices
 * of at least 5 % carry a label, their percentage; the legend names every slice. A sorted bar chart would
 * show every channel, but the ROAS chart beside it is already a bar per channel, and the doughnut's job is
 * the one thing a bar does not show at a glance: how the whole splits.
 *
 * The table lists the kept channels largest first, each a formula over the channel table's sales cell, and
 * "Other" as the column's total minus the kept ones, so an edit to the channel table flows into the chart.
 */
export function channelShareChart(
  sheet: SheetBuilder,
  channels: KpiReport['byChannel'],
  placed: PlacedGroupTable,
  chart: { readonly top: number; readonly rows: number },
  locale: Locale,
): void {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const salesCol = placed.indexOf('paid_sales');
  const sales = channels.map((c) => c.measures.paid_sales.value);
  const { kept, folded, other } = foldSlices(sales);

  sheet.put([[t('shareData')]], 0, STYLES.muted);
  const first = sheet.nextRow;
  const keptRows = kept.map((i): PlanCell[] => [
    channels[i]?.channel ?? t('empty'),
    formula(placed.cell(i, salesCol), sales[i] ?? null),
  ]);
  const keptCells = kept.map((_, k) => cellAddress(first + k, 1));
  const rows =
    folded.length === 0
      ? keptRows
      : [
          ...keptRows,
          [
            t('other'),
            formula([`SUM(${absolute(placed.columnRange(salesCol))})`, ...keptCells].join('-'), other),
          ],
        ];
  sheet.put(rows);
  sheet.format(rangeAddress(first, 1, rows.length, 1), fmt.money);
  sheet.skip();

  const slices = [...kept.map((i) => sales[i] ?? null), ...(folded.length > 0 ? [other] : [])];
  sheet.chart({
    name: 'Fupan_Channels_Share',
    type: 'doughnut',
    title: t('shareChart'),
    series: [
      {
        name: placed.columns[salesCol] as string,
        categories: rangeAddress(first, 0, rows.length, 1),
        values: rangeAddress(first, 1, rows.length, 1),
        axis: 'primary',
        pointColors: [
          ...kept.map((_, k) => COLORS.series[k % COLORS.series.length] as string),
          ...(folded.length > 0 ? [COLORS.otherSlice] : []),
        ],
        dataLabels: percentLabels(slices),
      },
    ],
    anchor: { from: { row: chart.top, col: 6 }, to: { row: chart.top + chart.rows - 1, col: 11 } },
    legend: 'right',
  });
}
