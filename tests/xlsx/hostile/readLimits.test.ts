import { LIMITS } from '../../../src/xlsx/limits';
import { SheetXmlParser } from '../../../src/xlsx/read/SheetXmlParser';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { XmlScanner } from '../../../src/xlsx/xml/XmlScanner';
import { hostileWorkbook, ordersRows, row, withDeclaredSize } from '../../support/hostile/corpus';

/** Reads a generated workbook and returns the failure it must give. */
async function failureOf(bytes: Buffer) {
  const result = await readWorkbook(bytes, { fileName: 'hostile.xlsx' });
  if (result.ok) throw new Error('the hostile workbook was read without complaint');
  return result.error;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('positions beyond Excel’s grid are refused, never used to size arrays', () => {
  test('a cell on row 400,000,000', async () => {
    const error = await failureOf(
      await hostileWorkbook({
        sheet: ordersRows(3) + '<row r="400000000"><c r="A400000000"><v>1</v></c></row>',
      }),
    );
    expect(error.kind).toBe('limit');
    expect(error.message['en-US']).toContain('xl/worksheets/sheet1.xml: cell A400000000 is beyond Excel');
    expect(error.message['zh-CN']).toContain('A400000000');
  });

  test('a cell in column ZZZZZ', async () => {
    const error = await failureOf(
      await hostileWorkbook({ sheet: ordersRows(3) + '<row r="5"><c r="ZZZZZ5"><v>1</v></c></row>' }),
    );
    expect(error.kind).toBe('limit');
    expect(error.message['en-US']).toContain('cell ZZZZZ5 is beyond Excel');
  });

  test('a table whose ref ends on row 900,000,000', async () => {
    const table =
      `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${NS}" id="1" name="T" displayName="T" ref="A1:E900000000">` +
      '<tableColumns count="5"><tableColumn id="1" name="order_id"/><tableColumn id="2" name="order_time"/>' +
      '<tableColumn id="3" name="amount"/><tableColumn id="4" name="status"/><tableColumn id="5" name="channel"/>' +
      '</tableColumns></table>';
    const error = await failureOf(await hostileWorkbook({ sheet: ordersRows(3), tableXml: table }));
    expect(error.kind).toBe('limit');
    expect(error.message['en-US']).toContain('the range A1:E900000000 of table "T" is not a valid range');
  });

  test('rows without references counted past 1,048,576 stop the part (a 4 MB part that inflates to 9 M rows)', () => {
    let rows = 0;
    const parser = new SheetXmlParser({ sharedStrings: [] }, () => void rows++, 'xl/worksheets/sheet1.xml');
    const block = '<row><c><v>1</v></c></row>'.repeat(4096);
    expect(() => {
      for (let i = 0; i < 9_000_000 / 4096; i++) parser.write(block);
    }).toThrow(/cell A1048577 is beyond Excel's grid/);
    expect(rows).toBe(LIMITS.rows);
  });
});

describe('sizes are checked against what is inflated, not what the zip claims', () => {
  test('an entry inflating past its declared size', async () => {
    const honest = await hostileWorkbook({ sheet: ordersRows(200) });
    const error = await failureOf(withDeclaredSize(honest, 'xl/worksheets/sheet1.xml', 100));
    expect(error.kind).toBe('limit');
    expect(error.message['en-US']).toContain('xl/worksheets/sheet1.xml inflates to more than the 100 bytes');
  });

  test('an oversized workbook.xml is not read whole into one string', async () => {
    const padding = ' '.repeat(LIMITS.wholePartBytes + 1024);
    const workbookXml =
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheets${padding}><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const before = process.memoryUsage().rss;
    const error = await failureOf(await hostileWorkbook({ sheet: ordersRows(3), workbookXml }));
    expect(error.kind).toBe('limit');
    expect(error.message['en-US']).toMatch(
      /xl\/workbook\.xml (inflates to more than 64 MiB|inflates \d+ times)/,
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(1024 * 1024 * 1024);
  });
});

describe('an unclosed quote or comment costs linear time', () => {
  const MIB = 1024 * 1024;

  test('sheet parser: an unterminated attribute quote in a 1 MiB part, fed in 16 KiB chunks', () => {
    const parser = new SheetXmlParser({ sharedStrings: [] }, () => undefined, 'xl/worksheets/sheet1.xml');
    const body =
      `<sheetData>${row(1, ['a', 'b'])}<row r="2"><c r="A2 t="s"><v>0</v></c>` + ' x'.repeat(MIB / 2);
    const bytes = Buffer.from(body);
    for (let i = 0; i < bytes.length; i += 16 * 1024) parser.write(bytes.subarray(i, i + 16 * 1024));
    // Before: each chunk rescanned everything pending, 64 × 0.5 MiB on average.
    expect(parser.rescannedBytes).toBeLessThanOrEqual(2 * bytes.length);
    expect(() => parser.end()).toThrow(/the tag at byte \d+ \("<c r="A2 t="s"><v>0<\/v><\/c> x x x x x/);
  });

  test('XML scanner: an unterminated comment in a 1 MiB part, fed in 16 KiB chunks', () => {
    const scanner = new XmlScanner({ open() {}, close() {}, text() {} });
    const text = '<sst><!-- never closed ' + 'x'.repeat(MIB);
    for (let i = 0; i < text.length; i += 16 * 1024) scanner.write(text.slice(i, i + 16 * 1024));
    expect(scanner.rescanned).toBeLessThanOrEqual(2 * text.length);
    expect(scanner.end()).toBe(5);
  });

  test('the whole reader on such a part: a clear error within seconds', async () => {
    const sheet = ordersRows(3) + '<row r="5"><c r="A5 t="s"><v>0</v></c></row>' + '<row/>'.repeat(200_000);
    const started = Date.now();
    const error = await failureOf(await hostileWorkbook({ sheet, stored: true }));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error.kind).toBe('limit');
    expect(error.message['en-US']).toContain('xl/worksheets/sheet1.xml: the tag at byte');
  });
});

describe('a broken tag is an error, not the silent loss of every row after it', () => {
  test('rows after an unclosed quote are not dropped with success', async () => {
    const sheet =
      ordersRows(3) +
      '<row r="5><c r="A5"><v>1</v></c></row>' +
      row(6, ['O10', '2023-11-10 10:00', 5, 'paid', 'Web']);
    const error = await failureOf(await hostileWorkbook({ sheet }));
    expect(error.kind).toBe('limit');
    expect(error.message['en-US']).toMatch(/never ends, so nothing after it can be read/);
    expect(error.message['zh-CN']).toMatch(/未结束的标签/);
  });

  test('a workbook.xml cut inside a tag names the part', async () => {
    const workbookXml = `<?xml version="1.0"?><workbook xmlns="${NS}"><sheets><sheet name="Sheet1" sheetId="1`;
    const error = await failureOf(await hostileWorkbook({ sheet: ordersRows(3), workbookXml }));
    expect(error.message['en-US']).toContain('Part xl/workbook.xml: the tag at byte');
  });
});
