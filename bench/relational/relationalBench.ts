import { ingest } from '../../src/core/ingest';
import type { RawTable } from '../../src/core/model/raw';
import { collect } from '../measure/collect';
import { summarize, timeSync, type Sample, type Timing } from '../measure/timing';
import { relationalData } from './relationalData';

export interface RelationalResult {
  readonly headers: number;
  readonly lines: number;
  /** Ingest of the order headers + order lines (two tables, the amount from the lines). */
  readonly relational: Timing;
  /** Ingest of the same data as one table, a row per line. */
  readonly oneTable: Timing;
  /** relational ÷ one table, of the median wall times: the target is ≤ 1.5. */
  readonly ratio: number;
  /** The same of the median CPU times: steadier than wall time on a shared machine. */
  readonly cpuRatio: number;
  /** Orders assembled, and Σ amount, agreed between both shapes (else the run is not OK). */
  readonly orders: number;
  readonly agreed: boolean;
}

/**
 * Issue 11's relational target: ingesting an export of order headers and order lines takes at most 1.5×
 * the time of the same data as one table. Both shapes are generated once; each is ingested once to warm
 * up, then `runs` times alternately, after a full GC each.
 */
export function relationalBench(headers: number, lines: number, runs: number): RelationalResult {
  const data = relationalData(headers, lines);
  const once = (tables: readonly RawTable[]) => {
    const data = ingest(tables).data;
    if (!data) throw new Error('bench: relational ingest found no usable orders');
    let total = 0;
    for (const amount of data.orders.amount) total += amount;
    return { orders: data.orders.size, total };
  };
  const warmRelational = once(data.relational);
  const warmOne = once(data.oneTable);
  const agreed =
    warmRelational.orders === warmOne.orders &&
    Math.abs(warmRelational.total - warmOne.total) < 1e-6 * data.total &&
    Math.abs(warmOne.total - data.total) < 1e-6 * data.total;
  const relational: Sample[] = [];
  const oneTable: Sample[] = [];
  for (let r = 0; r < runs; r++) {
    collect();
    relational.push(timeSync(() => once(data.relational)).sample);
    collect();
    oneTable.push(timeSync(() => once(data.oneTable)).sample);
  }
  const a = summarize(relational);
  const b = summarize(oneTable);
  return {
    headers: data.headers,
    lines: data.lines,
    relational: a,
    oneTable: b,
    ratio: a.medianMs / b.medianMs,
    cpuRatio: a.cpuMedianMs / b.cpuMedianMs,
    orders: warmRelational.orders,
    agreed,
  };
}
