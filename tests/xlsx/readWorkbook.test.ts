import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawTable } from '../../src/core/model/raw';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function tablesOf(input: Buffer | string): Promise<readonly RawTable[]> {
  const result = await readWorkbook(input);
  if (!result.ok) throw new Error(result.error.message['en-US']);
  return result.tables;
}

describe('readWorkbook on Excel tables', () => {
  it('reads each table as one named raw table, without its totals row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 'a title above the tables';
    ws.addTable({
      name: 'Orders',
      ref: 'B3',
      headerRow: true,
      totalsRow: true,
      columns: [{ name: 'order_id' }, { name: 'amount', totalsRowFunction: 'sum' }],
      rows: [
        ['O1', 10],
        ['O2', 20.5],
      ],
    });
    ws.addTable({
      name: 'Spend',
      ref: 'F3',
      headerRow: true,
      columns: [{ name: 'channel' }, { name: 'cost' }],
      rows: [['抖音', 100]],
    });
    const tables = await tablesOf(await bytes(wb));
    expect(tables).toEqual([
      {
        source: { sheet: 'Data', table: 'Orders', headerRow: 3, firstColumn: 1 },
        header: ['order_id', 'amount'],
        rows: [
          ['O1', 10],
          ['O2', 20.5],
        ],
      },
      {
        source: { sheet: 'Data', table: 'Spend', headerRow: 3, firstColumn: 5 },
        header: ['channel', 'cost'],
        rows: [['抖音', 100]],
      },
    ]);
  });
});

describe('readWorkbook on plain ranges', () => {
  it('skips title rows above the header and keeps the header columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('订单');
    ws.getCell('A1').value = '双11 订单明细';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = '导出时间';
    ws.getCell('B2').value = '2024-11-12';
    ws.addRow([]);
    ws.getRow(4).values = [undefined, '订单号', '下单时间', '金额', '渠道'];
    ws.getRow(5).values = [undefined, 'O1', new Date(Date.UTC(2024, 10, 11, 0, 5, 0)), 99.5, '天猫'];
    ws.getRow(6).values = [undefined, 'O2', new Date(Date.UTC(2024, 10, 11, 23, 59, 59)), 0, null];
    ws.getRow(8).values = [undefined, 'O3', 45607, 1, '京东'];
    const [table] = await tablesOf(await bytes(wb));
    // exceljs puts a row array with a leading hole from column B on.
    expect(table?.source).toEqual({ sheet: '订单', headerRow: 4, firstColumn: 1 });
    expect(table?.header).toEqual(['订单号', '下单时间', '金额', '渠道']);
    // Dates come back as serials in wall-clock terms: 2024-11-11 00:05 is 45607 + 5/1440.
    expect(table?.rows[0]?.[1]).toBeCloseTo(45607 + 5 / 1440, 9);
    expect(table?.rows[1]?.[1]).toBeCloseTo(45607 + 86399 / 86400, 9);
    // The empty row 7 is kept, so data row i stays worksheet row headerRow + 1 + i.
    expect(table?.rows).toHaveLength(4);
    expect(table?.rows[2]).toEqual([null, null, null, null]);
    expect(table?.rows[3]).toEqual(['O3', 45607, 1, '京东']);
  });

  it('gives formulas their cached result, errors their text, rich text and links their text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Mixed');
    ws.addRow(['name', 'value', 'flag']);
    ws.addRow(['formula', { formula: 'B3*2', result: 42 }, true]);
    ws.addRow(['error', { error: '#N/A' }, false]);
    ws.addRow([
      { richText: [{ text: 'rich ' }, { font: { bold: true }, text: 'text' }] },
      { formula: 'B3&"x"', result: 'ax' },
      null,
    ]);
    ws.addRow([
      { text: 'a link', hyperlink: 'https://example.com' },
      { formula: '1/0', result: { error: '#DIV/0!' } },
      null,
    ]);
    ws.addRow(['=not a formula', '  spaced  ', 'line\nbreak']);
    const [table] = await tablesOf(await bytes(wb));
    expect(table?.rows).toEqual([
      ['formula', 42, true],
      ['error', '#N/A', false],
      ['rich text', 'ax', null],
      ['a link', '#DIV/0!', null],
      ['=not a formula', '  spaced  ', 'line\nbreak'],
    ]);
  });

  it('leaves the blank cells of a merged area empty, as Excel reports them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Merged');
    ws.addRow(['day', 'channel', 'gmv']);
    ws.addRow(['2024-11-11', 'A', 1]);
    ws.addRow([null, 'B', 2]);
    ws.mergeCells('A2:A3');
    const [table] = await tablesOf(await bytes(wb));
    expect(table?.rows).toEqual([
      ['2024-11-11', 'A', 1],
      [null, 'B', 2],
    ]);
  });

  it('shifts the dates of a 1904-based workbook to 1900-based serials', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Old Mac');
    ws.addRow(['day', 'n']);
    ws.addRow([new Date(Date.UTC(2024, 10, 11)), 3]);
    ws.getCell('A2').numFmt = 'yyyy-mm-dd';
    const [table] = await tablesOf(await bytes(wb));
    expect(table?.rows).toEqual([[45607, 3]]);
  });

  it('reads a sheet marked by a FupanSheet_ name alone as the user’s, and warns about a sheet without a header row', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Numbers').addRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    wb.addWorksheet('FP Overview').addRows([
      ['Metric', 'Value'],
      ['GMV', 1],
    ]);
    wb.addWorksheet('Data').addRows([
      ['a', 'b'],
      [1, 2],
    ]);
    wb.definedNames.add("'FP Overview'!$A$1", 'FupanSheet_overview');
    const result = await readWorkbook(await bytes(wb));
    if (!result.ok) throw new Error('expected tables');
    // The name is not Fupan's part-level mark (a custom property on the sheet): the sheet stays the user's.
    expect(result.tables.map((t) => t.source.sheet)).toEqual(['FP Overview', 'Data']);
    expect(result.warnings.map((w) => w['en-US'])).toEqual([
      expect.stringContaining('"Numbers": no header row'),
    ]);
  });

  it('reads from a path as from a buffer', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows([
      ['x', 'y'],
      [1, 2],
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'fupan-xlsx-')), 'book.xlsx');
    writeFileSync(path, await bytes(wb));
    expect(await tablesOf(path)).toEqual(await tablesOf(await bytes(wb)));
  });
});

describe('readWorkbook on bad files', () => {
  async function errorOf(input: Buffer | string): Promise<{ kind: string; en: string; zh: string }> {
    const result = await readWorkbook(input, { fileName: 'bad.xlsx' });
    if (result.ok) throw new Error('expected an error');
    return { kind: result.error.kind, en: result.error.message['en-US'], zh: result.error.message['zh-CN'] };
  }

  it('says a file that is no zip is not a workbook', async () => {
    expect(await errorOf(Buffer.from('order_id,amount\nO1,10\n'))).toMatchObject({
      kind: 'notZip',
      en: expect.stringContaining('not an .xlsx workbook'),
    });
  });

  it('says a truncated package is damaged', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(['a']);
    const whole = await bytes(wb);
    expect(await errorOf(whole.subarray(0, Math.floor(whole.length / 2)))).toMatchObject({
      kind: 'corrupt',
      en: expect.stringContaining('damaged'),
    });
  });

  it('says an OLE compound file is password-protected or a legacy .xls', async () => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const error = await errorOf(cfb);
    expect(error.kind).toBe('encrypted');
    expect(error.en).toContain('password-protected or a legacy .xls');
    expect(error.zh).toContain('受密码保护');
  });

  it('says a zip without a workbook part is no workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    zip.file(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    );
    expect((await errorOf(await zip.generateAsync({ type: 'nodebuffer' }))).kind).toBe('notWorkbook');
  });

  it('says a binary workbook (.xlsb) must be saved as .xlsx', async () => {
    const zip = new JSZip();
    zip.file(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/>' +
        '</Relationships>',
    );
    zip.file('xl/workbook.bin', Buffer.from([0x83, 0x01, 0x00]));
    expect(await errorOf(await zip.generateAsync({ type: 'nodebuffer' }))).toMatchObject({
      kind: 'unsupported',
      en: expect.stringContaining('Excel Binary Workbook'),
    });
  });

  it('says a workbook without data is empty', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    expect(await errorOf(await bytes(wb))).toMatchObject({
      kind: 'empty',
      en: expect.stringContaining('no data'),
    });
  });

  it('says a missing file is missing', async () => {
    expect((await errorOf('/nonexistent/fupan/book.xlsx')).kind).toBe('notFound');
  });
});
