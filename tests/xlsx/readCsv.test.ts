import * as iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '../../src/xlsx/csv/decodeText';
import { guessDelimiter, parseCsv } from '../../src/xlsx/csv/parseCsv';
import { readCsv, readCsvFolder } from '../../src/xlsx/readCsv';

const TEXT = '订单号,渠道,金额\r\nO1,天猫,"1,299.00"\r\nO2,"抖音 ""直播""",88\r\nO3,"多行\n备注",\r\n';
const ROWS = [
  ['O1', '天猫', '1,299.00'],
  ['O2', '抖音 "直播"', '88'],
  ['O3', '多行\n备注', null],
];

function tempFile(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'fupan-csv-'));
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

describe('readCsv', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['GBK, as Chinese Excel saves CSV', iconv.encode(TEXT, 'gbk')],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE with BOM', iconv.encode(TEXT, 'utf16-be', { addBOM: true })],
  ])('reads %s', async (_label, bytes) => {
    const result = await readCsv(tempFile('orders.csv', bytes));
    if (!result.ok) throw new Error(result.error.message['en-US']);
    expect(result.tables).toEqual([
      {
        source: { sheet: 'orders.csv', headerRow: 1, firstColumn: 0 },
        header: ['订单号', '渠道', '金额'],
        rows: ROWS,
      },
    ]);
  });

  it('detects GBK by its invalid UTF-8', () => {
    expect(decodeText(iconv.encode('渠道', 'gbk'))).toEqual({ text: '渠道', encoding: 'gb18030' });
    expect(decodeText(Buffer.from('渠道'))).toEqual({ text: '渠道', encoding: 'utf-8' });
  });

  it('skips a title line above the header and reads semicolon- or tab-separated files', async () => {
    const text = 'Campaign export\n\nday;gmv\n2024-11-11;10\n';
    const result = await readCsv(tempFile('gmv.csv', Buffer.from(text)));
    if (!result.ok) throw new Error(result.error.message['en-US']);
    expect(result.tables[0]).toEqual({
      source: { sheet: 'gmv.csv', headerRow: 3, firstColumn: 0 },
      header: ['day', 'gmv'],
      rows: [['2024-11-11', '10']],
    });
    expect(guessDelimiter('a\tb\tc\n1,2\t3')).toBe('\t');
  });

  it('warns about a quote that is never closed', async () => {
    const result = await readCsv(tempFile('bad.csv', Buffer.from('a,b\n1,"oops\n2,3\n')));
    if (!result.ok) throw new Error('expected a table');
    expect(result.warnings[0]?.['en-US']).toContain('record 2');
  });

  it('reports an empty file and a missing one', async () => {
    const empty = await readCsv(tempFile('empty.csv', Buffer.alloc(0)));
    expect(empty.ok ? 'ok' : empty.error.kind).toBe('empty');
    const missing = await readCsv('/nonexistent/fupan.csv');
    expect(missing.ok ? 'ok' : missing.error.kind).toBe('notFound');
  });
});

describe('parseCsv', () => {
  it('keeps empty fields, a trailing empty field and text after a closing quote', () => {
    expect(parseCsv('a,,b,\n"x"y,z', ',').records).toEqual([
      ['a', '', 'b', ''],
      ['xy', 'z'],
    ]);
  });
});

describe('readCsvFolder', () => {
  it('reads every .csv file of a folder in name order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fupan-csvdir-'));
    writeFileSync(join(dir, 'b_traffic.csv'), 'day,uv\n1,100\n');
    writeFileSync(join(dir, 'a_orders.CSV'), 'id,amount\nO1,5\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a table');
    const result = await readCsvFolder(dir);
    if (!result.ok) throw new Error(result.error.message['en-US']);
    expect(result.tables.map((t) => t.source.sheet)).toEqual(['a_orders.CSV', 'b_traffic.csv']);
  });

  it('says a folder without CSV files is empty', async () => {
    const result = await readCsvFolder(mkdtempSync(join(tmpdir(), 'fupan-csvdir-')));
    expect(result.ok ? 'ok' : result.error.kind).toBe('empty');
  });
});
