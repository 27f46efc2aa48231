import { hasPercentSign, inferPercentScale, parsePercent } from '../../../../src/core/ingest/parse/percent';

describe('parsePercent', () => {
  test('reads a value written with a percent sign as a percentage', () => {
    expect(parsePercent('12.5%')).toEqual({ ok: true, value: 0.125 });
    expect(parsePercent('12.5 ％')).toEqual({ ok: true, value: 0.125 });
    expect(parsePercent('33.3%')).toEqual({ ok: true, value: 0.333 });
    expect(parsePercent('12.5%', 'ratio')).toEqual({ ok: true, value: 0.125 });
  });

  test('reads a bare number as a ratio or as a percentage, as the column says', () => {
    expect(parsePercent(0.125)).toEqual({ ok: true, value: 0.125 });
    expect(parsePercent('0.125', 'ratio')).toEqual({ ok: true, value: 0.125 });
    expect(parsePercent(12.5, 'percent')).toEqual({ ok: true, value: 0.125 });
    expect(parsePercent('45', 'percent')).toEqual({ ok: true, value: 0.45 });
  });

  test('reads empty cells as empty and reports words and errors', () => {
    expect(parsePercent('')).toEqual({ ok: true, value: null });
    expect(parsePercent('-')).toEqual({ ok: true, value: null });
    expect(parsePercent('high').ok).toBe(false);
    expect(parsePercent('#VALUE!')).toEqual({
      ok: false,
      problem: { code: 'excel_error', value: '#VALUE!' },
    });
  });

  test('knows a value that states its own scale', () => {
    expect(hasPercentSign('3%')).toBe(true);
    expect(hasPercentSign(0.03)).toBe(false);
  });
});

describe('inferPercentScale, the column rule', () => {
  test('a percent unit in the header makes bare numbers percentages', () => {
    expect(inferPercentScale([0.4, 0.5], true)).toBe('percent');
  });

  test('a bare number above 1 makes the whole column percentages', () => {
    expect(inferPercentScale([0.8, 45.2, '51.3'], false)).toBe('percent');
  });

  test('numbers within 0..1 stay ratios, and values with % do not vote', () => {
    expect(inferPercentScale([0.8, '45.2%', 1, null], false)).toBe('ratio');
  });
});
