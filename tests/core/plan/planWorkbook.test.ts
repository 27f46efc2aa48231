import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCampaign } from '../../../src/core/analyze';
import type { Locale } from '../../../src/core/locale';
import { parseRange } from '../../../src/core/plan/a1';
import { planWorkbook } from '../../../src/core/plan/planWorkbook';
import type { WorkbookPlan } from '../../../src/core/plan/types';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { cellAt } from '../../support/planCells';

function samplePlan(locale: Locale): WorkbookPlan {
  const sample = generateSampleCampaign({ locale, orders: 5_000 });
  const { ingest, analysis } = analyzeCampaign(sample.sheets.map((s) => s.table));
  return planWorkbook(ingest, analysis, locale);
}

const plans = { 'en-US': samplePlan('en-US'), 'zh-CN': samplePlan('zh-CN') } as const;

describe.each(['en-US', 'zh-CN'] as const)('the workbook plan of the sample campaign (%s)', (locale) => {
  const plan = plans[locale];

  it('names every sheet with the prefix, within Excel’s rules', () => {
    for (const sheet of plan.sheets) {
      expect(sheet.name.startsWith(plan.sheetPrefix)).toBe(true);
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(plan.sheets.map((s) => s.key)).size).toBe(plan.sheets.length);
  });

  it('gives every Excel table a unique valid name and at least one data row', () => {
    const names = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
    for (const sheet of plan.sheets) {
      for (const table of sheet.tables) {
        expect(table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(parseRange(table.range).rows).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('links every retro sentence with a source to an existing cell of a planned sheet', () => {
    const retro = plan.sheets.find((s) => s.key === 'retro')!;
    const links = retro.blocks
      .flatMap((b) => b.cells.flat())
      .filter((c) => c && typeof c === 'object' && c.kind === 'link');
    expect(links.length).toBeGreaterThan(25);
    for (const link of links as { sheet: string; address: string }[]) {
      const target = plan.sheets.find((s) => s.name === link.sheet);
      expect(target).toBeDefined();
      expect(cellAt(target!, link.address)).not.toBeUndefined();
    }
  });

  it('gives every note cell a unique id, its placeholder as the cell text', () => {
    const retro = plan.sheets.find((s) => s.key === 'retro')!;
    const ids = retro.notes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['overview_theme', 'summary_next', 'action_1_fix']));
    for (const note of retro.notes) expect(cellAt(retro, note.address)).toBe(note.placeholder);
  });

  it('puts every chart series on ranges of its own sheet with as many values as categories', () => {
    for (const sheet of plan.sheets) {
      for (const chart of sheet.charts) {
        for (const series of chart.series) {
          expect(parseRange(series.values).rows * parseRange(series.values).cols).toBe(
            parseRange(series.categories).rows * parseRange(series.categories).cols,
          );
        }
      }
    }
  });

  it('matches the reviewed golden plan', () => {
    const file = join(__dirname, '..', '..', 'golden', `sample-plan.${locale}.json`);
    const actual = JSON.stringify(plan, null, 1) + '\n';
    if (!existsSync(file) || process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
    const expected = readFileSync(file, 'utf8');
    if (actual !== expected) writeFileSync(file.replace(/\.json$/, '-changed.json'), actual);
    expect(actual === expected).toBe(true);
  });
});
