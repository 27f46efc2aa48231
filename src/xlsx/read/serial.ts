import { EXCEL_EPOCH_OFFSET_DAYS, MS_PER_DAY } from '../../core/model/day';

/** Days between the 1904 and the 1900 date systems' day zero. */
export const DATE_1904_OFFSET_DAYS = 1462;

/** An ISO 8601 date-time without zone (SpreadsheetML's t="d" cells) to a serial; NaN when malformed. */
export function isoToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/.exec(iso.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, frac] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  return roundSerial((ms + Number(frac ?? 0) * 1000) / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS);
}

/** Serials carry times to the millisecond; rounding there removes binary noise from the division. */
function roundSerial(serial: number): number {
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}
