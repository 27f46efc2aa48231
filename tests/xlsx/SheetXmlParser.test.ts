import fc from 'fast-check';
import type { CellValue } from '../../src/core/model/raw';
import { SheetXmlParser, type SheetContext } from '../../src/xlsx/read/SheetXmlParser';

type Row = [number, [number, CellValue][]];

function parse(xml: string, context: SheetContext, chunk = xml.length): Row[] {
  const rows: Row[] = [];
  const parser = new SheetXmlParser(context, (row, columns, values) => {
    rows.push([row, columns.map((c, i) => [c, values[i] as CellValue])]);
  });
  for (let i = 0; i < xml.length; i += chunk) parser.write(xml.slice(i, i + chunk));
  parser.end();
  return rows;
}

const SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r><rPh><t>ruby</t></rPh></is></c></row>
<row r="3" spans="1:4"><c r="A3" s="2"><v>45607.5</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="str"><f>"a"&amp;"b"</f><v>a&amp;b &lt;tag&gt;</v></c></row>
<row r="4"><c r="A4"><f>1+1</f></c><c r="B4" s="1"/><c r="C4" t="d"><v>2024-11-11T12:00:00</v></c><c r="D4" t="s"><v>1</v></c></row>
<row><c><v>7</v></c><c><v>-1.5E-3</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

const EXPECTED: Row[] = [
  [
    0,
    [
      [0, 'shared & text'],
      [2, 'inline '],
    ],
  ],
  [
    2,
    [
      [0, 45607.5],
      [1, true],
      [2, '#N/A'],
      [3, 'a&b <tag>'],
    ],
  ],
  [
    3,
    [
      [2, 45607.5],
      [3, 'carriage\rreturn'],
    ],
  ],
  [
    4,
    [
      [0, 7],
      [1, -0.0015],
    ],
  ],
];

describe('SheetXmlParser', () => {
  const context: SheetContext = { sharedStrings: ['shared & text', 'carriage\rreturn'] };

  it('reads values of every cell type, skipping empty cells and formulas without a result', () => {
    expect(parse(SHEET, context)).toEqual(EXPECTED);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    for (const chunk of [1, 2, 3, 5, 7, 11, 64]) expect(parse(SHEET, context, chunk)).toEqual(EXPECTED);
  });

  it('reads prefixed SpreadsheetML', () => {
    const prefixed = SHEET.replace(
      /<(\/?)(worksheet|sheetData|row|c|v|f|is|r|t|rPh|mergeCells|mergeCell)\b/g,
      '<$1x:$2',
    ).replace('xmlns=', 'xmlns:x=');
    expect(parse(prefixed, context, 13)).toEqual(EXPECTED);
  });

  it('shifts 1904-based date cells by their style only', () => {
    const rows = parse(SHEET, { ...context, date1904Styles: new Set([2]) });
    expect(rows[1]?.[1][0]).toEqual([0, 45607.5 + 1462]);
    expect(rows[3]?.[1][0]).toEqual([0, 7]);
  });

  it('decodes escaped control characters in text', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b_x005F_x0041_</t></is></c></row></sheetData>';
    expect(parse(xml, context)).toEqual([[0, [[0, 'a\rb_x0041_']]]]);
  });

  it('parses every number as Number() does', () => {
    const text = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc
        .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 12 }))
        .map(([n, k]) => (n / 10 ** k).toFixed(k)),
    );
    fc.assert(
      fc.property(text, (value) => {
        const xml = `<sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData>`;
        expect(parse(xml, context)).toEqual([[0, [[0, Number(value)]]]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses decimals of 16 to 25 digits as Number() does, either side of 2^53', () => {
    const text = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 24 }), fc.boolean())
      .map(([digits, scale, negative]) => {
        const padded = digits.toString().padStart(scale + 1, '0');
        const point = padded.length - scale;
        return `${negative ? '-' : ''}${padded.slice(0, point)}${scale > 0 ? '.' + padded.slice(point) : ''}`;
      });
    const edges = [
      '45962.00001157408',
      '45962.001921296294',
      '9007199254740991',
      '9007199254740993',
      '0.0000000000000000000000001',
    ];
    for (const value of edges) {
      const xml = `<sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData>`;
      expect(parse(xml, context)).toEqual([[0, [[0, Number(value)]]]]);
    }
    fc.assert(
      fc.property(text, (value) => {
        const xml = `<sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData>`;
        expect(parse(xml, context)).toEqual([[0, [[0, Number(value)]]]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('stops when the sink says so', () => {
    let seen = 0;
    const parser = new SheetXmlParser(context, () => {
      seen++;
      return false;
    });
    parser.write(SHEET);
    parser.end();
    expect(seen).toBe(1);
  });
});

describe('SheetXmlParser over bytes', () => {
  const context: SheetContext = { sharedStrings: [] };

  function parseBytes(xml: string, chunk: number): Row[] {
    const bytes = Buffer.from(xml, 'utf8');
    const rows: Row[] = [];
    const parser = new SheetXmlParser(context, (row, columns, values) => {
      rows.push([row, columns.map((c, i) => [c, values[i] as CellValue])]);
    });
    for (let i = 0; i < bytes.length; i += chunk) parser.write(bytes.subarray(i, i + chunk));
    parser.end();
    return rows;
  }

  it('reads UTF-8 text whatever byte a chunk ends on, inside a character included', () => {
    const cells = ['渠道', '会员私域 &amp; 直播', 'SO20251101000001', '自然流量_x000D_'];
    const xml =
      '<sheetData>' +
      [0, 1, 2]
        .map(
          (r) =>
            `<row r="${r + 1}">` +
            cells.map((t, c) => `<c r="${'ABCD'[c]}${r + 1}" t="str"><v>${t}</v></c>`).join('') +
            `<c r="E${r + 1}" t="inlineStr"><is><t>内联</t></is></c></row>`,
        )
        .join('') +
      '</sheetData>';
    const expected: Row[] = [0, 1, 2].map((r) => [
      r,
      [
        [0, '渠道'],
        [1, '会员私域 & 直播'],
        [2, 'SO20251101000001'],
        [3, '自然流量\r'],
        [4, '内联'],
      ],
    ]);
    for (const chunk of [1, 2, 3, 5, 7, 64, 1 << 16]) expect(parseBytes(xml, chunk)).toEqual(expected);
  });

  it('keeps every text of a column right when it holds more distinct texts than it caches', () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => `id-${i % 7_000}-标`);
    const xml =
      '<sheetData>' +
      texts
        .map((t, r) => `<row r="${r + 1}"><c t="str"><v>${t}</v></c><c t="str"><v>x</v></c></row>`)
        .join('') +
      '</sheetData>';
    const rows = parseBytes(xml, 4096);
    expect(rows.map(([, cells]) => cells[0]?.[1])).toEqual(texts);
    expect(rows.every(([, cells]) => cells[1]?.[1] === 'x')).toBe(true);
  });
});
