import type { AnalysisResults } from '../../../analysis';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { cellAddress } from '../../a1';
import { fill } from '../../analysisLabels';
import { COLORS, STYLES } from '../../theme';
import type { PlanCell } from '../../types';
import { formula, noteLines } from './cells';
import { mutedLine, SECTION_SPAN, unavailableLine, type SectionContext } from './context';

const RATE_FORMAT = '0.00%';
const DELTA_FORMAT = '+0.00%;-0.00%;0.00%';
const P_FORMAT = '0.0000';

/** A p-value as text: four decimals, or "< 0.0001". */
export function pText(p: number): string {
  return p < 0.0001 ? '< 0.0001' : p.toFixed(4);
}

/**
 * A/B test: per variant units, conversions, conversion rate and revenue per unit (formulas); per treatment
 * against the control the difference and relative lift (formulas over the rates), z, p, the 95 % CI and
 * whether it is significant; the sample-ratio check on its own line.
 */
export function abTestSection(ctx: SectionContext, result: AnalysisResults['ab_test']): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  sheet.section(t('abTest'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'ab_test', result.reason);
  const first = sheet.nextRow + 1;
  const rowOf = new Map(result.variants.map((v, i) => [v.variant, first + i]));
  const variants = sheet.table({
    name: 'Fupan_Diag_AB_Variants',
    header: [t('variant'), t('units'), t('converted'), t('rate'), t('revenue'), t('revenuePerUnit')],
    rows: result.variants.map((v, i): PlanCell[] => {
      const r = first + i;
      return [
        v.variant === result.control ? `${v.variant}${t('control')}` : v.variant,
        v.units,
        v.converted,
        v.units > 0 ? formula(`${cellAddress(r, 2)}/${cellAddress(r, 1)}`, v.converted / v.units) : null,
        v.revenue,
        v.units > 0 && v.revenue !== null
          ? formula(`${cellAddress(r, 4)}/${cellAddress(r, 1)}`, v.revenue / v.units)
          : null,
      ];
    }),
    formats: [undefined, fmt.count, fmt.count, RATE_FORMAT, fmt.money, fmt.money],
  });
  result.variants.forEach((v, i) => (anchors[A.abRate(v.variant)] = variants.cell(i, 3)));

  const rateCell = (variant: string) => {
    const row = rowOf.get(variant);
    return row === undefined ? null : cellAddress(row, 3);
  };
  const cmpFirst = sheet.nextRow + 1;
  const comparisons = sheet.table({
    name: 'Fupan_Diag_AB_Tests',
    header: [
      t('comparison'),
      t('difference'),
      t('lift'),
      t('zScore'),
      t('pValue'),
      t('ciLow'),
      t('ciHigh'),
      t('significant'),
    ],
    rows: result.comparisons.map((c, i): PlanCell[] => {
      const test = c.conversion;
      const treated = rateCell(c.variant);
      const control = rateCell(c.control);
      const label = locale === 'zh-CN' ? `${c.variant} 对比 ${c.control}` : `${c.variant} vs ${c.control}`;
      if (!test || !treated || !control)
        return [label, null, null, null, null, null, null, t('notSignificant')];
      const diffCell = cellAddress(cmpFirst + i, 1);
      return [
        label,
        formula(`${treated}-${control}`, test.difference),
        test.relativeLift === null ? null : formula(`${diffCell}/${control}`, test.relativeLift),
        test.z,
        test.pValue,
        test.ciLow,
        test.ciHigh,
        c.significant ? t('isSignificant') : t('notSignificant'),
      ];
    }),
    formats: [undefined, DELTA_FORMAT, fmt.percentDelta, fmt.ratio, P_FORMAT, DELTA_FORMAT, DELTA_FORMAT],
  });
  result.comparisons.forEach((c, i) => {
    if (c.conversion) anchors[A.abPValue(c.variant)] = comparisons.cell(i, 4);
    if (c.significant) sheet.format(comparisons.cell(i, 7), undefined, STYLES.good);
  });
  const srm = result.sampleRatio;
  if (srm) {
    const text = `${t('srm')}: ${fill(srm.mismatch ? t('srmBad') : t('srmOk'), { p: pText(srm.pValue) })}`;
    const row = mutedLine(ctx, text);
    if (srm.mismatch) sheet.format(cellAddress(row, 0), undefined, { fontColor: COLORS.bad, bold: true });
  }
  noteLines(sheet, result.notes, locale);
  sheet.skip();
}
