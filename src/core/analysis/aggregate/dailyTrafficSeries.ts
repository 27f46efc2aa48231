import type { NumberColumn, TrafficTable } from '../../model/campaign';
import { rangeLength, type DayRange } from '../../model/day';

/**
 * Σ of one traffic column per day over a closed range (empty cells skipped), optionally only for the rows
 * a filter keeps (e.g. one channel). `present` marks the days that had at least one non-empty cell, so a
 * day without traffic data is told apart from a day with 0 visitors.
 */
export interface DailyTrafficSeries {
  readonly values: Float64Array;
  readonly present: Uint8Array;
}

export function dailyTrafficSeries(
  traffic: TrafficTable,
  column: NumberColumn,
  range: DayRange,
  keep?: (row: number) => boolean,
): DailyTrafficSeries {
  const length = Math.max(0, rangeLength(range));
  const values = new Float64Array(length);
  const present = new Uint8Array(length);
  for (let i = 0; i < traffic.size; i++) {
    const d = (traffic.day[i] as number) - range.start;
    if (d < 0 || d >= length) continue;
    const v = column[i] as number;
    if (!Number.isFinite(v) || (keep && !keep(i))) continue;
    values[d] = (values[d] as number) + v;
    present[d] = 1;
  }
  return { values, present };
}
