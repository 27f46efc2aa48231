import type { SampleBuild } from './sampleBuild';
import { SAMPLE_STATUSES, type SampleStatus } from './statuses';
import type { SampleTruth } from './types';

/** Row, order, customer and status counts of the orders table. */
export function ordersTruth(build: SampleBuild): SampleTruth['orders'] {
  const { ledger } = build;
  const statuses = Object.fromEntries(SAMPLE_STATUSES.map((status) => [status, 0])) as Record<
    SampleStatus,
    number
  >;
  const seen = new Uint8Array(ledger.customerCount);
  let customers = 0;
  let multiLineOrders = 0;
  for (let order = 0; order < ledger.orderCount; order++) {
    const status = SAMPLE_STATUSES[ledger.status[order] ?? 0] ?? 'completed';
    statuses[status]++;
    if ((ledger.lines[order] ?? 0) > 1) multiLineOrders++;
    const customer = ledger.customer[order] ?? 0;
    if (!seen[customer]) {
      seen[customer] = 1;
      customers++;
    }
  }
  return { rows: ledger.lineCount, distinctOrders: ledger.orderCount, multiLineOrders, customers, statuses };
}
