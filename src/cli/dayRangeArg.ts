import { dayFromYmd, type DayRange } from '../core/model/day';

/** Parses '2023-09-01..2023-10-31' (or a single day) into a DayRange; null when malformed. */
export function parseDayRangeArg(text: string): DayRange | null {
  const parts = text.split('..');
  if (parts.length > 2) return null;
  const days = parts.map(parseIsoDay);
  const start = days[0];
  const end = days[1] ?? start;
  if (start === null || start === undefined || end === null || end === undefined || end < start) return null;
  return { start, end };
}

function parseIsoDay(text: string): DayRange['start'] | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayFromYmd(y, m, d);
  // Reject impossible dates such as 2023-02-30, which Date.UTC would roll over.
  const check = new Date(day * 86_400_000);
  return check.getUTCFullYear() === y && check.getUTCMonth() + 1 === m && check.getUTCDate() === d
    ? day
    : null;
}
