import { MAX_LISTED_REJECTIONS } from '../../../src/core/plan/sheets/qualitySheet';
import type { IngestResult } from '../../../src/core/model/campaign';
import { planQualitySheet } from '../../../src/core/plan/sheets/qualitySheet';
import type { CellBlock, PlanCell, SheetPlan } from '../../../src/core/plan/types';
import { parseCell } from '../../../src/core/plan/a1';

/** The cell at an A1 address, looked up through the blocks the way a writer would place them. */
function cellAt(sheet: SheetPlan, address: string): PlanCell | undefined {
  const { row, col } = parseCell(address);
  // Later blocks overwrite earlier ones, as writers apply them in order.
  const block = [...sheet.blocks]
    .reverse()
    .find(
      (b: CellBlock) =>
        row >= b.row &&
        row < b.row + b.cells.length &&
        col >= b.col &&
        col < b.col + (b.cells[0]?.length ?? 0),
    );
  return block?.cells[row - block.row]?.[col - block.col];
}

const ingest: IngestResult = {
  data: null,
  tables: [
    {
      kind: 'orders',
      source: { sheet: 'Orders', table: 'Orders', headerRow: 1, firstColumn: 0 },
      mapping: { order_id: 'Order ID', amount: 'Total' },
      unmappedHeaders: ['Note'],
      rowsRead: 10,
      rowsUsed: 8,
      rowsRejected: 2,
    },
  ],
  rejected: [
    {
      kind: 'orders',
      sheet: 'Orders',
      row: 5,
      column: 'Total',
      code: 'bad_number',
      reason: { 'zh-CN': '不是数字', 'en-US': 'not a number' },
    },
    {
      kind: 'orders',
      sheet: 'Orders',
      row: 9,
      column: 'Status',
      code: 'unknown_status',
      reason: { 'zh-CN': '未知状态', 'en-US': 'unknown status' },
    },
  ],
  warnings: [],
};

describe('the data-quality sheet', () => {
  it('lists each recognised table with a live balance formula over its row counts', () => {
    const sheet = planQualitySheet(ingest, 'en-US');
    const tables = sheet.tables.map((t) => t.name);
    expect(tables).toEqual(['Fupan_Quality_Tables', 'Fupan_Quality_Rejected']);
    const first = sheet.tables[0]!.range.split(':')[0]!;
    const { row } = parseCell(first);
    const balance = cellAt(sheet, `H${row + 2}`);
    expect(balance).toEqual({
      kind: 'formula',
      formula: `=E${row + 2}=F${row + 2}+G${row + 2}`,
      value: 'TRUE',
    });
    expect(cellAt(sheet, `E${row + 2}`)).toBe(10);
  });

  it('lists every rejected row with its sheet, row, column and localised reason', () => {
    const zh = planQualitySheet(ingest, 'zh-CN');
    const rejected = zh.tables.find((t) => t.name === 'Fupan_Quality_Rejected')!;
    const { row } = parseCell(rejected.range.split(':')[0]!);
    expect(cellAt(zh, `A${row + 2}`)).toBe('订单');
    expect(cellAt(zh, `C${row + 2}`)).toBe(5);
    expect(cellAt(zh, `D${row + 3}`)).toBe('Status');
    expect(cellAt(zh, `F${row + 3}`)).toBe('未知状态');
    expect(zh.name).toBe('复盘-数据质量');
  });

  it('says so instead of an empty table when nothing was rejected', () => {
    const sheet = planQualitySheet({ ...ingest, rejected: [] }, 'en-US');
    expect(sheet.tables.map((t) => t.name)).toEqual(['Fupan_Quality_Tables']);
    expect(sheet.blocks.some((b) => b.cells.some((r) => r.includes('No rows were rejected.')))).toBe(true);
  });

  it('plans a quarter of a million rejected rows: the first 1,000 listed, then how many there are', () => {
    const many = 250_000;
    const first = ingest.rejected[0]!;
    const big: IngestResult = {
      ...ingest,
      rejected: Array.from({ length: many }, (_, i) => ({ ...first, row: i + 2 })),
    };
    const sheet = planQualitySheet(big, 'en-US');
    const rejected = sheet.tables.find((t) => t.name === 'Fupan_Quality_Rejected')!;
    const [from, to] = rejected.range.split(':').map((a) => parseCell(a!).row);
    expect(to! - from!).toBe(MAX_LISTED_REJECTIONS);
    const texts = sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => typeof c === 'string');
    expect(texts).toContainEqual(expect.stringContaining('Only the first 1,000 of 250,000 rejected rows'));
  });
});
