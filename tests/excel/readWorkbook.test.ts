import { SHEET_MARK_KEY } from '../../src/core/plan/types';
import { readWorkbook, type ReadProgress } from '../../src/excel/readWorkbook';
import { FakeExcel } from '../support/excelFake/fakeExcel';

const ROWS = 1_048_576;
const CHANNELS = ['天猫旗舰店', '京东自营', '抖音直播间', '拼多多'];

/** An orders sheet filling every row of Excel: header in row 1, then 1,048,575 orders. */
function orderCell(row: number, col: number): string | number | null {
  if (row === 0)
    return (
      [
        '订单号',
        '下单时间',
        '付款时间',
        '买家ID',
        '实付金额',
        '订单状态',
        '渠道',
        '类目',
        '商品SKU',
        '数量',
        '原价',
        '优惠金额',
      ][col] ?? null
    );
  switch (col) {
    case 0:
      return `TB2024111100${row}`;
    case 1:
      return 45_597 + (row % 30) + (row % 86_400) / 86_400;
    case 2:
      return row % 17 === 0 ? null : 45_597 + (row % 30) + 0.01;
    case 3:
      return `buyer_${row % 250_000}`;
    case 4:
      return Math.round(((row * 7919) % 100_000) / 7) / 100;
    case 5:
      return row % 23 === 0 ? '已退款' : '已付款';
    case 6:
      return CHANNELS[row % 4] as string;
    case 7:
      return '美妆';
    case 8:
      return `SKU-${row % 5_000}`;
    case 9:
      return 1 + (row % 3);
    case 10:
      return 399;
    default:
      return row % 5 === 0 ? 20 : 0;
  }
}

describe('reading source data', () => {
  it('reads a 1,048,576 × 12 orders range without a request or response over 5 MB and returns every row', async () => {
    const excel = new FakeExcel();
    excel.addGeneratedSheet('订单', { rows: ROWS, cols: 12, value: orderCell });
    const result = await readWorkbook(excel.host);

    expect(result.status).toBe('complete');
    const [orders] = result.tables;
    expect(orders?.source).toEqual({ sheet: '订单', headerRow: 1, firstColumn: 0 });
    expect(orders?.header[4]).toBe('实付金额');
    expect(orders?.rows).toHaveLength(ROWS - 1);
    expect(orders?.rows[0]).toEqual(Array.from({ length: 12 }, (_, c) => orderCell(1, c) ?? ''));
    expect(orders?.rows[ROWS - 2]).toEqual(
      Array.from({ length: 12 }, (_, c) => orderCell(ROWS - 1, c) ?? ''),
    );

    expect(excel.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(Math.max(...excel.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(5_000_000);
    expect(Math.max(...excel.syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(5_000_000);
    expect(result.syncs).toBe(excel.syncs.length);
    // Chunks are sized by bytes, not by a fixed row count: a few dozen syncs for 12.6M cells.
    expect(excel.syncs.length).toBeLessThan(100);
  });

  it('halves a chunk Excel refuses as too large and still returns every row', async () => {
    const excel = new FakeExcel({ limits: { responseBytes: 200_000 } });
    excel.addGeneratedSheet('订单', { rows: 20_001, cols: 12, value: orderCell });
    const result = await readWorkbook(excel.host);
    expect(result.tables[0]?.rows).toHaveLength(20_000);
    expect(result.tables[0]?.rows[19_999]?.[0]).toBe(orderCell(20_000, 0));
    const failed = excel.syncs.filter((s) => s.error !== undefined);
    expect(failed.every((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('never reads more than the cell limit in one request', async () => {
    const excel = new FakeExcel({ limits: { readCells: 10_000 } });
    excel.addGeneratedSheet('订单', { rows: 5_001, cols: 12, value: orderCell });
    const result = await readWorkbook(excel.host);
    expect(result.tables[0]?.rows).toHaveLength(5_000);
  });

  it('reads Excel tables by their own ranges, with the worksheet row of their header', async () => {
    const excel = new FakeExcel();
    excel.addSheet('数据', [
      ['活动数据'],
      [],
      [null, '渠道', '花费'],
      [null, '抖音', 100],
      [null, '京东', 200],
    ]);
    excel.addTable('数据', 'B3:C5', 'Spend');
    excel.addSheet('说明', [['旁边的数据', 1]], 'F10');
    const result = await readWorkbook(excel.host);
    expect(result.tables).toEqual([
      {
        source: { sheet: '数据', table: 'Spend', headerRow: 3, firstColumn: 1 },
        header: ['渠道', '花费'],
        rows: [
          ['抖音', 100],
          ['京东', 200],
        ],
      },
      { source: { sheet: '说明', headerRow: 10, firstColumn: 5 }, header: ['旁边的数据', 1], rows: [] },
    ]);
  });

  it('skips title rows above the header of a plain range', async () => {
    const excel = new FakeExcel();
    excel.addSheet('流量', [
      ['2024 双11 流量明细'],
      ['统计周期：', '2024-11-01', '至', '2024-11-11'],
      [],
      ['日期', '渠道', '访客数', '加购数', '下单数', '支付数'],
      [45_597, '抖音', 1000, 120, 60, 50],
      [45_598, '抖音', 1100, 130, 70, 55],
    ]);
    const [table] = (await readWorkbook(excel.host)).tables;
    expect(table?.source.headerRow).toBe(4);
    expect(table?.header).toEqual(['日期', '渠道', '访客数', '加购数', '下单数', '支付数']);
    expect(table?.rows).toHaveLength(2);
  });

  it('never reads Fupan’s own sheets, even renamed, and reads a user’s sheet named like them', async () => {
    const excel = new FakeExcel();
    excel.addSheet('复盘-概览', [
      ['我的表', '数'],
      ['a', 1],
    ]);
    excel.addSheet('我改过名字的复盘', [
      ['指标', '值'],
      ['GMV', 1],
    ]);
    excel.markSheet('我改过名字的复盘', SHEET_MARK_KEY, 'overview');
    const result = await readWorkbook(excel.host);
    expect(result.tables.map((t) => t.source.sheet)).toEqual(['复盘-概览']);
    expect(result.skipped).toEqual([{ sheet: '我改过名字的复盘', reason: 'fupanSheet' }]);
  });

  it('reports progress per source and stops between chunks when cancelled', async () => {
    const excel = new FakeExcel({ limits: { responseBytes: 400_000 } });
    excel.addGeneratedSheet('订单', { rows: 50_001, cols: 12, value: orderCell });
    excel.addSheet('花费', [
      ['渠道', '花费'],
      ['抖音', 1],
    ]);
    const signal = { aborted: false };
    const seen: ReadProgress[] = [];
    const result = await readWorkbook(excel.host, {
      signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.rowsRead > 10_000) signal.aborted = true;
      },
    });
    expect(result.status).toBe('cancelled');
    expect(result.tables).toEqual([]);
    expect(seen[0]).toMatchObject({ sheet: '订单', rowsTotal: 50_000, source: 1, sources: 2 });
    expect(seen.at(-1)?.rowsRead).toBeLessThan(50_000);

    const uncancelled = new FakeExcel({ limits: { responseBytes: 400_000 } });
    uncancelled.addGeneratedSheet('订单', { rows: 50_001, cols: 12, value: orderCell });
    await readWorkbook(uncancelled.host);
    expect(excel.syncs.length).toBeLessThan(uncancelled.syncs.length);
  });

  it('reads an empty workbook as no tables', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    const result = await readWorkbook(excel.host);
    expect(result).toMatchObject({
      status: 'complete',
      tables: [],
      skipped: [{ sheet: 'Sheet1', reason: 'empty' }],
    });
  });
});
