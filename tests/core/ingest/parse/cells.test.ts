import { isBlankCell, isEmptyCell } from '../../../../src/core/ingest/parse/empty';
import { EXCEL_ERRORS, excelErrorOf } from '../../../../src/core/ingest/parse/excelError';
import { toHalfWidth } from '../../../../src/core/ingest/parse/halfWidth';
import { parseText } from '../../../../src/core/ingest/parse/text';

describe('blank and empty cells', () => {
  test('null, missing, empty and whitespace-only cells are blank', () => {
    for (const cell of [null, undefined, '', ' ', '\t', '\u3000', '\u00a0'])
      expect(isBlankCell(cell)).toBe(true);
    for (const cell of [0, false, '-', 'x']) expect(isBlankCell(cell)).toBe(false);
  });

  test('placeholders are empty but not blank', () => {
    expect(isEmptyCell('-')).toBe(true);
    expect(isEmptyCell(' N/A ')).toBe(true);
    expect(isEmptyCell('(not set)')).toBe(false);
    expect(isEmptyCell(0)).toBe(false);
  });
});

describe('Excel error values', () => {
  test.each([...EXCEL_ERRORS])('recognises %s', (error) => {
    expect(excelErrorOf(error)).toBe(error);
  });

  test('recognises errors with spaces around them, and nothing else', () => {
    expect(excelErrorOf(' #n/a ')).toBe('#N/A');
    expect(excelErrorOf('#1001')).toBeNull();
    expect(excelErrorOf('N/A')).toBeNull();
    expect(excelErrorOf(42)).toBeNull();
  });
});

describe('toHalfWidth', () => {
  test('turns full-width digits, letters and marks into ASCII', () => {
    expect(toHalfWidth('１２３ＡＢＣ（％）￥')).toBe('123ABC(%)¥');
    expect(toHalfWidth('a\u3000b')).toBe('a b');
    expect(toHalfWidth('plain')).toBe('plain');
  });
});

describe('parseText', () => {
  test('trims text, writes numbers as digits and booleans as TRUE / FALSE', () => {
    expect(parseText('  A-001 ')).toEqual({ ok: true, value: 'A-001' });
    expect(parseText(123456)).toEqual({ ok: true, value: '123456' });
    expect(parseText(true)).toEqual({ ok: true, value: 'TRUE' });
  });

  test('reads placeholders as empty and keeps ids that start with #', () => {
    expect(parseText('--')).toEqual({ ok: true, value: null });
    expect(parseText('#1001')).toEqual({ ok: true, value: '#1001' });
    expect(parseText('#N/A')).toEqual({ ok: false, problem: { code: 'excel_error', value: '#N/A' } });
  });
});
