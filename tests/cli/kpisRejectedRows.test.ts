import { join } from 'node:path';
import { REJECTION_CODES } from '../../src/core/ingest/codes';
import { writeSourceWorkbook } from '../../src/xlsx/writeSourceWorkbook';
import { kpisJsonOf } from './support/runCli';
import { smallSample, sourceSheets, tempDir } from './support/sampleFiles';

describe('fupan kpis --json lists every rejected row', () => {
  let file: string;
  beforeAll(async () => {
    const sheets = sourceSheets(smallSample('zh-CN'));
    const orders = sheets[0]!;
    const amount = orders.header.indexOf('实付金额');
    expect(amount).toBeGreaterThan(0);
    const rows = orders.rows.map((r) => [...r]);
    rows[9]![amount] = '一百块'; // worksheet row 11
    file = join(tempDir('kpis-rejected'), 'rejected.xlsx');
    await writeSourceWorkbook(file, [
      { ...orders, rows },
      ...sheets.slice(1),
      {
        name: 'Paths',
        header: ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
        rows: [
          ['a > b', 2, 20, 1],
          ['a > > b', 1, 10, 0],
          ['b', -3, 0, 0],
        ],
      },
    ]);
  });

  it('keeps total and by_table, and adds each row with table kind, sheet, row, column, code and text', async () => {
    const json = await kpisJsonOf([file, '--lang', 'en-US']);
    const rejected = json.rejected_rows;
    expect(rejected.total).toBe(3);
    expect(rejected.by_table).toEqual({ orders: 1, paths: 2 });
    expect(rejected.rows).toHaveLength(rejected.total);
    expect(rejected.rows.map((r) => [r.kind, r.sheet, r.row, r.column, r.code])).toEqual([
      ['orders', sheetName(json, 'orders'), 11, '实付金额', 'not_a_number'],
      ['paths', 'Paths', 3, 'path', 'empty_path_step'],
      ['paths', 'Paths', 4, 'total_conversions', 'negative_value'],
    ]);
    for (const r of rejected.rows) {
      expect(REJECTION_CODES).toContain(r.code);
      expect(r.reason).toContain(`row ${r.row}`);
    }
    expect(rejected.rows[0]!.reason).toContain('"一百块" is not a number');
  });

  it('gives the reasons in the chosen language', async () => {
    const json = await kpisJsonOf([file]);
    const rows = json.rejected_rows.rows;
    expect(rows[0]!.reason).toContain('不是数字');
    expect(rows[2]!.reason).toContain('负数');
  });
});

function sheetName(json: { tables: readonly { kind: string; sheet: string }[] }, kind: string): string {
  return json.tables.find((t) => t.kind === kind)!.sheet;
}
