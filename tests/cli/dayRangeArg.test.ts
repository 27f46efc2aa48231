import { parseDayRangeArg } from '../../src/cli/dayRangeArg';
import { dayFromYmd, isoDay } from '../../src/core/model/day';

const iso = (text: string) => {
  const range = parseDayRangeArg(text);
  return range && [isoDay(range.start), isoDay(range.end)];
};

describe('parseDayRangeArg (--period, --baseline)', () => {
  it('reads a range of days, and a single day as a one-day range', () => {
    expect(iso('2025-12-01..2025-12-30')).toEqual(['2025-12-01', '2025-12-30']);
    expect(iso('2025-12-12')).toEqual(['2025-12-12', '2025-12-12']);
    expect(iso('2025-1-5..2025-1-5')).toEqual(['2025-01-05', '2025-01-05']);
    expect(parseDayRangeArg('2024-02-29')).toEqual({
      start: dayFromYmd(2024, 2, 29),
      end: dayFromYmd(2024, 2, 29),
    });
  });

  it.each([
    ['', 'empty'],
    ['2025-12-01..', 'an open end'],
    ['..2025-12-01', 'an open start'],
    ['2025-12-01..2025-12-05..2025-12-09', 'three parts'],
    ['2025-12-30..2025-12-01', 'an end before the start'],
    ['2025-02-29', 'a day that does not exist'],
    ['2025-13-01', 'a month that does not exist'],
    ['12/01/2025', 'another date order'],
    ['2025-12-01 to 2025-12-30', 'words between the days'],
  ])('rejects %j (%s)', (text) => {
    expect(parseDayRangeArg(text)).toBeNull();
  });
});
