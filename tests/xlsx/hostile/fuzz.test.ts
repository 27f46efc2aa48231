import fc from 'fast-check';
import { parseDateTime, timestampFromNumber } from '../../../src/core/ingest/parse/dateTime';
import { parseNumber } from '../../../src/core/ingest/parse/number';
import { SheetXmlParser } from '../../../src/xlsx/read/SheetXmlParser';
import { READ_ERROR_KINDS } from '../../../src/xlsx/readResult';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { XmlScanner } from '../../../src/xlsx/xml/XmlScanner';
import { hostileWorkbook, ordersRows } from '../../support/hostile/corpus';

/** The tokens a scanner reports for `xml` fed in pieces cut at `cuts`. */
function tokens(xml: string, cuts: readonly number[]): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes, selfClosing) => void out.push(`<${name}${attributes}${selfClosing ? '/' : ''}>`),
    close: (name) => void out.push(`</${name}>`),
    text: (raw) =>
      void (out.length > 0 && out[out.length - 1]!.startsWith('#')
        ? (out[out.length - 1] += raw)
        : out.push(`#${raw}`)),
    cdata: (text) => void out.push(`[${text}]`),
  });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.write(xml.slice(from, cut));
    from = Math.max(from, cut);
  }
  scanner.write(xml.slice(from));
  out.push(`end ${scanner.end()}`);
  return out;
}

const xmlish = fc.stringMatching(/^[<>a-c"'=\/!\-\[\]? ]{0,80}$/);

describe('fuzz: the XML scanner', () => {
  test('reports the same tokens however the text is cut into chunks', () => {
    fc.assert(
      fc.property(xmlish, fc.array(fc.nat(80), { maxLength: 6 }), (xml, cuts) => {
        expect(tokens(xml, cuts)).toEqual(tokens(xml, []));
      }),
      { numRuns: 500 },
    );
  });

  test('rescans stay linear whatever is left open', () => {
    fc.assert(
      fc.property(xmlish, fc.integer({ min: 1, max: 64 }), (head, chunk) => {
        const text = head + 'x'.repeat(4096);
        const scanner = new XmlScanner({ open() {}, close() {}, text() {} });
        for (let i = 0; i < text.length; i += chunk) scanner.write(text.slice(i, i + chunk));
        expect(scanner.rescanned).toBeLessThanOrEqual(2 * text.length + chunk);
      }),
      { numRuns: 100 },
    );
  });
});

describe('fuzz: the sheet parser', () => {
  test('never throws anything but its own limit errors, and never loops', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[<>cvrow="'\/ 0-9A-Z]{0,120}$/),
        fc.integer({ min: 1, max: 40 }),
        (xml, chunk) => {
          const parser = new SheetXmlParser({ sharedStrings: ['a'] }, () => undefined, 'fuzz');
          try {
            for (let i = 0; i < xml.length; i += chunk) parser.write(xml.slice(i, i + chunk));
            parser.end();
          } catch (err) {
            expect((err as Error).name).toBe('LimitError');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('fuzz: number and date parsers', () => {
  test('never throw, and give a finite value or a problem', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean(), fc.integer());
    fc.assert(
      fc.property(cell, (value) => {
        for (const result of [parseNumber(value), parseDateTime(value)]) {
          if (result.ok && result.value !== null) expect(Number.isFinite(result.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('an Excel serial reads inside 1900-01-01 … 9999-12-31, or not at all', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (n) => {
        const ts = timestampFromNumber(n);
        if (!Number.isNaN(ts)) {
          expect(ts).toBeGreaterThanOrEqual(Date.UTC(1900, 0, 1));
          expect(ts).toBeLessThan(Date.UTC(10000, 0, 1));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fuzz: truncated and bit-flipped workbooks', () => {
  let workbook: Buffer;

  beforeAll(async () => {
    workbook = await hostileWorkbook({ sheet: ordersRows(200) });
  });

  test('reading one gives tables or a typed error, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { maxLength: 8 }),
        async (cut, flips) => {
          const bytes = Buffer.from(workbook.subarray(0, 8 + (cut % (workbook.length - 8))));
          for (const [at, bit] of flips) {
            const i = at % bytes.length;
            bytes[i] = (bytes[i] as number) ^ (1 << bit);
          }
          const result = await readWorkbook(bytes, { fileName: 'fuzzed.xlsx' });
          if (!result.ok) expect(READ_ERROR_KINDS).toContain(result.error.kind);
        },
      ),
      { numRuns: 150 },
    );
  });
});
