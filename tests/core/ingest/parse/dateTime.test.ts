import { isoDay, type Day } from '../../../../src/core/model/day';
import {
  isYearLastDate,
  parseDateTime,
  parseDay,
  slashOrderOf,
} from '../../../../src/core/ingest/parse/dateTime';

/** 'YYYY-MM-DD HH:MM:SS' of a naive timestamp. */
function shown(cell: Parameters<typeof parseDateTime>[0], order?: 'mdy' | 'dmy'): string {
  const result = parseDateTime(cell, order);
  if (!result.ok) return `problem:${result.problem.code}`;
  if (result.value === null) return 'empty';
  return new Date(result.value).toISOString().slice(0, 19).replace('T', ' ');
}

describe('parseDateTime', () => {
  test.each([
    [45170, '2023-09-01 00:00:00'],
    [45170.5, '2023-09-01 12:00:00'],
    [45170.416666666664, '2023-09-01 10:00:00'],
    [20230901, '2023-09-01 00:00:00'],
    ['2023-09-01', '2023-09-01 00:00:00'],
    ['2023-09-01 10:00', '2023-09-01 10:00:00'],
    ['2023-09-01 10:00:05', '2023-09-01 10:00:05'],
    ['2023-09-01T10:00:00', '2023-09-01 10:00:00'],
    ['2023-09-01T10:00:00.250Z', '2023-09-01 10:00:00'],
    ['2023-09-01 10:00:00 +0800', '2023-09-01 10:00:00'],
    ['2023/09/01', '2023-09-01 00:00:00'],
    ['2023.09.01', '2023-09-01 00:00:00'],
    ['2023/9/1', '2023-09-01 00:00:00'],
    ['2023/9/1 10:00', '2023-09-01 10:00:00'],
    ['2023-9-1 9:05:07', '2023-09-01 09:05:07'],
    ['2023年9月1日', '2023-09-01 00:00:00'],
    ['2023年9月1日 10:00', '2023-09-01 10:00:00'],
    ['2023年9月1日 下午3点30分', '2023-09-01 15:30:00'],
    ['2023/9/1 下午 3:00', '2023-09-01 15:00:00'],
    ['２０２３年９月１日', '2023-09-01 00:00:00'],
    ['20230901', '2023-09-01 00:00:00'],
    ['9/1/2023', '2023-09-01 00:00:00'],
    ['9/1/2023 10:00 PM', '2023-09-01 22:00:00'],
    ['12/1/2023 12:00 AM', '2023-12-01 00:00:00'],
    ['Sep 1, 2023', '2023-09-01 00:00:00'],
    ['September 1, 2023 10:00', '2023-09-01 10:00:00'],
    ['1 Sep 2023', '2023-09-01 00:00:00'],
    ['1-Sep-2023', '2023-09-01 00:00:00'],
    ['45170', '2023-09-01 00:00:00'],
    ['2024-02-29', '2024-02-29 00:00:00'],
  ])('reads %p as %s', (cell, expected) => {
    expect(shown(cell)).toBe(expected);
  });

  test('reads year-last slash dates month first unless told the column is day first', () => {
    expect(shown('3/4/2023')).toBe('2023-03-04 00:00:00');
    expect(shown('3/4/2023', 'dmy')).toBe('2023-04-03 00:00:00');
    expect(shown('25/9/2023', 'dmy')).toBe('2023-09-25 00:00:00');
    expect(shown('25/9/2023', 'mdy')).toBe('problem:not_a_date');
  });

  test.each([null, '', '  ', '-', 'N/A'])('reads %p as an empty cell', (cell) => {
    expect(shown(cell)).toBe('empty');
  });

  test.each([
    '2023-02-29',
    '2023-13-01',
    '2023-09-31',
    '2023-09-01 24:00',
    '2023-09-01 10:60',
    'tomorrow',
    '9/1/23',
    'TRUE',
    0,
    -5,
    3_000_000,
    true,
  ])('does not take %p for a date', (cell) => {
    expect(shown(cell)).toBe('problem:not_a_date');
  });

  test('reports an Excel error value as such', () => {
    expect(shown('#REF!')).toBe('problem:excel_error');
  });
});

describe('parseDay', () => {
  test('gives the calendar day of a date-time', () => {
    const result = parseDay('2023-09-01 23:59:59');
    expect(result.ok && result.value !== null ? isoDay(result.value as Day) : null).toBe('2023-09-01');
  });
});

describe('the day/month order of year-last dates', () => {
  test('is month first by default and when the values agree with it', () => {
    expect(slashOrderOf(['1/2/2023', '3/4/2023'])).toBe('mdy');
    expect(slashOrderOf(['12/31/2023', '1/2/2023'])).toBe('mdy');
  });

  test('is day first when some value can only be day first', () => {
    expect(slashOrderOf(['1/2/2023', '25/12/2023'])).toBe('dmy');
  });

  test('stays month first when the column contradicts itself', () => {
    expect(slashOrderOf(['25/12/2023', '12/25/2023'])).toBe('mdy');
  });

  test('recognises year-last dates only', () => {
    expect(isYearLastDate('9/1/2023')).toBe(true);
    expect(isYearLastDate('9/1/2023 10:00')).toBe(true);
    expect(isYearLastDate('2023/9/1')).toBe(false);
  });
});
