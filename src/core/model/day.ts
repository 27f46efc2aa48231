/**
 * Calendar days and timestamps. Spreadsheet times carry no time zone, so Fupan keeps them as naive
 * wall-clock values: a timestamp is milliseconds since 1970-01-01 00:00 as if that clock were UTC, and a
 * Day is the integer number of days since then. No Date object ever applies the machine's zone.
 */
export type Day = number & { readonly __brand: 'Day' };
export type Timestamp = number & { readonly __brand: 'Timestamp' };

export const MS_PER_DAY = 86_400_000;
/** Excel's serial day 0 is 1899-12-30 in the 1900 date system (after the 1900 leap-year bug). */
export const EXCEL_EPOCH_OFFSET_DAYS = 25_569;

export function dayOf(ts: Timestamp): Day {
  return Math.floor(ts / MS_PER_DAY) as Day;
}

export function dayFromYmd(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY) as Day;
}

/** 'YYYY-MM-DD' of a day, for ids, logs and ISO output. */
export function isoDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Excel counts a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3), so serials below it
 * are one day later than the 1899-12-30 epoch gives: serial 1 is 1900-01-01.
 */
const FAKE_LEAP_DAY_SERIAL = 60;

export function excelSerialToTimestamp(serial: number): Timestamp {
  const days = serial < FAKE_LEAP_DAY_SERIAL ? serial + 1 : serial;
  return Math.round((days - EXCEL_EPOCH_OFFSET_DAYS) * MS_PER_DAY) as Timestamp;
}

export function dayToExcelSerial(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET_DAYS;
}

/** A closed range of days, start ≤ end. */
export interface DayRange {
  readonly start: Day;
  readonly end: Day;
}

export function inRange(day: number, range: DayRange): boolean {
  return day >= range.start && day <= range.end;
}

export function rangeLength(range: DayRange): number {
  return range.end - range.start + 1;
}
