import { LOCALES } from '../../../src/core/locale';
import * as msg from '../../../src/core/messages/analysis';
import { DIAGNOSTIC_LABELS } from '../../../src/core/plan/analysisLabels';
import { planDiagnosticsSheet } from '../../../src/core/plan/sheets/diagnosticsSheet';
import { ANALYSIS_ANCHORS as A } from '../../../src/core/retro/analysisAnchors';
import { sampleAnalysis, type Reduction } from './analysisPipeline';
import { expectFormulasToEvaluate, shown } from './planAssertions';

/** A section whose data is missing keeps its heading and gives one line: why, and which data would unlock it. */
describe.each(LOCALES)('the diagnostics sheet with data missing (%s)', (locale) => {
  const plan = (reduction: Reduction) =>
    planDiagnosticsSheet(sampleAnalysis(locale, reduction).analysis, locale);
  const reasonAt = (
    anchors: Readonly<Record<string, string>>,
    id: string,
    sheet: Parameters<typeof shown>[0],
  ) => shown(sheet, anchors[A.unavailable(id)]!);
  const prefix = DIAGNOSTIC_LABELS.unavailable[locale];

  it('without touchpoints: no attribution table or chart, a reason line instead', () => {
    const { sheet, anchors } = plan({ withoutSheets: ['touchpoints'] });
    expect(sheet.tables.map((t) => t.name)).not.toContain('Fupan_Diag_Attribution');
    expect(sheet.charts.map((c) => c.name)).not.toContain('Fupan_Diag_Attribution');
    expect(reasonAt(anchors, 'attribution', sheet)).toBe(prefix + msg.noTouchpoints()[locale]);
    expect(Object.keys(anchors).filter((k) => k.startsWith('attribution.'))).toEqual([
      'attribution.unavailable',
    ]);
    expectFormulasToEvaluate(sheet, 100);
  });

  it('without targets: the gap to target says why, and only the baseline waterfall is drawn', () => {
    const { sheet, anchors } = plan({ withoutSheets: ['targets'] });
    expect(reasonAt(anchors, 'decomposition.target', sheet)).toBe(prefix + msg.noFactorTargets(true)[locale]);
    expect(sheet.charts.filter((c) => c.type === 'columnStacked').map((c) => c.name)).toEqual([
      'Fupan_Diag_Waterfall_Baseline',
    ]);
    expect(anchors[A.gap('baseline')]).toBeDefined();
    expect(anchors[A.gap('target')]).toBeUndefined();
  });

  it('without a variant column: the A/B section says why', () => {
    const { sheet, anchors } = plan({ withoutOrderColumns: ['variant'] });
    expect(reasonAt(anchors, 'ab_test', sheet)).toBe(prefix + msg.noVariantColumn()[locale]);
    expect(sheet.tables.map((t) => t.name)).not.toContain('Fupan_Diag_AB_Tests');
  });

  it('without device, IP and address columns: the coupon-abuse section says why', () => {
    const { sheet, anchors } = plan({ withoutOrderColumns: ['device_id', 'ip', 'address_hash'] });
    expect(reasonAt(anchors, 'coupon_abuse', sheet)).toBe(prefix + msg.abuseNeedsLinks()[locale]);
    expect(anchors[A.abuseTotal]).toBeUndefined();
  });

  it('without inventory or SKUs: the stock-out section says why', () => {
    const { sheet, anchors } = plan({ withoutSheets: ['inventory'], withoutOrderColumns: ['sku'] });
    expect(reasonAt(anchors, 'stockouts', sheet)).toBe(prefix + msg.noStockData()[locale]);
  });

  it('without a campaign table: no baseline, so the baseline comparisons say why', () => {
    const { sheet, anchors } = plan({ withoutSheets: ['campaign'] });
    expect(reasonAt(anchors, 'decomposition.baseline', sheet)).toBe(prefix + msg.noBaseline()[locale]);
    expect(reasonAt(anchors, 'mix', sheet)).toBe(prefix + msg.noBaseline()[locale]);
    expectFormulasToEvaluate(sheet, 20);
  });
});
