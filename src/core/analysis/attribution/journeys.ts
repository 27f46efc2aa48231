import type { TouchpointsTable } from '../../model/campaign';

/**
 * Customer journeys from the touchpoints table. Touches are grouped by path id and sorted by time (ties
 * keep row order). A path is cut after each converting touch: the touches up to and including it form a
 * converting journey worth that touch's value (0 when empty), and touches after the last conversion form
 * a journey that did not convert. Touches without a path id, channel or time are skipped and counted.
 * O(n log n).
 */
export interface Journey {
  /** Channel codes into `channels`, in time order. */
  readonly touches: readonly number[];
  /** Touch times (epoch ms), in the same order. */
  readonly times: readonly number[];
  readonly converted: boolean;
  /** The total value of the journeys this one stands for. */
  readonly value: number;
  /**
   * How many journeys this one stands for: 1 for journeys cut from touches (the default), a path's
   * conversion or non-conversion count for aggregated paths (attribution/pathJourneys.ts).
   */
  readonly count?: number;
}

export interface Journeys {
  readonly channels: readonly string[];
  readonly journeys: readonly Journey[];
  readonly skippedTouches: number;
}

export function journeysFrom(table: TouchpointsTable): Journeys {
  const rows: number[] = [];
  let skipped = 0;
  for (let i = 0; i < table.size; i++) {
    if (
      (table.pathId.codes[i] as number) < 0 ||
      (table.channel.codes[i] as number) < 0 ||
      !Number.isFinite(table.time[i] as number)
    ) {
      skipped++;
      continue;
    }
    rows.push(i);
  }
  const path = table.pathId.codes;
  const time = table.time;
  rows.sort(
    (a, b) => (path[a] as number) - (path[b] as number) || (time[a] as number) - (time[b] as number) || a - b,
  );
  const journeys: Journey[] = [];
  let touches: number[] = [];
  let times: number[] = [];
  let current = -1;
  const flush = (converted: boolean, value: number): void => {
    if (touches.length > 0) journeys.push({ touches, times, converted, value });
    touches = [];
    times = [];
  };
  for (const i of rows) {
    if ((path[i] as number) !== current) {
      flush(false, 0);
      current = path[i] as number;
    }
    touches.push(table.channel.codes[i] as number);
    times.push(time[i] as number);
    if (table.conversion[i] === 1) {
      const v = table.value ? (table.value[i] as number) : 0;
      flush(true, Number.isFinite(v) ? v : 0);
    }
  }
  flush(false, 0);
  return { channels: table.channel.values, journeys, skippedTouches: skipped };
}
