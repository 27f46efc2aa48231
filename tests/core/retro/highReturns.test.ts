import type { CampaignAnalysis } from '../../../src/core/analyze';
import { LOCALES } from '../../../src/core/locale';
import type { CategoryKpis } from '../../../src/core/metrics/report';
import { planDiagnosticsSheet } from '../../../src/core/plan/sheets/diagnosticsSheet';
import { ANALYSIS_ANCHORS as A } from '../../../src/core/retro/analysisAnchors';
import { analysisFacts } from '../../../src/core/retro/analysisFacts';
import { highReturnThreshold } from '../../../src/core/retro/categoryRules';
import { sampleAnalysis } from '../plan/analysisPipeline';
import { expectFormulasToEvaluate, shown } from '../plan/planAssertions';

/**
 * The sample records refunds per order, so its categories have no return rate. Here each category is given
 * refunds (consistent with its paid sales): the first one 30 %, the others 2 %, the campaign 6 %.
 */
function withCategoryReturns(analysis: CampaignAnalysis): CampaignAnalysis {
  const { report } = analysis;
  const byCategory = report.byCategory.map((c, i): CategoryKpis => {
    const sales = c.measures.paid_sales.value ?? 0;
    const refunds = sales * (i === 0 ? 0.3 : 0.02);
    return {
      ...c,
      measures: { ...c.measures, refunds: { value: refunds } },
      kpis: { ...c.kpis, return_rate_amount: { value: refunds / sales } },
    };
  });
  return {
    ...analysis,
    report: {
      ...report,
      byCategory,
      total: { ...report.total, kpis: { ...report.total.kpis, return_rate_amount: { value: 0.06 } } },
    },
  };
}

describe.each(LOCALES)('high-return categories (%s)', (locale) => {
  const analysis = withCategoryReturns(sampleAnalysis(locale).analysis);
  const first = analysis.report.byCategory[0]!;
  const name = first.category!;

  it('is at least 1.5 × the overall rate and 5 points above it', () => {
    expect(highReturnThreshold(0.06)).toBeCloseTo(0.11, 12);
    expect(highReturnThreshold(0.2)).toBeCloseTo(0.3, 12);
    expect(highReturnThreshold(null)).toBeNull();
  });

  it('are red on the diagnostics sheet, where the return rate is a formula over refunds and sales', () => {
    const { sheet, anchors } = planDiagnosticsSheet(analysis, locale);
    expectFormulasToEvaluate(sheet, 150);
    expect(shown(sheet, anchors[A.categoryReturnRate(name)]!)).toBeCloseTo(0.3, 12);
    const rule = sheet.conditionalFormats.find(
      (c) => c.kind === 'cellValue' && c.operator === 'greaterThanOrEqual',
    );
    expect(rule).toMatchObject({ formula1: String(highReturnThreshold(0.06)) });
  });

  it('are named among the shortfalls with their refunds, and the others are not', () => {
    const shortfalls = analysisFacts(analysis).filter((f) => f.section === 'shortfalls');
    const flagged = shortfalls.filter((f) => f.source?.anchor.startsWith('category.'));
    expect(flagged.map((f) => f.source?.anchor)).toEqual([A.categoryReturnRate(name)]);
    expect(flagged[0]!.text[locale]).toContain(name);
    expect(flagged[0]!.text[locale]).toContain('30.0%');
  });
});
