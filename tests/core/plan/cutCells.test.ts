import { analyzeCampaign } from '../../../src/core/analyze';
import type { Locale } from '../../../src/core/locale';
import type { RawTable } from '../../../src/core/model/raw';
import {
  cutCellRows,
  findCutCells,
  MAX_KEPT_CUT_CHARS,
  splitForCells,
  type CutCell,
} from '../../../src/core/plan/cutCells';
import { planWorkbook } from '../../../src/core/plan/planWorkbook';
import { EXCEL_CELL_CHARS } from '../../../src/core/plan/safeCells';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../../src/core/plan/types';
import { cellAddress } from '../../../src/core/plan/a1';
import { MAX_ROW_POINTS } from '../../../src/core/plan/wrappedHeight';

/** Cells cut at Excel's 32,767 characters keep their full text on the data-quality sheet. */

const long = (n: number, unit = 'Long channel name ') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function ordersTable(channel: string, extraHeaders: readonly string[] = []): RawTable {
  return {
    source: { sheet: 'Orders', headerRow: 1, firstColumn: 0 },
    header: ['order_id', 'order_time', 'amount', 'status', 'channel', ...extraHeaders],
    rows: Array.from({ length: 12 }, (_, i) => [
      `O${i}`,
      `2023-11-${10 + (i % 3)} 10:00`,
      100,
      'paid',
      i % 2 ? channel : 'App',
      ...extraHeaders.map(() => null),
    ]),
  };
}

/** Every cell of a plan's sheets by "sheet!A1". */
function cellsOf(plan: WorkbookPlan): Map<string, PlanCell> {
  const out = new Map<string, PlanCell>();
  for (const sheet of plan.sheets)
    for (const block of sheet.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => out.set(`${sheet.name}!${cellAddress(block.row + r, block.col + c)}`, cell)),
      );
  return out;
}

/** The cut-cells table of the quality sheet: full text by "sheet!A1", joined from its parts in order. */
function keptTexts(quality: SheetPlan): Map<string, string> {
  const table = quality.tables.find((t) => t.name === 'Fupan_Quality_CutCells');
  expect(table).toBeDefined();
  const rows = quality.blocks.flatMap((b) => b.cells);
  const out = new Map<string, string>();
  for (const row of rows) {
    const [sheet, address, part, text] = row;
    if (typeof part !== 'string' || !/^\d+\/\d+$/.test(part) || typeof text !== 'string') continue;
    expect(text.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    const key = `${String(sheet)}!${String(address)}`;
    out.set(key, (out.get(key) ?? '') + text);
  }
  return out;
}

describe.each<Locale>(['en-US', 'zh-CN'])('cut cells on the data-quality sheet (%s)', (locale) => {
  it('lists every cut cell by sheet and address, its full text in parts of at most 32,767 characters', () => {
    const channel = long(70_000);
    const { ingest, analysis } = analyzeCampaign([ordersTable(channel)]);
    expect(analysis).not.toBeNull();
    const plan = planWorkbook(ingest, analysis, locale);
    const quality = plan.sheets.find((s) => s.key === 'quality') as SheetPlan;
    const kept = keptTexts(quality);
    const cells = cellsOf(plan);

    // Every cut cell in the output has its full text kept, and that text starts as the cell does.
    const mark = locale === 'zh-CN' ? /…［已截断 ([\d,]+) 个字符］$/ : /… \[([\d,]+) characters cut\]$/;
    let cut = 0;
    for (const [key, cell] of cells) {
      const text = typeof cell === 'string' ? cell : null;
      const m = text === null ? null : mark.exec(text);
      if (!m || text === null) continue;
      cut++;
      const full = kept.get(key);
      expect([key, full === undefined]).toEqual([key, false]);
      const shown = text.slice(0, m.index);
      expect(full!.startsWith(shown)).toBe(true);
      expect(full!.length).toBe(shown.length + Number(m[1]!.replace(/,/g, '')));
    }
    expect(cut).toBeGreaterThan(0);
    expect(kept.size).toBe(cut);
    // The channel name itself is among them, whole.
    expect([...kept.values()]).toContain(channel);
    // Rows of wrapped cut text stay within Excel's tallest row (Office.js refuses a taller one).
    for (const sheet of plan.sheets)
      for (const { height } of sheet.rowHeights ?? []) expect(height).toBeLessThanOrEqual(MAX_ROW_POINTS);
    // No cell of the plan, the quality sheet's parts included, is over Excel's limit.
    for (const cell of cells.values())
      if (typeof cell === 'string') expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
  });

  it("lists a cut cell of the quality sheet itself: a wide sheet's unused columns", () => {
    // 5,000 unused columns: their list on the quality sheet is ≈ 90,000 characters.
    const headers = Array.from({ length: 5_000 }, (_, i) => `unused column ${i}`);
    const { ingest, analysis } = analyzeCampaign([ordersTable('Web', headers)]);
    expect(ingest.tables[0]?.unmappedHeaders.length).toBe(5_000);
    const plan = planWorkbook(ingest, analysis, locale);
    const quality = plan.sheets.find((s) => s.key === 'quality') as SheetPlan;
    const kept = keptTexts(quality);
    const full = [...kept.entries()].find(([key]) => key.startsWith(`${quality.name}!`));
    expect(full?.[1]).toBe(headers.join('; '));
    // The quality sheet as written holds no cell over the limit.
    expect(findCutCells([quality])).toEqual([]);
  });

  it('adds nothing when no cell is cut', () => {
    const { ingest, analysis } = analyzeCampaign([ordersTable('Web')]);
    const quality = planWorkbook(ingest, analysis, locale).sheets.find((s) => s.key === 'quality')!;
    expect(quality.tables.map((t) => t.name)).not.toContain('Fupan_Quality_CutCells');
  });
});

describe('splitting and bounding the kept texts', () => {
  it('splits into parts of at most 32,767 characters that join back, never between a surrogate pair', () => {
    const text = 'a'.repeat(EXCEL_CELL_CHARS - 1) + '😀' + 'b'.repeat(40_000);
    const parts = splitForCells(text);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    expect(parts[0]!.endsWith('a')).toBe(true);
    expect(parts[1]!.startsWith('😀')).toBe(true);
    expect(splitForCells('x'.repeat(EXCEL_CELL_CHARS * 3))).toHaveLength(3);
  });

  it('keeps full texts up to MAX_KEPT_CUT_CHARS in all, then names the rest and says so', () => {
    const size = 300_000;
    const cut: CutCell[] = Array.from({ length: 10 }, (_, i) => ({
      sheet: 'Fupan Retro',
      address: `A${i + 1}`,
      text: long(size),
    }));
    const { rows, note } = cutCellRows(cut, 'en-US');
    const keptCells = Math.floor(MAX_KEPT_CUT_CHARS / size);
    const keptChars = rows.reduce((n, r) => n + (typeof r[3] === 'string' ? r[3].length : 0), 0);
    expect(keptChars).toBe(keptCells * size);
    expect(keptChars).toBeLessThanOrEqual(MAX_KEPT_CUT_CHARS);
    // Every cut cell is named, kept or not.
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(cut.map((c) => c.address)));
    const left = cut.length - keptCells;
    expect(note).toBe(
      `The full text of ${left} more cells (${(left * size).toLocaleString('en-US')} characters) is not kept: the full texts of cut cells are kept up to 2,000,000 characters in all.`,
    );
    expect(cutCellRows(cut.slice(0, 2), 'zh-CN').note).toBeNull();
  });
});
