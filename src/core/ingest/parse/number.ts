import type { CellValue } from '../../model/raw';
import { isPlaceholder } from './empty';
import { excelErrorOf } from './excelError';
import { toHalfWidth } from './halfWidth';
import { EMPTY, parsed, problem, type ParseResult } from './result';

/** Currency marks accepted before a number (compared in upper case). */
export const CURRENCY_PREFIXES = [
  'US$',
  'HK$',
  'NT$',
  'RMB',
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'HKD',
  'JPY',
  '¥',
  '$',
  '€',
  '£',
  '₩',
  '₹',
] as const;
/** Currency and count units accepted after a number: '1,234元', '12 USD', '3件'. */
export const UNIT_SUFFIXES = [
  '元',
  '圆',
  '块',
  '円',
  'RMB',
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'HKD',
  'JPY',
  '件',
  '个',
  '单',
  '笔',
  '次',
  '人',
  '位',
  'PCS',
] as const;
/** Magnitude words accepted after a number: '1.2万' is 12,000. */
export const MULTIPLIERS = { 万: 1e4, 亿: 1e8, 千: 1e3, w: 1e4, W: 1e4, k: 1e3, K: 1e3, M: 1e6 } as const;

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const MINUS = 45;
const PLUS = 43;
const COMMA = 44;
const DOT = 46;
const LOWER_E = 101;
const UPPER_E = 69;
const MAX_PLAIN_LENGTH = 32;

/**
 * A number cell: numbers as they are; text with currency marks, thousands separators (groups of three),
 * magnitude words, units, full-width digits and accounting negatives '(12.00)'. A decimal comma ('12,50')
 * and a percent sign are not numbers here (rates have their own parser).
 */
export function parseNumber(cell: CellValue): ParseResult<number> {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? parsed(cell) : problem('not_a_number', String(cell));
  if (cell === null) return EMPTY;
  if (typeof cell === 'boolean') return problem('not_a_number', cell ? 'TRUE' : 'FALSE');
  return parseNumberText(cell);
}

export function parseNumberText(text: string): ParseResult<number> {
  const plain = plainDecimal(text);
  if (plain === plain) return parsed(plain);
  const trimmed = toHalfWidth(text).trim();
  if (trimmed === '' || isPlaceholder(trimmed)) return EMPTY;
  if (excelErrorOf(trimmed) !== null) return problem('excel_error', trimmed);
  const value = looseNumber(trimmed);
  return value === value ? parsed(value) : problem('not_a_number', trimmed);
}

/**
 * The fast path: '-1234.5', '1,234.50', '1.2E+5' and nothing else; NaN otherwise. Thousands separators must
 * sit between groups of three digits.
 */
export function plainDecimal(s: string): number {
  const n = s.length;
  if (n === 0 || n > MAX_PLAIN_LENGTH) return NaN;
  let i = 0;
  const first = s.charCodeAt(0);
  if (first === MINUS || first === PLUS) i = 1;
  let group = 0;
  let digits = 0;
  let comma = false;
  let dot = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      group++;
      digits++;
    } else if (c === COMMA) {
      if (dot || (comma ? group !== 3 : group < 1 || group > 3)) return NaN;
      comma = true;
      group = 0;
    } else if (c === DOT) {
      if (dot || (comma && group !== 3)) return NaN;
      dot = true;
      group = 0;
    } else if (c === LOWER_E || c === UPPER_E) {
      if (digits === 0 || (comma && !dot && group !== 3) || !isExponent(s, i + 1)) return NaN;
      return Number(comma ? s.replaceAll(',', '') : s);
    } else {
      return NaN;
    }
  }
  if (digits === 0 || (comma && !dot && group !== 3)) return NaN;
  return Number(comma ? s.replaceAll(',', '') : s);
}

function isExponent(s: string, from: number): boolean {
  let i = from;
  const c = s.charCodeAt(i);
  if (c === MINUS || c === PLUS) i++;
  if (i >= s.length) return false;
  for (; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d < DIGIT_0 || d > DIGIT_9) return false;
  }
  return true;
}

/** A trimmed, half-width text with the decorations money and counts carry; NaN when it is not a number. */
export function looseNumber(text: string): number {
  let t = text;
  let sign = 1;
  if (t.startsWith('(') && t.endsWith(')')) {
    sign = -1;
    t = t.slice(1, -1).trim();
  }
  const before = leadingSign(t);
  if (before !== 0) {
    sign *= before;
    t = t.slice(1).trimStart();
  }
  t = stripPrefix(t);
  if (t.startsWith('(') && t.endsWith(')') && sign === 1) {
    sign = -1;
    t = t.slice(1, -1).trim();
  }
  const after = leadingSign(t);
  if (after !== 0) {
    if (before !== 0) return NaN;
    sign *= after;
    t = t.slice(1).trimStart();
  }
  t = stripSuffix(t);
  let factor = 1;
  const last = t.charAt(t.length - 1);
  if (Object.hasOwn(MULTIPLIERS, last)) {
    factor = MULTIPLIERS[last as keyof typeof MULTIPLIERS];
    t = stripSuffix(t.slice(0, -1).trimEnd());
  }
  const first = t.charCodeAt(0);
  if (first === MINUS || first === PLUS) return NaN;
  const value = plainDecimal(t);
  if (value !== value) return NaN;
  return factor === 1 ? sign * value : sign * Number((value * factor).toPrecision(15));
}

function leadingSign(t: string): number {
  const c = t.charCodeAt(0);
  return c === MINUS ? -1 : c === PLUS ? 1 : 0;
}

function stripPrefix(t: string): string {
  const upper = t.toUpperCase();
  for (const prefix of CURRENCY_PREFIXES) {
    if (upper.startsWith(prefix)) return t.slice(prefix.length).trimStart();
  }
  return t;
}

function stripSuffix(t: string): string {
  const upper = t.toUpperCase();
  for (const suffix of UNIT_SUFFIXES) {
    if (upper.endsWith(suffix) && upper.length > suffix.length) return t.slice(0, -suffix.length).trimEnd();
  }
  return t;
}
