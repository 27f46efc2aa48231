import { analyzeCampaign } from '../../../src/core/analyze';
import type { Locale } from '../../../src/core/locale';
import { parseCell } from '../../../src/core/plan/a1';
import { planWorkbook } from '../../../src/core/plan/planWorkbook';
import type { LinkCell, PlanCell, SheetPlan, WorkbookPlan } from '../../../src/core/plan/types';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { cellAt } from '../../support/planCells';

function plan(locale: Locale, drop: readonly string[] = []): WorkbookPlan {
  const sample = generateSampleCampaign({ locale, orders: 5_000 });
  const { ingest, analysis } = analyzeCampaign(
    sample.sheets.filter((s) => !drop.includes(s.kind)).map((s) => s.table),
  );
  return planWorkbook(ingest, analysis, locale);
}

/** The sheet's rows as a writer leaves them: 0-based row → column → cell. */
function rowsOf(sheet: SheetPlan): Map<number, PlanCell[]> {
  const rows = new Map<number, PlanCell[]>();
  for (const block of sheet.blocks)
    block.cells.forEach((cells, i) => {
      const row = rows.get(block.row + i) ?? [];
      cells.forEach((cell, j) => (row[block.col + j] = cell));
      rows.set(block.row + i, row);
    });
  return rows;
}

const isLink = (c: PlanCell | undefined): c is LinkCell => !!c && typeof c === 'object' && c.kind === 'link';
const isNumber = (c: PlanCell | undefined) =>
  typeof c === 'number' ||
  (!!c && typeof c === 'object' && c.kind === 'formula' && typeof c.value === 'number');
/** A cell's number: a value, or a formula's cached value. */
const numberOf = (c: PlanCell | undefined): number => {
  if (typeof c === 'number') return c;
  if (c && typeof c === 'object' && c.kind === 'formula' && typeof c.value === 'number') return c.value;
  throw new Error(`not a number: ${JSON.stringify(c)}`);
};
const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));

describe.each(['zh-CN', 'en-US'] as const)(
  'every proposed number of the plan sheet links to its basis (%s)',
  (locale) => {
    const workbook = plan(locale);
    const sheet = workbook.sheets.find((s) => s.key === 'nextPlan')!;
    const rows = rowsOf(sheet);
    const sheetNamed = (name: string) => workbook.sheets.find((s) => s.name === name);
    const linkOf = (row: PlanCell[]) => row.find(isLink);
    const target = (link: LinkCell) => cellAt(sheetNamed(link.sheet)!, link.address);
    /** The rows under the header whose first cell is `first` and that holds `also`, up to a blank row. */
    const tableUnder = (first: string, also: string): PlanCell[][] => {
      const header = [...rows].find(([, r]) => r[0] === first && r.includes(also));
      if (!header) throw new Error(`no table headed ${first} … ${also}`);
      const out: PlanCell[][] = [];
      for (
        let i = header[0] + 1;
        rows.has(i) && rows.get(i)![0] !== null && rows.get(i)![0] !== undefined;
        i++
      )
        out.push(rows.get(i)!);
      return out;
    };
    const L = (zh: string, en: string) => (locale === 'zh-CN' ? zh : en);

    it('gives each row that holds a number a link, and each link a cell of a planned sheet', () => {
      const numbered = [...rows].filter(([, r]) => r.some(isNumber));
      expect(numbered.length).toBeGreaterThan(30);
      for (const [index, row] of numbered) {
        const link = linkOf(row);
        if (!link) throw new Error(`row ${index + 1} (${String(row[0])}) has no basis link`);
      }
      const links = [...rows.values()].flatMap((r) => r.filter(isLink));
      const elsewhere = new Set(links.map((l) => l.sheet));
      expect(elsewhere).toEqual(
        new Set(
          ['overview', 'trend', 'channels', 'diagnostics', 'nextPlan'].map(
            (k) => workbook.sheets.find((s) => s.key === k)!.name,
          ),
        ),
      );
      for (const link of links) {
        const on = sheetNamed(link.sheet);
        expect(on).toBeDefined();
        expect(link.text).toBe(`→ ${link.sheet}!${link.address}`);
        expect(parseCell(link.address)).toBeTruthy();
        const cell = target(link);
        if (cell === undefined || cell === null) throw new Error(`${link.text} points at an empty cell`);
      }
    });

    it('links each assumption to the spread it is built from, and each phase’s spread to its paid sales', () => {
      const assumptions = [...rows].filter(([i]) => i >= 5 && i <= 7).map(([, r]) => r);
      expect(assumptions).toHaveLength(3);
      for (const row of assumptions) {
        const link = linkOf(row)!;
        expect(link.sheet).toBe(sheet.name);
        // conservative = −(the sales-weighted daily spread)
        close(-numberOf(row[1]), numberOf(target(link)));
      }
      const phases = tableUnder(L('阶段', 'Phase'), L('访客数日波动', 'UV daily spread'));
      expect(phases.length).toBeGreaterThanOrEqual(3); // the phases and their weighted mean
      for (const row of phases.slice(0, -1)) close(numberOf(row[1]), numberOf(target(linkOf(row)!)));
      // The mean is the weighted mean of the phases that have a spread.
      for (const c of [2, 3, 4]) {
        const used = phases.slice(0, -1).filter((r) => typeof r[c] === 'number');
        const mean =
          used.reduce((s, r) => s + numberOf(r[1]) * numberOf(r[c]), 0) /
          used.reduce((s, r) => s + numberOf(r[1]), 0);
        close(numberOf(phases.at(-1)![c]), mean);
      }
    });

    it('links each channel’s targets to its paid sales this campaign, UV × CVR × sales per buyer', () => {
      const channels = tableUnder(L('渠道', 'Channel'), L('预算（可修改）', 'Budget (yours to change)'));
      expect(channels.length).toBeGreaterThanOrEqual(5);
      for (const row of channels)
        close(numberOf(target(linkOf(row)!)), numberOf(row[1]) * numberOf(row[2]) * numberOf(row[3]));
    });

    it('states this campaign’s sales, UV and paid orders beside the targets, as the overview holds them', () => {
      for (const label of [L('支付金额', 'Paid sales'), L('访客数', 'UV'), L('支付订单数', 'Paid orders')]) {
        const row = [...rows.values()].find((r) => r[0] === label && r.length >= 6)!;
        close(numberOf(row[4]), numberOf(target(linkOf(row)!)));
      }
    });

    it('links each budget move to its response curve, and the curve to the channel’s spend this campaign', () => {
      const moves = tableUnder(L('渠道', 'Channel'), L('调整上限', 'Bound'));
      const curves = tableUnder(L('渠道', 'Channel'), 'β');
      expect(moves.length).toBe(curves.length + 1); // + the total row
      moves.slice(0, -1).forEach((move, i) => {
        const link = linkOf(move)!;
        expect(link.sheet).toBe(sheet.name);
        expect(target(link)).toBe(move[0]);
        expect(rowsOf(sheet).get(parseCell(link.address).row)).toEqual(curves[i]);
        close(numberOf(target(linkOf(curves[i]!)!)), numberOf(move[1]));
      });
      const total = moves.at(-1)!;
      close(numberOf(target(linkOf(total)!)), numberOf(total[1]));
    });

    it('links the stock plan’s sales to the overview and each phase’s pace to its paid sales on the trend sheet', () => {
      const actual = [...rows.values()].find((r) => r[0] === L('本次支付金额', 'Paid sales this campaign'))!;
      close(numberOf(actual[1]), numberOf(target(linkOf(actual)!)));
      const phases = tableUnder(L('阶段', 'Phase'), L('峰值日计划销售额', 'Planned sales on the peak day'));
      expect(phases.length).toBeGreaterThanOrEqual(2);
      for (const row of phases) close(numberOf(row[2]) * numberOf(actual[1]), numberOf(target(linkOf(row)!)));
    });
  },
);

describe('the plan without a traffic table (no targets, budget moves only)', () => {
  it('still links each budget move, its curve and the total to their basis', () => {
    const workbook = plan('en-US', ['traffic']);
    const sheet = workbook.sheets.find((s) => s.key === 'nextPlan')!;
    const numbered = [...rowsOf(sheet).values()].filter((r) => r.some(isNumber));
    expect(numbered.length).toBeGreaterThanOrEqual(10);
    for (const row of numbered) {
      const link = row.find(isLink);
      expect(link).toBeDefined();
      const on = workbook.sheets.find((s) => s.name === link!.sheet)!;
      expect(cellAt(on, link!.address)).toBeDefined();
    }
  });
});
