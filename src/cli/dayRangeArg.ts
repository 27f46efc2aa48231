import { dayFromYmd, type Day, type DayRange } from '../core/model/day';

/**
 * Parses '2025-12-01..2025-12-30' (or a single day, '2025-12-12') into a DayRange; null when malformed,
 * when a day does not exist, or when the range ends before it starts. Both ends are required: '2025-12-01..'
 * is malformed, not a single day.
 */
export function parseDayRangeArg(text: string): DayRange | null {
  const parts = text.split('..');
  if (parts.length > 2) return null;
  const days = parts.map(parseIsoDay);
  if (days.some((d) => d === null)) return null;
  const start = days[0] as Day;
  const end = (days[1] ?? start) as Day;
  return end < start ? null : { start, end };
}

function parseIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayFromYmd(y, m, d);
  // Reject impossible dates such as 2025-02-30, which Date.UTC would roll over.
  const check = new Date(day * 86_400_000);
  return check.getUTCFullYear() === y && check.getUTCMonth() + 1 === m && check.getUTCDate() === d
    ? day
    : null;
}
