import type { CampaignAnalysis } from '../../analyze';
import type { CustomerFindings, CustomerGroup } from '../../analysis/customers';
import type { Locale } from '../../locale';
import * as msg from '../../messages/analysis';
import { ANALYSIS_ANCHORS as A, type CustomerGroupKey } from '../../retro/analysisAnchors';
import { cellAddress, rangeAddress } from '../a1';
import { CUSTOMER_LABELS as T, fill, NEW_BASIS_LABELS } from '../analysisLabels';
import { percentLabels } from '../chartRules';
import { numberFormats } from '../numberFormats';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName, sheetTitle } from '../sheetNames';
import { COLORS, STYLES } from '../theme';
import type { PlanCell, SheetPlan } from '../types';
import type { Anchors } from './anchors';
import { clearBelow, formula, noteLines, reasonLine } from './diagnostics/cells';

const CHART_ROWS = 14;
const CHART_COL = 8;

/**
 * Customers: new vs returning (buyers; share, AOV and sales per buyer as formulas over the counts and
 * sales beside them; a total row of sums), repurchase and retention rates as formulas over their counts,
 * a doughnut of the buyers and a column chart of AOV, new against returning. A part without its data says
 * why.
 */
export function planCustomersSheet(
  analysis: CampaignAnalysis,
  locale: Locale,
): { sheet: SheetPlan; anchors: Anchors } {
  const t = (key: keyof typeof T) => T[key][locale];
  const sheet = new SheetBuilder('customers', sheetName('customers', locale), COLORS.series[4]);
  const anchors: Record<string, string> = { [A.top]: 'A1' };
  sheet.title(sheetTitle('customers', locale), t('subtitle'));

  const result = analysis.analyses.customers;
  if (result.kind === 'unavailable') {
    anchors[A.customersUnavailable] = reasonLine(sheet, t('unavailable'), result.reason, locale);
    sheet.width(0, 120);
    return { sheet: sheet.build(), anchors };
  }

  sheet.section(t('newVsReturning'), 7);
  const chartTop = sheet.nextRow;
  const totalRow = groupTable(sheet, result, locale, anchors);
  if (result.basis.length > 0) {
    const sources = result.basis
      .map(
        (b) =>
          `${NEW_BASIS_LABELS[b.source][locale]} (${b.buyers.toLocaleString('en-US')} ${t('buyersWord')})`,
      )
      .join(locale === 'zh-CN' ? '；' : '; ');
    sheet.put([[`${t('basis')}${sources}`]], 0, STYLES.muted);
  }
  sheet.skip();

  sheet.section(t('loyalty'), 7);
  loyaltyTable(sheet, result, totalRow, locale, anchors);
  clearBelow(sheet, chartTop + CHART_ROWS - 1);

  // The missing retention window is already stated under its table.
  const notes = result.notes.filter((n) => n['en-US'] !== msg.noDataAfterPeriod()['en-US']);
  if (notes.length > 0) {
    sheet.section(t('notes'), 7);
    noteLines(sheet, notes, locale);
  }
  [44, 12, 14, 16, 12, 14, 14].forEach((w, i) => sheet.width(i, w));
  return { sheet: sheet.build(), anchors };
}

/** New, returning and total rows; returns the 0-based row of the total. Charts read the first two rows. */
function groupTable(
  sheet: SheetBuilder,
  result: CustomerFindings,
  locale: Locale,
  anchors: Record<string, string>,
): number {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const first = sheet.nextRow + 1;
  const total = first + 2;
  const at = (row: number, col: number) => cellAddress(row, col);
  const { newBuyers, returningBuyers } = result;
  const sums = {
    buyers: newBuyers.buyers + returningBuyers.buyers,
    paidSales: newBuyers.paidSales + returningBuyers.paidSales,
    paidOrders: newBuyers.paidOrders + returningBuyers.paidOrders,
  };
  const ratios = (row: number, g: { buyers: number; paidSales: number; paidOrders: number }): PlanCell[] => [
    g.paidOrders > 0 ? formula(`${at(row, 3)}/${at(row, 4)}`, g.paidSales / g.paidOrders) : null,
    g.buyers > 0 ? formula(`${at(row, 3)}/${at(row, 1)}`, g.paidSales / g.buyers) : null,
  ];
  const groupRow = (label: string, g: CustomerGroup, row: number): PlanCell[] => [
    label,
    g.buyers,
    sums.buyers > 0 ? formula(`${at(row, 1)}/${at(total, 1)}`, g.buyers / sums.buyers) : null,
    g.paidSales,
    g.paidOrders,
    ...ratios(row, g),
  ];
  const sumOf = (col: number, value: number) => formula(`${at(first, col)}+${at(first + 1, col)}`, value);
  const placed = sheet.table({
    name: 'Fupan_Customers_Groups',
    header: [
      t('group'),
      t('buyers'),
      t('share'),
      t('paidSales'),
      t('paidOrders'),
      t('aov'),
      t('salesPerBuyer'),
    ],
    rows: [
      groupRow(t('new'), newBuyers, first),
      groupRow(t('returning'), returningBuyers, first + 1),
      [
        t('total'),
        sumOf(1, sums.buyers),
        sums.buyers > 0 ? formula(`${at(total, 1)}/${at(total, 1)}`, 1) : null,
        sumOf(3, sums.paidSales),
        sumOf(4, sums.paidOrders),
        ...ratios(total, sums),
      ],
    ],
    formats: [undefined, fmt.count, fmt.percent, fmt.money, fmt.count, fmt.money, fmt.money],
  });
  sheet.format(rangeAddress(total, 0, 1, 7), undefined, { bold: true });
  (['new', 'returning', 'total'] as const satisfies readonly CustomerGroupKey[]).forEach((key, i) => {
    anchors[A.customerBuyers(key)] = placed.cell(i, 1);
    anchors[A.customerShare(key)] = placed.cell(i, 2);
    anchors[A.customerAov(key)] = placed.cell(i, 5);
  });

  const chartTop = placed.headerRow;
  const names = rangeAddress(first, 0, 2, 1);
  sheet.chart({
    name: 'Fupan_Customers_Buyers',
    type: 'doughnut',
    title: t('buyersChart'),
    series: [
      {
        name: t('buyers'),
        categories: names,
        values: rangeAddress(first, 1, 2, 1),
        axis: 'primary',
        pointColors: [COLORS.series[0], COLORS.series[1]],
        // Shares, not head counts: a slice too thin for a label keeps only its legend entry.
        dataLabels: percentLabels([newBuyers.buyers, returningBuyers.buyers]),
      },
    ],
    anchor: {
      from: { row: chartTop, col: CHART_COL },
      to: { row: chartTop + CHART_ROWS - 1, col: CHART_COL + 5 },
    },
    legend: 'bottom',
  });
  sheet.chart({
    name: 'Fupan_Customers_AOV',
    type: 'columnClustered',
    title: t('aovChart'),
    series: [
      {
        name: t('aov'),
        categories: names,
        values: rangeAddress(first, 5, 2, 1),
        axis: 'primary',
        color: COLORS.series[0],
        dataLabels: true,
      },
    ],
    anchor: {
      from: { row: chartTop, col: CHART_COL + 6 },
      to: { row: chartTop + CHART_ROWS - 1, col: CHART_COL + 11 },
    },
    legend: 'none',
    yAxis: { numberFormat: fmt.moneyWhole },
  });
  return total;
}

/** Repurchase and retention: count, base (the total buyers, by reference) and the rate as a formula. */
function loyaltyTable(
  sheet: SheetBuilder,
  result: CustomerFindings,
  totalRow: number,
  locale: Locale,
  anchors: Record<string, string>,
): void {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const first = sheet.nextRow + 1;
  const buyersRef = cellAddress(totalRow, 1);
  const row = (i: number, label: string, count: number): PlanCell[] => [
    label,
    count,
    formula(buyersRef, result.buyers),
    result.buyers > 0
      ? formula(`${cellAddress(first + i, 1)}/${cellAddress(first + i, 2)}`, count / result.buyers)
      : null,
  ];
  const { retention } = result;
  const rows: PlanCell[][] = [row(0, t('repurchase'), result.repurchase.repeatBuyers)];
  if (retention) {
    const label =
      fill(t('retention'), { days: retention.windowDays }) +
      (retention.partial ? fill(t('partial'), { covered: retention.coveredDays }) : '');
    rows.push(row(1, label, retention.retainedBuyers));
  }
  const placed = sheet.table({
    name: 'Fupan_Customers_Loyalty',
    header: [t('measure'), t('count'), t('base'), t('rate')],
    rows,
    formats: [undefined, fmt.count, fmt.count, fmt.percent],
  });
  if (result.buyers > 0) {
    anchors[A.repurchaseRate] = placed.cell(0, 3);
    if (retention) anchors[A.retentionRate] = placed.cell(1, 3);
  }
  if (!retention) {
    reasonLine(sheet, t('noRetention'), msg.noDataAfterPeriod(), locale);
    sheet.skip();
  }
}
