import type { Locale } from '../../locale';
import type { KpiId } from '../../metrics/kpiIds';
import type { KpiReport } from '../../metrics/report';
import { groupTable } from '../groupTable';
import { CHANNEL_LABELS as T } from '../labels';
import { numberFormats } from '../numberFormats';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName, sheetTitle } from '../sheetNames';
import { COLORS } from '../theme';
import type { PlanCell, SheetPlan } from '../types';
import type { Anchors } from './anchors';
import { channelShareChart } from './channelShareChart';

const CHART_ROWS = 16;

/** Absolute form of an A1 range, for formulas that are copied down a column. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/**
 * Channels & ROI: per channel spend, traffic, orders, sales, buyers and new customers (values), then CVR, AOV,
 * ROAS, ROI and CAC as formulas over them, the share of sales and the ROAS rank as formulas over the column;
 * a bar chart of ROAS and a doughnut of the sales share. Categories follow, from the item lines, then the
 * doughnut's own small table (channelShareChart).
 */
export function planChannelsSheet(report: KpiReport, locale: Locale): { sheet: SheetPlan; anchors: Anchors } {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const sheet = new SheetBuilder('channels', sheetName('channels', locale), COLORS.series[2]);
  const anchors: Record<string, string> = { top: 'A1' };
  sheet.title(sheetTitle('channels', locale), t('subtitle'));
  const chartTop = sheet.nextRow;

  const channels = report.byChannel;
  if (channels.length === 0) {
    sheet.put([[t('noChannels')]]);
    return { sheet: sheet.build(), anchors };
  }
  sheet.skip(CHART_ROWS);
  sheet.section(t('channels'), 18);
  const kpis: KpiId[] = ['cvr', 'aov', 'roas', 'roi', 'cac'];
  const placed = groupTable(
    sheet,
    {
      name: 'Fupan_Channels',
      labelHeaders: [t('channel')],
      groups: channels.map((c) => ({ labels: [c.channel ?? t('empty')], group: c })),
      measures: [
        'spend',
        'uv',
        'buyer_days',
        'orders',
        'paid_orders',
        'paid_sales',
        'refunds',
        'refunds_deducted',
        'cogs',
        'buyers',
        'new_buyers',
      ],
      kpis,
      aliases: { visitor_days: 'uv' },
    },
    locale,
  );
  const salesCol = placed.indexOf('paid_sales');
  const roasCol = placed.indexOf('roas');
  const shareCol = placed.columns.length;
  const rankCol = shareCol + 1;
  const salesTotal = channels.reduce((s, c) => s + (c.measures.paid_sales.value ?? 0), 0);
  const roasValues = channels.map((c) => c.kpis.roas.value);
  const extra: PlanCell[][] = [
    [t('share'), t('rank')],
    ...channels.map((c, i): PlanCell[] => {
      const roas = c.kpis.roas.value;
      return [
        {
          kind: 'formula',
          formula: `=${placed.cell(i, salesCol)}/SUM(${absolute(placed.columnRange(salesCol))})`,
          value: salesTotal > 0 ? (c.measures.paid_sales.value ?? 0) / salesTotal : null,
        },
        roas === null
          ? null
          : {
              kind: 'formula',
              formula: `=RANK(${placed.cell(i, roasCol)},${absolute(placed.columnRange(roasCol))})`,
              value: 1 + roasValues.filter((v) => v !== null && v > roas).length,
            },
      ];
    }),
  ];
  sheet.putAt(placed.headerRow, shareCol, extra);
  sheet.format(placed.columnRange(shareCol), fmt.percent).format(placed.columnRange(rankCol), fmt.count);
  sheet.conditional({
    kind: 'colorScale',
    range: placed.columnRange(roasCol),
    minColor: '#F8696B',
    midColor: '#FFEB84',
    maxColor: '#63BE7B',
  });
  sheet.conditional({ kind: 'dataBar', range: placed.columnRange(salesCol), color: COLORS.series[1] });
  channels.forEach((c, i) => {
    const key = c.key ?? '';
    anchors[`channel.${key}.roas`] = placed.cell(i, roasCol);
    anchors[`channel.${key}.paid_sales`] = placed.cell(i, salesCol);
    anchors[`channel.${key}.share`] = placed.cell(i, shareCol);
    anchors[`channel.${key}.cac`] = placed.cell(i, placed.indexOf('cac'));
    // The next plan's basis: a channel's spend and traffic this campaign.
    anchors[`channel.${key}.spend`] = placed.cell(i, placed.indexOf('spend'));
    anchors[`channel.${key}.uv`] = placed.cell(i, placed.indexOf('uv'));
  });

  const names = placed.columnRange(0);
  sheet.chart({
    name: 'Fupan_Channels_ROAS',
    type: 'barClustered',
    title: t('roasChart'),
    series: [
      {
        name: placed.columns[roasCol] as string,
        categories: names,
        values: placed.columnRange(roasCol),
        axis: 'primary',
        color: COLORS.series[0],
        dataLabels: true,
      },
    ],
    anchor: { from: { row: chartTop, col: 0 }, to: { row: chartTop + CHART_ROWS - 1, col: 5 } },
    legend: 'none',
    yAxis: { numberFormat: fmt.ratio },
  });
  if (report.byCategory.length > 0) {
    sheet.section(t('categories'), 10);
    const categories = groupTable(
      sheet,
      {
        name: 'Fupan_Categories',
        labelHeaders: [t('category')],
        groups: report.byCategory.map((c) => ({ labels: [c.category ?? t('empty')], group: c })),
        measures: ['gmv', 'paid_sales', 'refunds', 'paid_orders'],
        kpis: ['return_rate_amount'],
      },
      locale,
    );
    report.byCategory.forEach((c, i) => {
      anchors[`category.${c.category ?? ''}.paid_sales`] = categories.cell(
        i,
        categories.indexOf('paid_sales'),
      );
      anchors[`category.${c.category ?? ''}.return_rate_amount`] = categories.cell(
        i,
        categories.indexOf('return_rate_amount'),
      );
    });
  }

  channelShareChart(sheet, channels, placed, { top: chartTop, rows: CHART_ROWS }, locale);

  sheet.width(0, 16);
  for (let c = 1; c < 18; c++) sheet.width(c, 13);
  return { sheet: sheet.build(), anchors };
}
