import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFromYmd, isoDay, type Day } from '../../src/core/model/day';
import type { RawTable } from '../../src/core/model/raw';
import { readCsv } from '../../src/xlsx/readCsv';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { campaignOf } from '../support/campaignOf';

async function tablesOf(wb: ExcelJS.Workbook): Promise<readonly RawTable[]> {
  const result = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
  if (!result.ok) throw new Error(result.error.message['en-US']);
  return result.tables;
}

/** `count` paid orders, one a day from 2025-11-01: the baseline month and the campaign. */
function orderRows(count: number): (string | number)[][] {
  return Array.from({ length: count }, (_, i) => {
    const day = isoDay((dayFromYmd(2025, 11, 1) + i) as Day);
    return [`O${i + 1}`, `${day} 10:00`, 100 + i, i % 2 === 0 ? '天猫' : '京东'];
  });
}

describe('readWorkbook on a sheet of several blocks', () => {
  test('a title, a label–value block and a phase table on one sheet (Chinese)', async () => {
    const wb = new ExcelJS.Workbook();
    const info = wb.addWorksheet('活动信息');
    info.addRow(['双12大促复盘']);
    info.addRow([]);
    info.addRow(['活动名称', '双12']);
    info.addRow(['开始日期', '2025-12-01']);
    info.addRow(['结束日期', '2025-12-12']);
    info.addRow(['负责人', '王芳']);
    info.addRow(['基准期', '2025-11-01 ~ 2025-11-30']);
    info.addRow([]);
    info.addRow(['阶段', '开始日期', '结束日期']);
    info.addRow(['预热期', '2025-12-01', '2025-12-07']);
    info.addRow(['爆发期', '2025-12-08', '2025-12-12']);
    const orders = wb.addWorksheet('订单');
    orders.addRow(['订单号', '下单时间', '实付金额', '渠道']);
    for (const row of orderRows(45)) orders.addRow(row);

    const tables = await tablesOf(wb);
    expect(tables.map((t) => [t.source.sheet, t.source.block, t.source.headerRow, t.header])).toEqual([
      ['活动信息', 'A3', 3, ['活动名称', '双12']],
      ['活动信息', 'A9', 9, ['阶段', '开始日期', '结束日期']],
      ['订单', undefined, 1, ['订单号', '下单时间', '实付金额', '渠道']],
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
    expect(read.warnings).not.toContain('table_unrecognised');
  });

  test('a label–value block beside a long orders table (English): both read, every order kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    const kv = [
      ['Campaign Name', 'Double 12'],
      ['Start Date', new Date(Date.UTC(2025, 11, 1))],
      ['End Date', new Date(Date.UTC(2025, 11, 12))],
      ['Baseline', '2025-11-01 ~ 2025-11-30'],
      ['Peak', '2025-12-10 ~ 2025-12-12'],
    ];
    const rows = orderRows(120);
    ws.addRow([...(kv[0] ?? []), null, 'Order ID', 'Order Time', 'Paid Amount', 'Channel']);
    rows.forEach((row, i) => ws.addRow([...(kv[i + 1] ?? [null, null]), null, ...row]));

    const tables = await tablesOf(wb);
    expect(tables.map((t) => [t.source.block, t.source.firstColumn, t.rows.length])).toEqual([
      ['A1', 0, 4],
      ['D1', 3, 120],
    ]);
    expect(tables[1]?.rows[119]).toEqual(['O120', '2026-02-28 10:00', 219, '京东']);
    const read = campaignOf(tables);
    expect(read).toMatchObject({
      name: 'Double 12',
      period: ['2025-12-01', '2025-12-12'],
      baseline: ['2025-11-01', '2025-11-30'],
      phases: [['peak', '2025-12-10', '2025-12-12']],
      rejected: 0,
    });
    expect(read.warnings).not.toContain('period_from_orders');
  });

  test('blocks far apart: a long run of empty rows between them costs nothing and keeps row numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.addRow(['Campaign Name', 'Double 12']);
    ws.addRow(['Start Date', '2025-12-01']);
    ws.addRow(['End Date', '2025-12-12']);
    ws.getRow(500_000).values = ['Order ID', 'Order Time', 'Paid Amount', 'Channel'];
    orderRows(3).forEach((row, i) => (ws.getRow(500_001 + i).values = row));
    const tables = await tablesOf(wb);
    expect(tables.map((t) => [t.source.block, t.source.headerRow, t.rows.length])).toEqual([
      ['A1', 1, 2],
      ['A500000', 500_000, 3],
    ]);
  });

  test('a stray blank row inside an orders table does not split it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('订单');
    ws.addRow(['订单号', '下单时间', '实付金额', '渠道']);
    const rows = orderRows(80);
    rows.slice(0, 10).forEach((row) => ws.addRow(row));
    ws.addRow([]);
    rows.slice(10).forEach((row) => ws.addRow(row));
    const tables = await tablesOf(wb);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.source.block).toBeUndefined();
    expect(tables[0]?.rows).toHaveLength(81);
  });

  test('a CSV file with a label–value block above its orders', async () => {
    const text =
      '活动名称,双12\n活动开始,2025-12-01\n活动结束,2025-12-12\n基准期开始,2025-11-01\n基准期结束,2025-11-30\n\n' +
      '订单号,下单时间,实付金额,渠道\n' +
      orderRows(60)
        .map((r) => r.join(','))
        .join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'fupan-blocks-'));
    writeFileSync(join(dir, 'orders.csv'), text);
    const result = await readCsv(join(dir, 'orders.csv'));
    if (!result.ok) throw new Error(result.error.message['en-US']);
    expect(result.tables.map((t) => [t.source.block, t.source.headerRow, t.rows.length])).toEqual([
      ['A1', 1, 4],
      ['A7', 7, 60],
    ]);
    expect(campaignOf(result.tables)).toMatchObject({
      period: ['2025-12-01', '2025-12-12'],
      baseline: ['2025-11-01', '2025-11-30'],
      rejected: 0,
    });
  });
});
