import { excelSerialToTimestamp, MS_PER_DAY, type Day, type Timestamp } from '../../model/day';
import type { CellValue } from '../../model/raw';
import { daysFromCivil, isValidYmd } from './civil';
import { isPlaceholder } from './empty';
import { excelErrorOf } from './excelError';
import { toHalfWidth } from './halfWidth';
import { EMPTY, parsed, problem, type ParseResult } from './result';

/**
 * Dates and date-times, as naive wall-clock timestamps (see model/day.ts):
 * - numbers: Excel serial dates (fractions are times of day); an 8-digit integer such as 20230901 is a date;
 * - '2023-09-01', '2023/09/01', '2023.09.01', each with an optional ' 10:00', ' 10:00:00', 'T10:00:00';
 * - '2023/9/1 10:00', '2023年9月1日', '2023年9月1日 10:00', '2023年9月1日 下午3点', '20230901';
 * - '9/1/2023' with the year last: month first unless the column says otherwise (see SlashOrder);
 * - 'Sep 1, 2023', '1 Sep 2023', '1-Sep-2023'.
 * A time-zone suffix ('Z', '+08:00', ' +0800') is ignored: the time is taken as written.
 */
export type SlashOrder = 'mdy' | 'dmy';

/** 9999-12-31, the last day Excel shows. */
export const EXCEL_SERIAL_MAX = 2_958_465;

export function parseDateTime(cell: CellValue, slashOrder: SlashOrder = 'mdy'): ParseResult<Timestamp> {
  if (typeof cell === 'number') {
    const ts = timestampFromNumber(cell);
    return Number.isNaN(ts) ? problem('not_a_date', String(cell)) : parsed(ts as Timestamp);
  }
  if (cell === null) return EMPTY;
  if (typeof cell === 'boolean') return problem('not_a_date', cell ? 'TRUE' : 'FALSE');
  const fast = isoTimestamp(cell);
  if (!Number.isNaN(fast)) return parsed(fast as Timestamp);
  const text = toHalfWidth(cell).trim();
  if (text === '' || isPlaceholder(text)) return EMPTY;
  if (excelErrorOf(text) !== null) return problem('excel_error', text);
  const ts = timestampFromText(text, slashOrder);
  return Number.isNaN(ts) ? problem('not_a_date', text) : parsed(ts as Timestamp);
}

/** The calendar day of a date or date-time cell. */
export function parseDay(cell: CellValue, slashOrder: SlashOrder = 'mdy'): ParseResult<Day> {
  const result = parseDateTime(cell, slashOrder);
  if (!result.ok) return result;
  if (result.value === null) return EMPTY;
  return parsed(Math.floor(result.value / MS_PER_DAY) as Day);
}

/** NaN unless `n` is an Excel serial date (1 … 9999-12-31) or a yyyymmdd integer. */
export function timestampFromNumber(n: number): number {
  if (!Number.isFinite(n)) return NaN;
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 99_991_231) {
    const year = Math.floor(n / 10_000);
    const month = Math.floor(n / 100) % 100;
    const day = n % 100;
    return isValidYmd(year, month, day) ? daysFromCivil(year, month, day) * MS_PER_DAY : NaN;
  }
  if (n < 1 || n >= EXCEL_SERIAL_MAX + 1) return NaN;
  return excelSerialToTimestamp(n);
}

const ZERO = 48;
const COLON = 58;
const SPACE = 32;
const LETTER_T = 84;

function digitsAt(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** The fast path for zero-padded year-first dates and date-times; NaN for anything else. */
export function isoTimestamp(s: string): number {
  const n = s.length;
  if (n < 10) return NaN;
  const sep = s.charCodeAt(4);
  if ((sep !== 45 && sep !== 47 && sep !== 46) || s.charCodeAt(7) !== sep) return NaN;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  if (!isValidYmd(year, month, day)) return NaN;
  const date = daysFromCivil(year, month, day) * MS_PER_DAY;
  if (n === 10) return date;
  const t = s.charCodeAt(10);
  if ((t !== SPACE && t !== LETTER_T) || n < 16 || s.charCodeAt(13) !== COLON) return NaN;
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  let second = 0;
  let end = 16;
  if (n >= 19 && s.charCodeAt(16) === COLON) {
    second = digitsAt(s, 17, 2);
    if (second < 0 || second > 59) return NaN;
    end = 19;
  }
  let millis = 0;
  if (end < n && s.charCodeAt(end) === 46) {
    let scale = 100;
    end++;
    while (end < n) {
      const d = s.charCodeAt(end) - ZERO;
      if (d < 0 || d > 9) break;
      millis += d * scale;
      scale /= 10;
      end++;
    }
    millis = Math.floor(millis);
  }
  if (end < n && !ZONE.test(s.slice(end))) return NaN;
  return date + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

const ZONE = /^\s*(?:z|utc|gmt|(?:utc|gmt)?[+-]\d{2}:?\d{2})\s*$/i;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(.+))?$/i;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T\s]+(.+))?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[T\s]+(.+))?$/;
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;
const MONTH_FIRST_NAME = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[T\s,]+(.+))?$/i;
const DAY_FIRST_NAME = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{4})(?:[T\s,]+(.+))?$/i;
const CLOCK =
  /^(?:(am|pm)\s*)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(am|pm)?\s*(?:z|utc|gmt|(?:utc|gmt)?[+-]\d{2}:?\d{2})?$/i;
const CHINESE_MARKS = /[年月日号时点分秒午晚早凌]/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** Any accepted date text (trimmed, half-width); NaN when it is not a date. */
export function timestampFromText(text: string, slashOrder: SlashOrder): number {
  const fast = isoTimestamp(text);
  if (!Number.isNaN(fast)) return fast;
  const t = CHINESE_MARKS.test(text) ? chineseToPlain(text) : text;
  let m = YEAR_FIRST.exec(t);
  if (m) return compose(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  m = YEAR_LAST.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return slashOrder === 'mdy' ? compose(Number(m[3]), a, b, m[4]) : compose(Number(m[3]), b, a, m[4]);
  }
  m = COMPACT.exec(t);
  if (m) return compose(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  if (SERIAL_TEXT.test(t)) return timestampFromNumber(Number(t));
  m = MONTH_FIRST_NAME.exec(t);
  if (m) return compose(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]), m[4]);
  m = DAY_FIRST_NAME.exec(t);
  if (m) return compose(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]), m[4]);
  return NaN;
}

/** '2023年9月1日 下午3点30分' → '2023-9-1 pm 3:30'. */
function chineseToPlain(text: string): string {
  return text
    .replace(/上午|早上|凌晨/g, ' am ')
    .replace(/下午|中午|晚上/g, ' pm ')
    .replace(
      /(\d{1,2})\s*[时点]\s*(?:(\d{1,2})\s*分)?\s*(?:(\d{1,2})\s*秒)?/,
      (_all, h: string, mi?: string, s?: string) => (s ? `${h}:${mi ?? '00'}:${s}` : `${h}:${mi ?? '00'}`),
    )
    .replace(/年|月/g, '-')
    .replace(/[日号]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function monthNumber(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  return index + 1;
}

function compose(year: number, month: number, day: number, clock: string | undefined): number {
  if (!isValidYmd(year, month, day)) return NaN;
  const date = daysFromCivil(year, month, day) * MS_PER_DAY;
  if (clock === undefined) return date;
  const time = clockMillis(clock.trim());
  return Number.isNaN(time) ? NaN : date + time;
}

function clockMillis(clock: string): number {
  const m = CLOCK.exec(clock);
  if (!m) return NaN;
  const meridiem = (m[1] ?? m[6] ?? '').toLowerCase();
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] === undefined ? 0 : Number(m[4]);
  const millis = m[5] === undefined ? 0 : Number(m[5].padEnd(3, '0'));
  if (meridiem !== '') {
    if (hour < 1 || hour > 12) return NaN;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  return ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

const YEAR_LAST_PARTS = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}(?:[T\s]|$)/;

/** '9/1/2023', '25.9.2023': a date whose day and month order the column decides. */
export function isYearLastDate(text: string): boolean {
  return YEAR_LAST_PARTS.test(toHalfWidth(text));
}

/**
 * The column rule for year-last dates: month first (US, 9/1/2023 is 1 September) unless some value can only
 * be day first (25/9/2023) and none can only be month first; then the whole column is day first.
 */
export function slashOrderOf(texts: Iterable<string>): SlashOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const m = YEAR_LAST_PARTS.exec(toHalfWidth(text));
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  return dayFirst && !monthFirst ? 'dmy' : 'mdy';
}
