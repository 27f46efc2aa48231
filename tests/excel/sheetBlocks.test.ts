import { readWorkbook } from '../../src/excel/readWorkbook';
import { campaignOf } from '../support/campaignOf';
import { FakeExcel } from '../support/excelFake/fakeExcel';

/** Excel serial of 2025-11-01 (wall clock). */
const NOV_1 = 45_962;
const ORDER_HEADER = ['Order ID', 'Order Time', 'Paid Amount', 'Channel'];

/** One paid order a day from 2025-11-01 on, cycling over 60 days: the baseline month and the campaign. */
function orderCell(row: number, col: number): string | number | null {
  if (row === 0) return ORDER_HEADER[col] ?? null;
  return [`O${row}`, NOV_1 + ((row - 1) % 60) + 0.4, 100 + (row % 7), row % 2 ? 'Tmall' : 'JD'][col] ?? null;
}

const KV_EN = [
  ['Campaign Name', 'Double 12'],
  ['Start Date', NOV_1 + 30],
  ['End Date', NOV_1 + 41],
  ['Baseline', '2025-11-01 ~ 2025-11-30'],
  ['Warm-up', '2025-12-01 ~ 2025-12-07'],
];

describe('reading a sheet of several blocks through Office.js', () => {
  test('a title, a label–value block, a blank row and a phase table (Chinese)', async () => {
    const excel = new FakeExcel();
    excel.addSheet('活动信息', [
      ['双12大促复盘'],
      [],
      ['活动名称', '双12'],
      ['活动开始', '2025-12-01'],
      ['活动结束', '2025-12-12'],
      ['基准期开始', '2025-11-01'],
      ['基准期结束', '2025-11-30'],
      [],
      ['阶段', '开始日期', '结束日期'],
      ['预热期', '2025-12-01', '2025-12-07'],
      ['爆发期', '2025-12-08', '2025-12-12'],
    ]);
    excel.addGeneratedSheet('订单', { rows: 61, cols: 4, value: orderCell });
    const { tables } = await readWorkbook(excel.host);
    expect(
      tables.map((t) => [t.source.sheet, t.source.block, t.source.headerRow, t.header[0], t.rows.length]),
    ).toEqual([
      ['活动信息', 'A3', 3, '活动名称', 4],
      ['活动信息', 'A9', 9, '阶段', 2],
      ['订单', undefined, 1, 'Order ID', 60],
    ]);
    const read = campaignOf(tables);
    expect(read).toMatchObject({
      name: '双12',
      period: ['2025-12-01', '2025-12-12'],
      baseline: ['2025-11-01', '2025-11-30'],
      phases: [
        ['warmup', '2025-12-01', '2025-12-07'],
        ['peak', '2025-12-08', '2025-12-12'],
      ],
      rejected: 0,
    });
    expect(read.warnings).not.toContain('period_from_orders');
  });

  test('a label–value block beside 50,000 orders (English): each read once, in its own columns', async () => {
    const ROWS = 50_001;
    const beside = (row: number, col: number): string | number | null =>
      col < 2 ? (KV_EN[row]?.[col] ?? null) : col === 2 ? null : orderCell(row, col - 3);
    const excel = new FakeExcel({ limits: { responseBytes: 300_000 } });
    excel.addGeneratedSheet('Orders', { rows: ROWS, cols: 7, value: beside });
    const { tables } = await readWorkbook(excel.host);
    expect(tables.map((t) => [t.source.block, t.source.firstColumn, t.header[0], t.rows.length])).toEqual([
      ['A1', 0, 'Campaign Name', 4],
      ['D1', 3, 'Order ID', ROWS - 1],
    ]);
    expect(tables[1]?.rows[ROWS - 2]).toEqual([0, 1, 2, 3].map((c) => orderCell(ROWS - 1, c)));
    const read = campaignOf(tables);
    expect(read).toMatchObject({
      name: 'Double 12',
      period: ['2025-12-01', '2025-12-12'],
      baseline: ['2025-11-01', '2025-11-30'],
      phases: [['warmup', '2025-12-01', '2025-12-07']],
      rejected: 0,
    });
    expect(read.warnings).not.toContain('period_from_orders');

    // The same orders alone on a sheet: reading the blocks costs no more than reading the table.
    const alone = new FakeExcel({ limits: { responseBytes: 300_000 } });
    alone.addGeneratedSheet('Orders', { rows: ROWS, cols: 4, value: orderCell });
    await readWorkbook(alone.host);
    const bytes = (e: FakeExcel) => e.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(bytes(excel)).toBeLessThan(bytes(alone) * 1.05);
    expect(excel.syncs.filter((s) => s.error === undefined).every((s) => s.responseBytes <= 300_000)).toBe(
      true,
    );
  });

  test('a stray blank row inside a plain range does not split it', async () => {
    const excel = new FakeExcel();
    excel.addGeneratedSheet('Orders', {
      rows: 101,
      cols: 4,
      value: (row, col) => (row === 20 ? null : orderCell(row, col)),
    });
    const { tables } = await readWorkbook(excel.host);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.source.block).toBeUndefined();
    expect(tables[0]?.rows).toHaveLength(100);
  });
});
