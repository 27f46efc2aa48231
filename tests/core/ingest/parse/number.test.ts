import { parseNumber, plainDecimal } from '../../../../src/core/ingest/parse/number';
import type { ParseResult } from '../../../../src/core/ingest/parse/result';

function valueOf(result: ParseResult<number>): number | null | 'problem' {
  return result.ok ? result.value : 'problem';
}

describe('parseNumber', () => {
  test.each([
    [1234.5, 1234.5],
    [0, 0],
    [-3, -3],
    ['1234.5', 1234.5],
    ['-12', -12],
    ['+7', 7],
    ['1,234.50', 1234.5],
    ['1,234,567', 1234567],
    ['¥1,234.50', 1234.5],
    ['￥1,234.50', 1234.5],
    ['$1,234', 1234],
    ['US$ 99.90', 99.9],
    ['€12', 12],
    ['£3.5', 3.5],
    ['1,234元', 1234],
    ['RMB 88', 88],
    ['12 USD', 12],
    ['1.2万', 12000],
    ['1.15万', 11500],
    ['3亿', 300000000],
    ['1.2万元', 12000],
    ['¥1.2万', 12000],
    ['12k', 12000],
    ['2.5M', 2500000],
    ['(12.00)', -12],
    ['(¥1,200.00)', -1200],
    ['-¥12', -12],
    ['¥-12', -12],
    ['−5', -5],
    ['１２３４．５', 1234.5],
    ['１，２３４元', 1234],
    ['3件', 3],
    ['1.2E+5', 120000],
    ['  42  ', 42],
    ['.5', 0.5],
  ])('reads %p as %p', (cell, expected) => {
    expect(valueOf(parseNumber(cell))).toBe(expected);
  });

  test.each([null, '', '   ', '\u3000', '-', '--', '—', 'N/A', 'null', 'NaN', '无'])(
    'reads %p as an empty cell',
    (cell) => {
      expect(parseNumber(cell)).toEqual({ ok: true, value: null });
    },
  );

  test.each(['abc', '12,50', '1,2345', '12%', '1.2.3', '¥', '--5', 'TRUE', '12 34', '0x10', '1e'])(
    'does not take %p for a number',
    (cell) => {
      const result = parseNumber(cell);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.code).toBe('not_a_number');
    },
  );

  test('reports an Excel error value as such, not as a bad number', () => {
    expect(parseNumber('#N/A')).toEqual({ ok: false, problem: { code: 'excel_error', value: '#N/A' } });
    expect(parseNumber(' #DIV/0! ')).toEqual({
      ok: false,
      problem: { code: 'excel_error', value: '#DIV/0!' },
    });
  });

  test('rejects a boolean and a non-finite number', () => {
    expect(parseNumber(true).ok).toBe(false);
    expect(parseNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(parseNumber(Number.NaN).ok).toBe(false);
  });
});

describe('plainDecimal, the fast path', () => {
  test('accepts only plain decimals with well-placed thousands separators', () => {
    expect(plainDecimal('1,234.5')).toBe(1234.5);
    expect(plainDecimal('-0.25')).toBe(-0.25);
    expect(plainDecimal('12,34')).toBeNaN();
    expect(plainDecimal('¥12')).toBeNaN();
    expect(plainDecimal('')).toBeNaN();
    expect(plainDecimal('-')).toBeNaN();
  });
});
