import type { CellValue } from '../../model/raw';
import { isPlaceholder } from './empty';
import { excelErrorOf } from './excelError';
import { toHalfWidth } from './halfWidth';
import { looseNumber } from './number';
import { EMPTY, parsed, problem, type ParseResult } from './result';

/**
 * How to read a rate written without a percent sign: 'ratio' takes 0.125 as 12.5 %, 'percent' takes 12.5 as
 * 12.5 %. A value written with '%' is always a percentage ('12.5%' is 0.125).
 */
export const PERCENT_SCALES = ['ratio', 'percent'] as const;
export type PercentScale = (typeof PERCENT_SCALES)[number];

/** A rate as a ratio (0.125 for 12.5 %). */
export function parsePercent(cell: CellValue, bareScale: PercentScale = 'ratio'): ParseResult<number> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return problem('not_a_number', String(cell));
    return parsed(bareScale === 'percent' ? percentToRatio(cell) : cell);
  }
  if (cell === null) return EMPTY;
  if (typeof cell === 'boolean') return problem('not_a_number', cell ? 'TRUE' : 'FALSE');
  const text = toHalfWidth(cell).trim();
  if (text === '' || isPlaceholder(text)) return EMPTY;
  if (excelErrorOf(text) !== null) return problem('excel_error', text);
  const signed = text.endsWith('%');
  const value = looseNumber(signed ? text.slice(0, -1).trimEnd() : text);
  if (Number.isNaN(value)) return problem('not_a_number', text);
  return parsed(signed || bareScale === 'percent' ? percentToRatio(value) : value);
}

/** '12.5%' or '12.5 ％': the cell states its own scale. */
export function hasPercentSign(cell: CellValue): boolean {
  return typeof cell === 'string' && toHalfWidth(cell).trim().endsWith('%');
}

/**
 * The column rule for bare numbers: a header with a percent unit ('跳失率(%)') means percentages; otherwise
 * the column holds percentages as soon as one bare number exceeds 1 (a ratio cannot), else ratios.
 */
export function inferPercentScale(cells: Iterable<CellValue>, headerSaysPercent: boolean): PercentScale {
  if (headerSaysPercent) return 'percent';
  for (const cell of cells) {
    if (hasPercentSign(cell)) continue;
    const result = parsePercent(cell, 'ratio');
    if (result.ok && result.value !== null && Math.abs(result.value) > 1) return 'percent';
  }
  return 'ratio';
}

export function percentToRatio(value: number): number {
  return Number((value / 100).toPrecision(15));
}
