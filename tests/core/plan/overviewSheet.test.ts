import { ingest } from '../../../src/core/ingest';
import { computeKpis } from '../../../src/core/metrics';
import { DEFAULT_THRESHOLDS } from '../../../src/core/metrics';
import { computeVerdict } from '../../../src/core/retro/verdict';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { planOverviewSheet } from '../../../src/core/plan/sheets/overviewSheet';
import { cellAt, evaluateFormula, formulaCells } from '../../support/planCells';
import type { Locale } from '../../../src/core/locale';

function overview(locale: Locale) {
  const sample = generateSampleCampaign({ locale, orders: 5_000 });
  const result = ingest(sample.sheets.map((s) => s.table));
  if (!result.data) throw new Error('sample campaign did not ingest');
  const report = computeKpis(result.data);
  const verdict = computeVerdict(report.targets.map((t) => ({ kpi: t.kpi, attainment: t.attainment.value })));
  const planned = planOverviewSheet(
    { report, campaign: result.data.campaign, verdict, thresholds: DEFAULT_THRESHOLDS },
    locale,
  );
  return { ...planned, report, sample };
}

describe('the overview sheet', () => {
  const { sheet, anchors, report } = overview('en-US');

  it('evaluates every formula to the value the engine computed', () => {
    const formulas = formulaCells(sheet);
    expect(formulas.length).toBeGreaterThan(20);
    for (const { address, formula, value } of formulas) {
      const got = evaluateFormula(sheet, formula);
      if (typeof value === 'number')
        expect({ address, got }).toEqual({ address, got: expect.closeTo(value, 9) });
      else if (value === 'TRUE' || value === 'FALSE')
        expect({ address, got }).toEqual({ address, got: value === 'TRUE' });
      else expect({ address, got }).toEqual({ address, got: value });
    }
  });

  it('writes ROAS as a formula over paid sales and spend', () => {
    const roas = cellAt(sheet, anchors['kpi.roas']!);
    expect(roas).toMatchObject({ kind: 'formula' });
    const formula = (roas as { formula: string }).formula;
    expect(formula).toBe(`=${anchors['measure.paid_sales']}/${anchors['measure.spend']}`);
  });

  it('lists every target, each with an attainment formula and an icon set', () => {
    expect(report.targets.length).toBe(8);
    const goals = sheet.tables.find((t) => t.name === 'Fupan_Overview_Goals')!;
    expect(goals).toBeDefined();
    expect(sheet.conditionalFormats.some((c) => c.kind === 'iconSet')).toBe(true);
    report.targets.forEach((_, i) =>
      expect(cellAt(sheet, anchors[`target.${i}`]!)).toMatchObject({ kind: 'formula' }),
    );
  });

  it('names the sheet and its words in the workbook language', () => {
    const zh = overview('zh-CN').sheet;
    expect(zh.name).toBe('复盘-概览');
    expect(zh.blocks.some((b) => b.cells.some((r) => r.includes('目标达成')))).toBe(true);
    expect(sheet.name).toBe('Fupan Overview');
  });
});
