import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRange } from '../../../src/core/plan/a1';
import { LONG_TABLE_ROWS, printPlanOf, usedBounds } from '../../../src/core/plan/printLayout';
import type { SheetPlan, WorkbookPlan } from '../../../src/core/plan/types';
import { textUnits, wrappedHeight, wrappedLines } from '../../../src/core/plan/wrappedHeight';

/** The reviewed sample plans (planWorkbook.test.ts keeps them equal to what the planners make). */
const plans = (['zh-CN', 'en-US'] as const).map(
  (locale) =>
    JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'golden', `sample-plan.${locale}.json`), 'utf8'),
    ) as WorkbookPlan,
);

const inside = (area: string, row: number, col: number): boolean => {
  const a = parseRange(area);
  return row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;
};

describe.each(plans.map((p) => [p.locale, p] as const))(
  'the print setup of the %s sample plan',
  (_, plan) => {
    it('gives the overview goals’ KPI and channel names a column wide enough for them', () => {
      const overview = plan.sheets.find((s) => s.key === 'overview')!;
      const goals = overview.tables.find((t) => t.name === 'Fupan_Overview_Goals')!;
      const area = parseRange(goals.range);
      const width = (col: number) => overview.columnWidths.find((w) => w.col === col)!.width;
      const cells = new Map<string, unknown>();
      for (const block of overview.blocks)
        block.cells.forEach((row, r) =>
          row.forEach((v, c) => cells.set(`${block.row + r}:${block.col + c}`, v)),
        );
      let checked = 0;
      for (let row = area.row + 1; row < area.row + area.rows; row++)
        for (const col of [1, 2]) {
          const text = cells.get(`${row}:${col}`);
          if (typeof text !== 'string') continue;
          expect([text, width(col)]).toEqual([text, Math.max(width(col), Math.min(34, textUnits(text) + 2))]);
          checked++;
        }
      expect(checked).toBeGreaterThan(0);
    });

    it('prints every sheet on A4, one page wide, with its name and page number in the footer', () => {
      for (const sheet of plan.sheets) {
        expect(sheet.print).toMatchObject({
          paper: 'A4',
          fitToWidth: true,
          centerHorizontally: true,
          footer: { left: '&A', right: '&P / &N' },
        });
      }
    });

    it('prints an area that covers every block, table, merge and chart, starting at A1', () => {
      for (const sheet of plan.sheets) {
        const area = sheet.print!.area;
        expect(parseRange(area)).toMatchObject({ row: 0, col: 0 });
        for (const block of sheet.blocks) {
          const last = block.cells[0]!.length - 1;
          expect(inside(area, block.row + block.cells.length - 1, block.col + last)).toBe(true);
        }
        for (const range of [...sheet.tables.map((t) => t.range), ...sheet.merges]) {
          const r = parseRange(range);
          expect(inside(area, r.row + r.rows - 1, r.col + r.cols - 1)).toBe(true);
        }
        for (const chart of sheet.charts)
          expect(inside(area, chart.anchor.to.row, chart.anchor.to.col)).toBe(true);
      }
    });

    it('repeats the header of a long table on every page, and only on sheets that have one', () => {
      for (const sheet of plan.sheets) {
        const long = sheet.tables.filter((t) => parseRange(t.range).rows - 1 > LONG_TABLE_ROWS);
        if (long.length === 0) expect(sheet.print!.titleRows).toBeUndefined();
        else expect(long.map((t) => parseRange(t.range).row)).toContain(sheet.print!.titleRows!.first);
      }
      // The trend's daily table (one row a day of the campaign) is the sample's long table.
      expect(plan.sheets.find((s) => s.key === 'trend')!.print!.titleRows).toBeDefined();
    });

    it('wraps each retro sentence and note in the merged text column B:E, never over the links in F', () => {
      const retro = plan.sheets.find((s) => s.key === 'retro')!;
      const textRows = retro.merges.map((m) => parseRange(m)).filter((r) => r.row > 1);
      expect(textRows.length).toBeGreaterThan(20);
      for (const r of textRows) expect(r).toMatchObject({ col: 1, cols: 4, rows: 1 });
      const links = retro.blocks.flatMap((b) =>
        b.cells.flatMap((row, r) =>
          row.flatMap((cell, c) =>
            cell !== null && typeof cell === 'object' && cell.kind === 'link'
              ? [{ row: b.row + r, col: b.col + c }]
              : [],
          ),
        ),
      );
      expect(links.length).toBeGreaterThan(10);
      for (const link of links) expect(link.col).toBe(5);
      // Every sentence's row is as tall as its wrapped text: the longest sentence has the tallest row.
      const heights = new Map((retro.rowHeights ?? []).map((h) => [h.row, h.height]));
      const noteRows = new Set(retro.notes.map((n) => parseRange(n.address).row));
      const sentences = textRows.flatMap((r) => {
        if (noteRows.has(r.row)) return [];
        const block = retro.blocks.find(
          (b) => b.row <= r.row && r.row < b.row + b.cells.length && b.col === 0,
        );
        const text = block?.cells[r.row - block.row]?.[1];
        return typeof text === 'string' ? [{ text, height: heights.get(r.row) ?? 15 }] : [];
      });
      const longest = [...sentences].sort((a, b) => textUnits(b.text) - textUnits(a.text))[0]!;
      const shortest = [...sentences].sort((a, b) => textUnits(a.text) - textUnits(b.text))[0]!;
      expect(longest.height).toBeGreaterThan(shortest.height);
      for (const s of sentences) expect(s.height).toBeGreaterThanOrEqual(wrappedHeight(s.text, 98));
    });
  },
);

describe('the print layout of a sheet', () => {
  const sheet = (
    widths: number[],
    rows = 10,
  ): Pick<SheetPlan, 'blocks' | 'tables' | 'charts' | 'merges' | 'columnWidths'> => ({
    blocks: [{ row: 0, col: 0, cells: Array.from({ length: rows }, () => widths.map(() => 'x')) }],
    tables: [],
    charts: [],
    merges: [],
    columnWidths: widths.map((width, col) => ({ col, width })),
  });

  it('prints a narrow sheet portrait and a wide one landscape', () => {
    expect(printPlanOf(sheet([30, 30, 30])).orientation).toBe('portrait');
    expect(printPlanOf(sheet([30, 30, 30, 30, 30])).orientation).toBe('landscape');
  });

  it('covers a chart past the last cell', () => {
    const withChart = {
      ...sheet([10, 10]),
      charts: [
        { anchor: { from: { row: 2, col: 3 }, to: { row: 20, col: 8 } } } as SheetPlan['charts'][number],
      ],
    };
    expect(usedBounds(withChart)).toEqual({ row: 0, col: 0, rows: 21, cols: 9 });
  });

  it('counts CJK characters about twice as wide and grows rows with the text', () => {
    expect(textUnits('复盘')).toBeGreaterThan(2 * textUnits('ab'));
    expect(wrappedLines('a'.repeat(200), 52)).toBe(4);
    expect(wrappedHeight('字'.repeat(100), 52)).toBeGreaterThan(wrappedHeight('a'.repeat(100), 52));
  });
});
