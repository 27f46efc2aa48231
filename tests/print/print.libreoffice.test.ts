import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/core/locale';
import { parseRange } from '../../src/core/plan/a1';
import { RETRO_LABELS } from '../../src/core/plan/labels';
import { columnPoints } from '../../src/core/plan/printLayout';
import { planWorkbook } from '../../src/core/plan/planWorkbook';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { engineResult } from '../cli/support/engine';
import { convert, recalculatingProfile } from '../cli/support/libreOffice';
import { runSmallDemo } from '../cli/support/runCli';
import { tempDir } from '../cli/support/sampleFiles';
import { CJK_FONTS, describeWith, LIBREOFFICE, POPPLER } from '../support/systemTools';
import { withOnlySheets } from './support/onlySheets';
import { pageText, pdfLayout, squeeze, type PdfPage, type PdfWord } from './support/pdfLayout';
import { plannedPages } from './support/expectedPages';

/**
 * Prints what `fupan demo` writes, as a manager would hand it round: LibreOffice renders each language's
 * retro workbook to PDF (one start of LibreOffice for both), with the source sheets hidden so that only
 * Fupan's sheets print. Each page's footer names its sheet (&A), which maps pages to sheets. The pages are
 * kept as PNGs in artifacts/print/ for a look by eye.
 */
const describeWithTools = describeWith(LIBREOFFICE, POPPLER, CJK_FONTS);
const ARTIFACTS = join(__dirname, '..', '..', 'artifacts', 'print');
/** A4 in points, either way round. */
const A4 = [595.28, 841.89] as const;

jest.setTimeout(300_000);

/**
 * Pages per sheet a manager would accept for this sample (5,000 order rows, both languages): the KPI
 * sheets one or two (the trend's 60 days and the diagnostics' sixteen tables up to three), the retro's
 * seven sections with their note rows four to six landscape pages.
 */
const PAGE_BOUNDS: Readonly<Record<SheetPlan['key'], readonly [number, number]>> = {
  overview: [1, 2],
  trend: [1, 3],
  channels: [1, 1],
  funnel: [1, 1],
  customers: [1, 1],
  diagnostics: [1, 3],
  quality: [1, 1],
  retro: [4, 6],
  nextPlan: [1, 2],
};

const RUNS = [
  { locale: 'zh-CN', sample: 'double12.xlsx', retro: 'double12-retro.xlsx' },
  { locale: 'en-US', sample: 'double12-en.xlsx', retro: 'double12-en-retro.xlsx' },
] as const satisfies readonly { locale: Locale; sample: string; retro: string }[];

interface Printed {
  readonly locale: Locale;
  readonly plan: WorkbookPlan;
  readonly pages: readonly PdfPage[];
  /** Each sheet's pages, by the name in their footer. */
  readonly bySheet: ReadonlyMap<string, readonly PdfPage[]>;
}

/** The words of a page's footer, left to right: its bottom line (glyph boxes of one line differ by ~2 pt). */
function footerWords(page: PdfPage): PdfWord[] {
  const bottom = Math.max(...page.words.map((w) => w.yMin));
  return page.words.filter((w) => w.yMin >= bottom - 3).sort((a, b) => a.xMin - b.xMin);
}

/** The sheet a page belongs to: the one whose name starts its footer. */
function sheetOfPage(page: PdfPage, plan: WorkbookPlan): string | undefined {
  const footer = squeeze(
    footerWords(page)
      .map((w) => w.text)
      .join(''),
  );
  return [...plan.sheets]
    .sort((a, b) => b.name.length - a.name.length)
    .find((s) => footer.startsWith(squeeze(s.name)))?.name;
}

describeWithTools('the demo retro printed to PDF by LibreOffice', () => {
  let dir: string;
  const printed: Printed[] = [];

  beforeAll(async () => {
    dir = tempDir('print');
    await runSmallDemo(dir);
    const plans: WorkbookPlan[] = [];
    const copies: string[] = [];
    for (const { locale, sample, retro } of RUNS) {
      const engine = await engineResult(join(dir, 'samples', sample));
      const plan = planWorkbook(engine.ingest, engine.analysis, locale);
      const copy = join(dir, `print-${locale}.xlsx`);
      await withOnlySheets(join(dir, 'out', retro), copy, new Set(plan.sheets.map((s) => s.name)));
      plans.push(plan);
      copies.push(copy);
    }
    convert(copies, 'pdf', dir, recalculatingProfile(join(dir, 'profile')));
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    RUNS.forEach(({ locale }, i) => {
      const pdf = join(dir, `print-${locale}.pdf`);
      const plan = plans[i] as WorkbookPlan;
      const pages = pdfLayout(pdf);
      const bySheet = new Map<string, PdfPage[]>();
      for (const page of pages) {
        const sheet = sheetOfPage(page, plan) ?? '?';
        bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), page]);
      }
      printed.push({ locale, plan, pages, bySheet });
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(ARTIFACTS, locale)], { timeout: 120_000 });
    });
    console.log(
      `Printed pages for a look: ${ARTIFACTS} — ` +
        printed
          .map(
            (p) =>
              `${p.locale}: ${p.plan.sheets.map((s) => `${s.key} ${p.bySheet.get(s.name)?.length ?? 0}`).join(', ')}`,
          )
          .join('; '),
    );
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints every page on A4, landscape exactly where the plan says the sheet is wide', () => {
    for (const { plan, pages, bySheet } of printed) {
      expect(pages.length).toBeGreaterThanOrEqual(plan.sheets.length);
      for (const page of pages) {
        const [short, long] = [page.width, page.height].sort((a, b) => a - b) as [number, number];
        expect(short).toBeCloseTo(A4[0], 0);
        expect(long).toBeCloseTo(A4[1], 0);
      }
      for (const sheet of plan.sheets) {
        for (const page of bySheet.get(sheet.name) ?? [])
          expect(page.width > page.height).toBe(sheet.print?.orientation === 'landscape');
      }
    }
  });

  it('prints only Fupan’s sheets, in order, each on pages of its own named in the footer', () => {
    for (const { plan, pages } of printed) {
      const order = pages.map((p) => sheetOfPage(p, plan));
      expect(order).not.toContain(undefined);
      // Consecutive pages of one sheet collapse to the plan's sheet order.
      expect(order.filter((name, i) => name !== order[i - 1])).toEqual(plan.sheets.map((s) => s.name));
    }
  });

  it('prints each sheet one page wide on the pages its planned height needs', () => {
    for (const { plan, bySheet } of printed) {
      for (const sheet of plan.sheets) {
        const pages = bySheet.get(sheet.name)?.length ?? 0;
        const [min, max] = PAGE_BOUNDS[sheet.key];
        // The plan's geometry predicts the count: LibreOffice converts column widths a few per cent off
        // Excel's formula, and breaks pages between rows, so the last page may come or go: within one.
        const planned = plannedPages(sheet);
        expect({ sheet: sheet.name, pages, nearPlanned: Math.abs(pages - planned) <= 1 }).toEqual({
          sheet: sheet.name,
          pages: expect.any(Number) as number,
          nearPlanned: true,
        });
        expect({ sheet: sheet.name, pages, withinBounds: pages >= min && pages <= max }).toEqual({
          sheet: sheet.name,
          pages,
          withinBounds: true,
        });
      }
    }
  });

  it('shows every retro sentence and note prompt whole, in the text column beside its link', () => {
    for (const { plan, bySheet } of printed) {
      const retro = sheetOf(plan, 'retro');
      const pages = bySheet.get(retro.name) ?? [];
      const texts = mergedTexts(retro);
      expect(texts.length).toBeGreaterThan(20);
      // The links' column starts where the arrows line up (sentences may hold arrows too — 'visitors →
      // views' — left of it); the tag column ('Data') at the tags. The text column lies between, where the
      // tag column's planned width, scaled as the page scales the sheet, ends.
      const words = pages.flatMap((p) => p.words);
      const links = words.filter((w) => w.text.startsWith('→'));
      expect(links.length).toBeGreaterThan(10);
      const linkLeft = Math.max(...links.map((w) => w.xMin));
      const tag = RETRO_LABELS.data[plan.locale];
      const tagLeft = Math.min(...words.filter((w) => w.text === tag).map((w) => w.xMin));
      const widths = retro.columnWidths.map((c) => columnPoints(c.width));
      const tagShare = (widths[0] ?? 0) / widths.slice(0, 5).reduce((a, b) => a + b, 0);
      const left = tagLeft + (linkLeft - tagLeft) * tagShare - 2;
      expect(left).toBeGreaterThan(tagLeft);
      const column = pageText(pages, (w) => w.xMin >= left && w.xMin < linkLeft);
      const cut = texts.filter((text) => !column.includes(squeeze(text)));
      expect(cut).toEqual([]);
      // No sentence runs under the links.
      for (const page of pages)
        for (const word of page.words)
          if (word.xMin < linkLeft) expect(word.xMax).toBeLessThanOrEqual(linkLeft);
    }
  });

  it('shows each sheet’s subtitle whole, wrapped within the page', () => {
    for (const { plan, bySheet } of printed) {
      for (const sheet of plan.sheets) {
        const subtitle = subtitleOf(sheet);
        if (subtitle === undefined) continue;
        const first = (bySheet.get(sheet.name) ?? []).slice(0, 1);
        expect({ sheet: sheet.name, whole: pageText(first).includes(squeeze(subtitle)) }).toEqual({
          sheet: sheet.name,
          whole: true,
        });
      }
    }
  });

  it('keeps every word inside the page’s margins: nothing runs past the right edge', () => {
    for (const { pages } of printed) {
      for (const page of pages) {
        const outside = page.words.filter((w) => w.xMin < 18 || w.xMax > page.width - 18);
        expect({ page: page.number, outside: outside.map((w) => w.text) }).toEqual({
          page: page.number,
          outside: [],
        });
      }
    }
  });
});

function sheetOf(plan: WorkbookPlan, key: SheetPlan['key']): SheetPlan {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no ${key} sheet in the plan`);
  return sheet;
}

/** The text of each merged cell of a sheet (its top-left cell): the retro's sentences and note prompts. */
function mergedTexts(sheet: SheetPlan): string[] {
  return sheet.merges.flatMap((range) => {
    const { row, col } = parseRange(range);
    const text = cellText(sheet, row, col);
    return text === undefined || row < 2 ? [] : [text];
  });
}

/** The subtitle: the text in A2 when the builder merged that row across the sheet. */
function subtitleOf(sheet: SheetPlan): string | undefined {
  return sheet.merges.some((range) => range.startsWith('A2:')) ? cellText(sheet, 1, 0) : undefined;
}

function cellText(sheet: SheetPlan, row: number, col: number): string | undefined {
  for (const block of [...sheet.blocks].reverse()) {
    const cell = block.cells[row - block.row]?.[col - block.col];
    if (typeof cell === 'string') return cell;
  }
  return undefined;
}
