import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CampaignAnalysis } from '../../src/core/analyze';
import { KPI_DEFINITIONS } from '../../src/core/metrics/kpis';
import { KPI_IDS, type KpiId } from '../../src/core/metrics/kpiIds';
import { parseCell } from '../../src/core/plan/a1';
import { planWorkbook } from '../../src/core/plan/planWorkbook';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { parseCsv } from '../../src/xlsx/csv/parseCsv';
import { engineResult } from './support/engine';
import { CJK_FONTS, describeWith, itWith, LIBREOFFICE, POPPLER } from '../support/systemTools';
import {
  convert,
  CSV_ALL_SHEETS,
  pdfFonts,
  pdfPageCount,
  pdfPages,
  recalculatingProfile,
  renderPage,
} from './support/libreOffice';
import { runSmallDemo } from './support/runCli';
import { tempDir } from './support/sampleFiles';
import { workbookParts } from './support/workbookParts';

/**
 * Opens what `fupan demo` writes in a real spreadsheet program: LibreOffice Calc (`soffice`), installed by
 * .ci/run. Without it these tests are skipped with a message saying so, and fail under CI=true
 * (tests/support/systemTools.ts). Each conversion takes a few seconds here; the timeouts allow two minutes.
 */
const describeWithSoffice = describeWith(LIBREOFFICE);
const itWithPdfTools = itWith(POPPLER, CJK_FONTS);

jest.setTimeout(240_000);

/** A cell of a CSV export as a number: '12.5%' → 0.125, '1055667.57' → 1055667.57; NaN for text. */
function cellNumber(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return NaN;
  const percent = text.endsWith('%');
  const value = Number(percent ? text.slice(0, -1) : text);
  return percent ? value / 100 : value;
}

/** Equal to 12 significant digits (LibreOffice writes 15). */
function expectSameNumber(actual: number, expected: number, what: string): void {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= scale * 1e-12)) {
    throw new Error(`${what}: LibreOffice shows ${actual}, the engine computed ${expected}`);
  }
}

describeWithSoffice('the demo retro in LibreOffice Calc', () => {
  let dir: string;
  let profile: string;
  let retro: string;
  let analysis: CampaignAnalysis;
  let plan: WorkbookPlan;

  beforeAll(async () => {
    dir = tempDir('lo');
    profile = recalculatingProfile(join(dir, 'profile'));
    // What `npm run demo` does, with the smallest sample.
    await runSmallDemo(dir);
    retro = join(dir, 'out', 'double12-retro.xlsx');
    const engine = await engineResult(join(dir, 'samples', 'double12.xlsx'));
    if (!engine.analysis) throw new Error('the sample has no analysis');
    analysis = engine.analysis;
    plan = planWorkbook(engine.ingest, engine.analysis, 'zh-CN');

    // A workbook whose cached formula result is stale, to prove the profile recalculates; converted to CSV
    // with the retro in one start of LibreOffice.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Check');
    sheet.getCell('A1').value = 2;
    sheet.getCell('A2').value = { formula: 'A1*3', result: 99 };
    const stale = join(dir, 'stale.xlsx');
    await workbook.xlsx.writeFile(stale);
    convert([stale, retro], CSV_ALL_SHEETS, dir, profile);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses a profile that recalculates formulas on load (a stale cached result is replaced)', () => {
    expect(readFileSync(join(dir, 'stale-Check.csv'), 'utf8').split(/\r?\n/).slice(0, 2)).toEqual(['2', '6']);
  });

  it('holds a native chart for each chart of the plan (at least five), each anchored in a drawing', async () => {
    const parts = await workbookParts(retro);
    const charts = parts.parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    const planned = plan.sheets.flatMap((s) => s.charts);
    expect(charts).toHaveLength(planned.length);
    expect(charts.length).toBeGreaterThanOrEqual(5);
    let anchored = 0;
    for (const drawing of parts.parts.filter((p) => /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/.test(p))) {
      anchored += ((await parts.text(drawing)).match(/\/charts\/chart\d+\.xml/g) ?? []).length;
    }
    expect(anchored).toBe(charts.length);
  });

  it('recalculates the overview’s KPIs to the engine’s numbers (GMV, paid sales, ROAS, ROI, …)', () => {
    const overviewName = plan.sheets.find((s) => s.key === 'overview')?.name ?? '';
    const csv = join(dir, `double12-retro-${overviewName}.csv`);
    expect(existsSync(csv)).toBe(true);
    const rows = parseCsv(readFileSync(csv, 'utf8'), ',').records;
    const cell = (address: string) => {
      const { row, col } = parseCell(address);
      return rows[row]?.[col];
    };
    const checked: KpiId[] = [];
    for (const named of plan.namedRanges.filter((n) => n.name.startsWith('Fupan_KPI_'))) {
      const id = named.name.slice('Fupan_KPI_'.length) as KpiId;
      const value = analysis.report.total.kpis[id].value;
      if (value === null) continue;
      expectSameNumber(cellNumber(cell(named.range)), value, `${id} at ${named.sheet}!${named.range}`);
      checked.push(id);
    }
    expect(checked).toEqual([...KPI_IDS]);
    // The goal table: actual and attainment are formulas too.
    for (const target of analysis.report.targets) {
      const row = rows.find((r) => r[0] === target.metric && cellNumber(r[3]) === target.target);
      expect(row).toBeDefined();
      expectSameNumber(cellNumber(row?.[4]), target.actual.value as number, `${target.metric} actual`);
      expectSameNumber(
        cellNumber(row?.[5]),
        target.attainment.value as number,
        `${target.metric} attainment`,
      );
    }
  });

  it('recalculates each channel’s ROAS, ROI, CVR and CAC to the engine’s numbers', () => {
    const name = plan.sheets.find((s) => s.key === 'channels')?.name ?? '';
    const rows = parseCsv(readFileSync(join(dir, `double12-retro-${name}.csv`), 'utf8'), ',').records;
    const ratios: KpiId[] = ['roas', 'roi', 'cvr', 'cac', 'aov'];
    const header = rows.find((r) => ratios.every((id) => r.includes(KPI_DEFINITIONS[id].name['zh-CN'])));
    if (!header) throw new Error('no channel table header in the CSV');
    for (const channel of analysis.report.byChannel) {
      const row = rows.find((r) => r[0] === channel.channel);
      expect(row).toBeDefined();
      for (const id of ratios) {
        const text = row?.[header.indexOf(KPI_DEFINITIONS[id].name['zh-CN'])];
        const value = channel.kpis[id].value;
        if (value === null) expect(cellNumber(text)).toBeNaN();
        else expectSameNumber(cellNumber(text), value, `${channel.channel} ${id}`);
      }
    }
  });

  it('recalculates every target of the next-campaign plan to the engine’s numbers', () => {
    const sheet = plan.sheets.find((s) => s.key === 'nextPlan');
    if (!sheet) throw new Error('no next-plan sheet in the plan');
    const rows = parseCsv(readFileSync(join(dir, `double12-retro-${sheet.name}.csv`), 'utf8'), ',').records;
    let checked = 0;
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (!cell || typeof cell !== 'object' || cell.kind !== 'formula' || typeof cell.value !== 'number')
            return;
          const text = rows[block.row + r]?.[block.col + c];
          expectSameNumber(cellNumber(text), cell.value, `${sheet.name} ${cell.formula}`);
          checked++;
        }),
      );
    }
    // Three scenarios of sales per channel, and six targets per scenario.
    expect(checked).toBeGreaterThanOrEqual(3 * analysis.report.byChannel.length + 18);
  });

  itWithPdfTools('prints to PDF with its Chinese text in a CJK font and its charts drawn', () => {
    convert(retro, 'pdf', dir, profile);
    const pdf = join(dir, 'double12-retro.pdf');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(plan.sheets.length);
    const texts = pdfPages(pdf);
    const overviewPage = texts.findIndex((t) => t.includes('总体结论') && t.includes('GMV 成交总额')) + 1;
    expect(overviewPage).toBeGreaterThan(0);
    expect(pdfFonts(pdf, overviewPage).some((f) => /CJK|Hei|Song|YaHei|WenQuanYi/i.test(f))).toBe(true);
    // Chart titles are drawn text: each chart of the plan was rendered.
    const all = texts.join('\n').replace(/\s+/g, '');
    for (const chart of plan.sheets.flatMap((s) => s.charts)) {
      if (chart.title) expect(all).toContain(chart.title.replace(/\s+/g, ''));
    }
    const trendPage =
      texts.findIndex((t) => plan.sheets[1]?.charts.some((c) => c.title && t.includes(c.title))) + 1;
    for (const [page, label] of [
      [overviewPage, 'overview'],
      [trendPage, 'trend'],
    ] as const) {
      const png = renderPage(pdf, page, join(dir, `page-${label}`));
      expect(statSync(png).size).toBeGreaterThan(10_000);
    }
    // Kept for a look by hand: FUPAN_KEEP_RENDER=folder copies the rendered pages there.
    const keep = process.env['FUPAN_KEEP_RENDER'];
    if (keep) {
      for (const label of ['overview', 'trend']) {
        writeFileSync(join(keep, `page-${label}.png`), readFileSync(join(dir, `page-${label}.png`)));
      }
    }
  });
});
