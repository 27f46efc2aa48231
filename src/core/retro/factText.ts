import type { Locale } from '../locale';
import type { LocalizedText } from '../model/text';
import type { RetroFact } from './fact';
import { formatValue } from './formatValue';

/**
 * Building blocks of the analysis sentences: both languages from one builder, and numbers written as a
 * reader of each language writes them (formatValue.ts), with signs where a change is meant.
 */
export function both(build: (locale: Locale) => string): LocalizedText {
  return { 'zh-CN': build('zh-CN'), 'en-US': build('en-US') };
}

/** A fact and the weight it is ranked by within its section (larger first). */
export interface RankedFact {
  readonly fact: RetroFact;
  readonly weight: number;
}

export const money = (value: number, l: Locale): string => formatValue(value, 'money', l);

export const signedMoney = (value: number, l: Locale): string =>
  value > 0 ? `+${money(value, l)}` : money(value, l);

export const percent = (ratio: number, l: Locale): string => formatValue(ratio, 'percent', l);

/** A rate with two decimals (conversion rates are small). */
export const rate = (ratio: number): string => `${(ratio * 100).toFixed(2)}%`;

/** A difference of two rates in percentage points, signed. */
export const points = (difference: number, l: Locale): string => {
  const value = `${difference > 0 ? '+' : difference < 0 ? '−' : ''}${Math.abs(difference * 100).toFixed(2)}`;
  return l === 'zh-CN' ? `${value} 个百分点` : `${value} pts`;
};

/** A count: whole numbers with separators, fractional ones (medians, credits) with one decimal. */
export const count = (value: number): string =>
  value.toLocaleString('en-US', {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 1,
    maximumFractionDigits: Number.isInteger(value) ? 0 : 1,
  });

export const multiple = (value: number): string => value.toFixed(2);

/** A signed statistic (z) with a true minus sign. */
export const signed = (value: number, decimals = 2): string =>
  `${value < 0 ? '−' : ''}${Math.abs(value).toFixed(decimals)}`;

export const pValue = (p: number): string => (p < 0.0001 ? 'p < 0.0001' : `p = ${p.toFixed(4)}`);

/** 'a、b、c' in Chinese, 'a, b and c' in English. */
export function list(items: readonly string[], l: Locale): string {
  if (l === 'zh-CN') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A fixed word inside an English sentence: lower-case, unless it is an acronym (UV, CVR, AOV, GMV).
 * Chinese has no case.
 */
export function inSentence(word: string, l: Locale): string {
  if (l === 'zh-CN' || /^[A-Z0-9]{2,}\b/.test(word)) return word;
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** "1 cluster", "3 clusters". */
export const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;

/** Quoted name from the data. */
export const quoted = (name: string, l: Locale): string => (l === 'zh-CN' ? `「${name}」` : `"${name}"`);
