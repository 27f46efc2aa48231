import fc from 'fast-check';
import { createDictionary, encodeTexts } from '../../../../src/core/ingest/read/dictionary';

/** texts[0..n) as a dictionary column of its own. */
function asColumn(texts: readonly (string | null)[], n = texts.length) {
  const dict = createDictionary();
  return { codes: encodeTexts(dict, texts, n), values: dict.values };
}

describe('encodeTexts', () => {
  test('gives each text the code encode() gives it, -1 for null, in first-seen order', () => {
    const dict = createDictionary();
    dict.encode('b');
    const codes = encodeTexts(dict, ['a', null, 'b', 'a', 'a', 'c', null]);
    expect([...codes]).toEqual([1, -1, 0, 1, 1, 2, -1]);
    expect(dict.values).toEqual(['b', 'a', 'c']);
  });

  test('only the first n texts are read', () => {
    const column = asColumn(['x', 'y', 'z'], 2);
    expect([...column.codes]).toEqual([0, 1]);
    expect(column.values).toEqual(['x', 'y']);
  });

  test('round-trips any texts, across block boundaries and after making room', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string({ maxLength: 3 }), { nil: null }), { maxLength: 9000 }),
        (texts) => {
          const column = asColumn(texts);
          expect(Array.from(column.codes, (c) => (c < 0 ? null : column.values[c]))).toEqual(texts);
          expect(new Set(column.values).size).toBe(column.values.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  test('a column of mostly new values past the first block is encoded exactly', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => `id-${i % 15_000}`);
    const column = asColumn(texts);
    expect(column.values.length).toBe(15_000);
    expect(column.codes[15_000]).toBe(0);
    expect(column.codes[19_999]).toBe(4_999);
  });
});
