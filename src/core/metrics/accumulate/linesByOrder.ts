import type { OrderLinesTable } from '../../model/campaign';

/**
 * The item lines of each order, as compressed rows: the lines of order i are
 * `lines[start[i] .. start[i + 1])`, or the line numbers themselves when `lines` is null (the table was
 * already sorted by order, as ingest usually leaves it).
 */
export interface LinesByOrder {
  readonly start: Int32Array;
  readonly lines: Int32Array | null;
}

export function linesByOrder(table: OrderLinesTable, orderCount: number): LinesByOrder {
  const { order } = table;
  const start = new Int32Array(orderCount + 1);
  let sorted = true;
  for (let l = 0; l < table.size; l++) {
    const o = order[l]!;
    start[o + 1]!++;
    if (l > 0 && o < order[l - 1]!) sorted = false;
  }
  for (let i = 0; i < orderCount; i++) start[i + 1]! += start[i]!;
  if (sorted) return { start, lines: null };
  const next = start.slice(0, orderCount);
  const lines = new Int32Array(table.size);
  for (let l = 0; l < table.size; l++) lines[next[order[l]!]!++] = l;
  return { start, lines };
}
