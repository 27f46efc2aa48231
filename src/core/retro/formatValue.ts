import type { Locale } from '../locale';
import type { KpiFormatKind } from '../metrics/kpiDefinition';
import { isoDay, type Day } from '../model/day';

/**
 * Numbers inside sentences, as a reader of that language writes them: ¥1,234 or ¥12.3万 / ¥1.23亿 in Chinese,
 * ¥1,234 or ¥12.3K / ¥1.23M in English; percents with one decimal; multiples with two.
 */
export function formatValue(value: number, kind: KpiFormatKind, locale: Locale): string {
  // A value that is not a number never reaches a sentence as 'Infinity' or 'NaN'.
  if (!Number.isFinite(value)) return '—';
  switch (kind) {
    case 'money':
      return `${value < 0 ? '-' : ''}¥${compact(Math.abs(value), locale)}`;
    case 'integer':
      return compact(value, locale, 0);
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'multiple':
      return value.toFixed(2);
  }
}

export function formatPercentChange(ratio: number): string {
  const pct = (ratio * 100).toFixed(1);
  return ratio > 0 ? `+${pct}%` : `${pct}%`;
}

export function formatDay(day: Day, locale: Locale): string {
  const [y, m, d] = isoDay(day).split('-').map(Number);
  return locale === 'zh-CN' ? `${y}年${m}月${d}日` : isoDay(day);
}

function compact(value: number, locale: Locale, smallDecimals = 2): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (locale === 'zh-CN') {
    if (abs >= 1e8) return `${sign}${(abs / 1e8).toFixed(2)}亿`;
    if (abs >= 1e4) return `${sign}${(abs / 1e4).toFixed(1)}万`;
  } else {
    if (abs >= 1e9) return `${sign}${(abs / 1e9).toFixed(2)}B`;
    if (abs >= 1e6) return `${sign}${(abs / 1e6).toFixed(2)}M`;
    if (abs >= 1e4) return `${sign}${(abs / 1e3).toFixed(1)}K`;
  }
  const decimals = Number.isInteger(value) ? 0 : smallDecimals;
  return (
    sign + abs.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
  );
}
