import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleCampaign } from '../../src/core/sample/types';
import { kpisJsonOf, runCli, type KpisJson } from './support/runCli';
import {
  csvBytes,
  sheetCsv,
  smallSample,
  tempDir,
  writeSampleCsvFolder,
  writeSampleWorkbook,
} from './support/sampleFiles';

/** What must not depend on the file format: everything computed. */
function computed(json: KpisJson) {
  const { period, baseline, kpis, missing, baseline_kpis, by_channel, by_day, targets, verdict } = json;
  return { period, baseline, kpis, missing, baseline_kpis, by_channel, by_day, targets, verdict };
}

describe('CSV input', () => {
  let dir: string;
  let sample: SampleCampaign;
  let fromXlsx: KpisJson;

  beforeAll(async () => {
    dir = tempDir('csv');
    sample = smallSample('zh-CN');
    fromXlsx = await kpisJsonOf([await writeSampleWorkbook(join(dir, 'double12.xlsx'), sample)]);
  });

  it('a folder of GBK-encoded CSV files (as Chinese Excel saves them) gives the same KPIs as the workbook', async () => {
    const folder = join(dir, 'gbk');
    mkdirSync(folder);
    writeSampleCsvFolder(folder, sample, 'gbk');
    const viaOption = await kpisJsonOf(['--csv-dir', folder]);
    // The files are read in name order.
    expect(viaOption.tables.map((t) => [t.kind, t.sheet, t.rows_read])).toEqual(
      sample.sheets
        .map((s) => [s.kind, `${s.kind}.csv`, s.table.rows.length])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    expect(computed(viaOption)).toEqual(computed(fromXlsx));
    // A folder given as the input works as --csv-dir does.
    expect(computed(await kpisJsonOf([folder]))).toEqual(computed(fromXlsx));
  });

  it('one GBK-encoded orders.csv: Chinese headers recognised, Chinese values read as written', async () => {
    const orders = sample.sheets.find((s) => s.kind === 'orders');
    if (!orders) throw new Error('the sample has no orders sheet');
    const gbk = join(dir, 'orders-gbk.csv');
    const utf8 = join(dir, 'orders-utf8.csv');
    const bom = join(dir, 'orders-bom.csv');
    writeFileSync(gbk, csvBytes(sheetCsv(orders), 'gbk'));
    writeFileSync(utf8, csvBytes(sheetCsv(orders), 'utf-8'));
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csvBytes(sheetCsv(orders), 'utf-8')]));
    const json = await kpisJsonOf([gbk]);
    expect(json.tables).toHaveLength(1);
    expect(json.tables[0]).toMatchObject({
      kind: 'orders',
      sheet: 'orders-gbk.csv',
      rows_read: 5000,
      rows_rejected: 0,
    });
    expect(json.tables[0]?.mapping).toMatchObject({
      order_id: '订单号',
      order_time: '下单时间',
      amount: '实付金额',
      status: '订单状态',
      channel: '渠道',
    });
    expect(Object.keys(json.by_channel).sort()).toEqual(sample.truth.channels.map((c) => c.name).sort());
    // Without a calendar the period is the orders' date range, and the reader says so.
    expect(json.period).toEqual({ start: '2025-11-01', end: '2025-12-30' });
    expect(json.warnings.join('\n')).toMatch(/2025-11-01/);
    expect(json.kpis.orders).toBe(sample.truth.orders.distinctOrders);
    // Sales need only the orders: over the campaign days they equal the workbook's.
    const december = await kpisJsonOf([gbk, '--period', '2025-12-01..2025-12-30']);
    expect(december.kpis.paid_sales).toBe(fromXlsx.kpis.paid_sales);
    expect(december.kpis.gmv).toBe(fromXlsx.kpis.gmv);
    for (const other of [utf8, bom]) expect(computed(await kpisJsonOf([other]))).toEqual(computed(json));
  });

  it('retro on a CSV file writes <name>-retro.xlsx next to it', async () => {
    const folder = join(dir, 'single');
    mkdirSync(folder);
    const orders = sample.sheets.find((s) => s.kind === 'orders');
    if (!orders) throw new Error('the sample has no orders sheet');
    writeFileSync(join(folder, '订单.csv'), csvBytes(sheetCsv(orders), 'gbk'));
    const run = await runCli(['retro', join(folder, '订单.csv'), '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`→ ${join(folder, '订单-retro.xlsx')}`);
  });
});
