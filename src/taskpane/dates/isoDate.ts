import { dayFromYmd, isoDay, type Day } from '../../core/model/day';

/** A Day as the value of an `<input type="date">` (YYYY-MM-DD). */
export function dayToIso(day: Day): string {
  return isoDay(day);
}

/** The Day of an `<input type="date">` value; null when empty or not a real date. */
export function isoToDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = dayFromYmd(year, month, day);
  return isoDay(result) === iso.trim() ? result : null;
}
