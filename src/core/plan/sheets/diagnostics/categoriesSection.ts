import * as msg from '../../../messages/analysis';
import type { KpiReport } from '../../../metrics/report';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { highReturnThreshold } from '../../../retro/categoryRules';
import { formatValue } from '../../../retro/formatValue';
import { fill } from '../../analysisLabels';
import { groupTable } from '../../groupTable';
import { COLORS } from '../../theme';
import type { PlanCell } from '../../types';
import { absolute, columnSpan, formula } from './cells';
import { mutedLine, SECTION_SPAN, unavailableLine, type SectionContext } from './context';

/**
 * Categories over the campaign: paid sales, refunds and paid orders (values), the return rate (a formula
 * over them, or why it is unknown) and the share of sales (a formula over the column); categories whose
 * return rate is high (retro/categoryRules.ts) are in red.
 */
export function categoriesSection(ctx: SectionContext, report: KpiReport): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  sheet.section(t('categories'), SECTION_SPAN);
  const categories = report.byCategory;
  if (categories.length === 0) {
    const warning = report.warnings.find((w) => w.code === 'no_category_column');
    return unavailableLine(ctx, 'categories', warning?.text ?? msg.noCategoryColumn());
  }
  const placed = groupTable(
    sheet,
    {
      name: 'Fupan_Diag_Categories',
      labelHeaders: [t('category')],
      groups: categories.map((c) => ({ labels: [c.category ?? t('empty')], group: c })),
      measures: ['paid_sales', 'refunds', 'paid_orders'],
      kpis: ['return_rate_amount'],
    },
    locale,
  );
  const salesCol = placed.indexOf('paid_sales');
  const rateCol = placed.indexOf('return_rate_amount');
  const shareCol = placed.columns.length;
  const total = categories.reduce((s, c) => s + (c.measures.paid_sales.value ?? 0), 0);
  sheet.putAt(placed.headerRow, shareCol, [
    [t('shareOfSales')],
    ...categories.map((c, i): PlanCell[] => [
      total > 0
        ? formula(
            `${placed.cell(i, salesCol)}/SUM(${absolute(columnSpan(placed.firstDataRow, placed.col + salesCol, categories.length))})`,
            (c.measures.paid_sales.value ?? 0) / total,
          )
        : null,
    ]),
  ]);
  sheet.format(placed.columnRange(shareCol), fmt.percent);
  categories.forEach((c, i) => {
    const key = c.category ?? '';
    anchors[A.categorySales(key)] = placed.cell(i, salesCol);
    if (c.kpis.return_rate_amount.value !== null)
      anchors[A.categoryReturnRate(key)] = placed.cell(i, rateCol);
  });
  const threshold = highReturnThreshold(report.total.kpis.return_rate_amount.value);
  if (threshold !== null && categories.some((c) => c.kpis.return_rate_amount.value !== null)) {
    sheet.conditional({
      kind: 'cellValue',
      range: placed.columnRange(rateCol),
      operator: 'greaterThanOrEqual',
      formula1: String(threshold),
      fontColor: COLORS.bad,
      fill: COLORS.badFill,
    });
    mutedLine(ctx, fill(t('highReturn'), { threshold: formatValue(threshold, 'percent', locale) }));
    sheet.skip();
  }
}
