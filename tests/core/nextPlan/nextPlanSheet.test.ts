import { analyzeCampaign } from '../../../src/core/analyze';
import type { Locale } from '../../../src/core/locale';
import { planWorkbook } from '../../../src/core/plan/planWorkbook';
import type { PlanCell, SheetPlan } from '../../../src/core/plan/types';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { cellAt } from '../../support/planCells';

function plan(locale: Locale, drop: string[] = []) {
  const sample = generateSampleCampaign({ locale, orders: 5_000 });
  const { ingest, analysis } = analyzeCampaign(
    sample.sheets.filter((s) => !drop.includes(s.kind)).map((s) => s.table),
  );
  return planWorkbook(ingest, analysis, locale);
}

const cells = (sheet: SheetPlan): PlanCell[] => sheet.blocks.flatMap((b) => b.cells.flat());

describe.each(['zh-CN', 'en-US'] as const)('the next-campaign plan sheet (%s)', (locale) => {
  const workbook = plan(locale);
  const sheet = workbook.sheets.find((s) => s.key === 'nextPlan')!;
  const retro = workbook.sheets.find((s) => s.key === 'retro')!;

  it('holds the three scenarios’ assumptions as numbers and the targets as formulas over them', () => {
    expect(sheet.name).toBe(locale === 'zh-CN' ? '复盘-下次计划' : 'Fupan Next plan');
    // The assumption rows: label, three numbers (the inputs), the basis.
    for (const row of [6, 7, 8]) {
      for (const col of ['B', 'C', 'D']) expect(typeof cellAt(sheet, `${col}${row}`)).toBe('number');
    }
    const formulas = cells(sheet).filter((c) => c && typeof c === 'object' && c.kind === 'formula');
    expect(
      formulas.some((f) => f && typeof f === 'object' && f.kind === 'formula' && f.formula.includes('$C$7')),
    ).toBe(true);
    expect(formulas.length).toBeGreaterThan(30);
  });

  it('fills the retro’s section 7 with the base target, linked to the plan sheet', () => {
    const links = cells(retro).filter(
      (c) => c && typeof c === 'object' && c.kind === 'link' && c.sheet === sheet.name,
    );
    expect(links.length).toBe(2);
    for (const link of links as { address: string }[])
      expect(cellAt(sheet, link.address)).not.toBeUndefined();
    const text = cells(retro).filter((c): c is string => typeof c === 'string');
    expect(
      text.some((t) =>
        t.includes(locale === 'zh-CN' ? '下次活动目标（基准）' : 'Next campaign target (base)'),
      ),
    ).toBe(true);
  });
});

describe('without traffic', () => {
  it('says why there are no targets and leaves section 7 to the analyst', () => {
    const workbook = plan('en-US', ['traffic']);
    const sheet = workbook.sheets.find((s) => s.key === 'nextPlan')!;
    expect(cells(sheet).some((c) => typeof c === 'string' && c.includes('traffic table'))).toBe(true);
    // The budget moves still come, from spend and sales by day.
    expect(cells(sheet)).toContain('Budget moves (by marginal ROAS)');
    const retro = workbook.sheets.find((s) => s.key === 'retro')!;
    expect(
      cells(retro).some((c) => c && typeof c === 'object' && c.kind === 'link' && c.sheet === sheet.name),
    ).toBe(false);
  });
});
