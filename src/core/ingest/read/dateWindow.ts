import { MS_PER_DAY, type Timestamp } from '../../model/day';
import type { TableKind } from '../../model/tableKinds';
import type { FieldId } from '../../model/fields';
import { parseDateTime, timestampFromNumber } from '../parse/dateTime';
import { ROW_USED, type ReadContext } from './context';

/**
 * The dates a table's rows may hold: one far-off date ('9999-12-31', serial 1) would otherwise stretch
 * the campaign period derived from them to centuries, and every daily series with it. The window is
 * DATE_WINDOW_YEARS either side of the median date, so it follows the data and needs no setting.
 */
export interface DateWindow {
  /** First and last millisecond accepted (inclusive). */
  readonly start: Timestamp;
  readonly end: Timestamp;
}

/** Years either side of the median date (a ten-year window). */
export const DATE_WINDOW_YEARS = 5;
/** The longest campaign period, phase or baseline Fupan accepts: the window's span. */
export const MAX_PERIOD_DAYS = 2 * DATE_WINDOW_YEARS * 366 + 1;
/** Dates looked at per table to find the median: evenly spaced rows, so the cost is fixed. */
const SAMPLE_ROWS = 4096;
const YEAR_MS = 365.2425 * MS_PER_DAY;

/** The window around the median of a date field over several tables; null when no date is readable. */
export function dateWindowOf<K extends TableKind>(
  contexts: readonly ReadContext<K>[],
  field: FieldId<K>,
): DateWindow | null {
  const sample: number[] = [];
  for (const ctx of contexts) {
    const column = ctx.columns[field];
    if (column === undefined || ctx.size === 0) continue;
    const step = Math.max(1, Math.floor(ctx.size / SAMPLE_ROWS));
    for (let i = 0; i < ctx.size; i += step) {
      if (ctx.state[i] !== ROW_USED) continue;
      const cell = ctx.rows[i]?.[column] ?? null;
      const ts = typeof cell === 'number' ? timestampFromNumber(cell) : parsedTime(cell);
      if (!Number.isNaN(ts)) sample.push(ts);
    }
  }
  if (sample.length === 0) return null;
  sample.sort((a, b) => a - b);
  const median = sample[sample.length >> 1] as number;
  return windowAround(median);
}

export function windowAround(median: number): DateWindow {
  const half = DATE_WINDOW_YEARS * YEAR_MS;
  const day = (ts: number) => Math.floor(ts / MS_PER_DAY) * MS_PER_DAY;
  return { start: day(median - half) as Timestamp, end: (day(median + half) + MS_PER_DAY - 1) as Timestamp };
}

export function inWindow(window: DateWindow | undefined, ts: number): boolean {
  return window === undefined || (ts >= window.start && ts <= window.end);
}

function parsedTime(cell: string | boolean | null): number {
  const result = parseDateTime(cell);
  return result.ok && result.value !== null ? result.value : NaN;
}
