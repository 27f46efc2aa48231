import type { AnalysisResults } from '../../../analysis';
import type { GapComparison, SalesFactorId } from '../../../analysis/decomposition';
import type { AnalysisResult } from '../../../analysis/result';
import { isoDay } from '../../../model/day';
import { ANALYSIS_ANCHORS as A, type GapReference } from '../../../retro/analysisAnchors';
import { cellAddress, rangeAddress } from '../../a1';
import { FACTOR_LABELS, fill } from '../../analysisLabels';
import { COLORS } from '../../theme';
import type { PlanCell } from '../../types';
import { clearBelow, formula, noteLines } from './cells';
import { mutedLine, SECTION_SPAN, subheading, unavailableLine, type SectionContext } from './context';
import { waterfall } from './waterfall';

const CHART_COL = 8;
const CHART_ROWS = 18;
const RATE_FORMAT = '0.00%';

/**
 * The sales gap, against the baseline and against the target: one row per factor of the identity (before,
 * after, effect, share of the gap as a formula), the total row (the gap as a formula over paid sales before
 * and after), then the waterfall's series as formulas over the effects and its stacked-column chart.
 */
export function decompositionSection(ctx: SectionContext, result: AnalysisResults['decomposition']): void {
  const { sheet, t } = ctx;
  sheet.section(t('decomposition'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'decomposition', result.reason);
  const parts: [GapReference, AnalysisResult<GapComparison>][] = [
    ['baseline', result.vsBaseline],
    ['target', result.vsTarget],
  ];
  for (const [ref, comparison] of parts) {
    subheading(ctx, ref === 'baseline' ? t('vsBaseline') : t('vsTarget'));
    if (comparison.kind === 'unavailable') {
      unavailableLine(ctx, `decomposition.${ref}`, comparison.reason);
      continue;
    }
    gapPart(ctx, ref, comparison);
  }
}

function gapPart(ctx: SectionContext, ref: GapReference, gap: GapComparison): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  const chartTop = sheet.nextRow - 1;
  const first = sheet.nextRow + 1;
  const total = first + gap.effects.length;
  const at = (row: number, col: number) => cellAddress(row, col);
  const valueFormat = (factor: SalesFactorId) =>
    factor === 'cvr' ? RATE_FORMAT : factor === 'uv' || factor === 'paid_orders' ? fmt.count : fmt.money;
  const table = sheet.table({
    name: `Fupan_Diag_Gap_${ref === 'baseline' ? 'Baseline' : 'Target'}`,
    header: [
      t('factor'),
      ref === 'baseline' ? t('before') : t('target'),
      t('actual'),
      t('effect'),
      t('shareOfGap'),
    ],
    rows: [
      ...gap.effects.map((e, i): PlanCell[] => [
        FACTOR_LABELS[e.factor][locale],
        e.before,
        e.after,
        e.effect,
        gap.gap !== 0 ? formula(`${at(first + i, 3)}/${at(total, 3)}`, e.effect / gap.gap) : null,
      ]),
      [t('paidSales'), gap.before, gap.after, formula(`${at(total, 2)}-${at(total, 1)}`, gap.gap), null],
    ],
    formats: [undefined, undefined, undefined, fmt.money, fmt.percent],
  });
  gap.effects.forEach((e, i) => {
    sheet.format(rangeAddress(first + i, 1, 1, 2), valueFormat(e.factor));
    anchors[A.gapEffect(ref, e.factor)] = table.cell(i, 3);
  });
  sheet.format(rangeAddress(total, 0, 1, 5), fmt.money, { bold: true });
  sheet.format(at(total, 0), undefined, { bold: true });
  anchors[A.gap(ref)] = table.cell(gap.effects.length, 3);
  sheet.conditional({
    kind: 'cellValue',
    range: table.columnRange(3),
    operator: 'lessThan',
    formula1: '0',
    fontColor: COLORS.bad,
  });

  mutedLine(ctx, gap.model === 'traffic' ? t('identity') : t('identityOrders'));
  if (ref === 'baseline' && gap.reference) {
    const range = `${isoDay(gap.reference.start)} – ${isoDay(gap.reference.end)}`;
    mutedLine(ctx, fill(t('scaled'), { scale: gap.scale.toFixed(2), range }));
  }
  if (gap.mainDriver) mutedLine(ctx, `${t('mainDriver')}${FACTOR_LABELS[gap.mainDriver][locale]}`);
  noteLines(sheet, gap.notes, locale);
  sheet.skip();

  // The waterfall's series: formulas over the effect column, so the chart follows any edit.
  const plan = waterfall(
    gap.before,
    gap.effects.map((e, i) => ({ key: i, effect: e.effect })),
  );
  mutedLine(ctx, t('waterfallData'));
  if (plan.reordered) mutedLine(ctx, t('reordered'));
  const wfFirst = sheet.nextRow + 1;
  const beforeCell = at(total, 1);
  const afterCell = at(total, 2);
  const endOf = (k: number) => at(wfFirst + k, 2);
  const last = plan.steps.length + 1;
  const lastEnd = plan.steps[plan.steps.length - 1]?.end ?? gap.before;
  const rows: PlanCell[][] = [
    [
      ref === 'baseline' ? t('baseline') : t('target'),
      null,
      formula(beforeCell, gap.before),
      0,
      0,
      0,
      formula(beforeCell, gap.before),
    ],
    ...plan.steps.map((s, k): PlanCell[] => {
      const row = wfFirst + k + 1;
      const effect = at(first + s.key, 3);
      const start = at(row, 1);
      const end = at(row, 2);
      const factor = gap.effects[s.key]?.factor;
      return [
        factor ? FACTOR_LABELS[factor][locale] : '',
        formula(endOf(k), s.start),
        formula(`${start}+${effect}`, s.end),
        formula(`IF(${effect}>=0,${start},${end})`, s.base),
        formula(`IF(${effect}>=0,${effect},0)`, s.increase),
        formula(`IF(${effect}<0,-${effect},0)`, s.decrease),
        0,
      ];
    }),
    [
      t('actual'),
      formula(endOf(last - 1), lastEnd),
      formula(afterCell, gap.after),
      0,
      0,
      0,
      formula(afterCell, gap.after),
    ],
  ];
  const wf = sheet.table({
    name: `Fupan_Diag_Waterfall_${ref === 'baseline' ? 'Baseline' : 'Target'}`,
    header: [t('step'), t('startValue'), t('endValue'), t('base'), t('increase'), t('decrease'), t('total')],
    rows,
    formats: [undefined, fmt.money, fmt.money, fmt.money, fmt.money, fmt.money, fmt.money],
  });
  anchors[A.waterfall(ref)] = wf.cell(0, 0);
  const categories = wf.columnRange(0);
  const series = (col: number, color: string) => ({
    name: wf.columns[col] as string,
    categories,
    values: wf.columnRange(col),
    axis: 'primary' as const,
    color,
  });
  sheet.chart({
    name: `Fupan_Diag_Waterfall_${ref === 'baseline' ? 'Baseline' : 'Target'}`,
    type: 'columnStacked',
    title: ref === 'baseline' ? t('waterfallBaseline') : t('waterfallTarget'),
    // Rise and fall in the palette's bluish green and vermillion, which stay apart for red–green
    // colour-blind readers (the usual green and red do not); the totals in black.
    series: [
      series(3, 'none'),
      series(4, COLORS.series[2]),
      series(5, COLORS.series[3]),
      series(6, COLORS.series[6]),
    ],
    anchor: {
      from: { row: chartTop, col: CHART_COL },
      to: { row: chartTop + CHART_ROWS - 1, col: CHART_COL + 7 },
    },
    // The base's legend entry is dropped by the writers (an invisible series has none).
    legend: 'bottom',
    yAxis: { numberFormat: fmt.moneyWhole },
    gapWidth: 40,
  });
  clearBelow(sheet, chartTop + CHART_ROWS - 1);
}
