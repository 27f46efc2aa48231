import { STATUS_CODE, type IngestWarning } from '../../../model/campaign';
import { ingestMessages } from '../../../messages';
import type { ReadContext } from '../../read/context';
import type { RowAddress } from './assembleOrders';
import { BY_PAY_TIME_CODE, type OrderTableReader } from './openOrderTable';

/**
 * Orders from a table without a status column but with a pay-time column: paid when they have a pay time,
 * placed and unpaid when it is blank (the export lists orders that were never paid). One warning per table
 * saying how many of each.
 */
export function statusByPayTime(
  rows: RowAddress,
  status: Int8Array,
  payTime: Float64Array | null,
  n: number,
  firstRow: Int32Array,
): IngestWarning[] {
  const found = new Map<ReadContext<'orders'>, { paid: number; unpaid: number }>();
  for (let k = 0; k < n; k++) {
    if (status[k] !== BY_PAY_TIME_CODE) continue;
    const paid = payTime !== null && !Number.isNaN(payTime[k] ?? NaN);
    status[k] = paid ? STATUS_CODE.paid : STATUS_CODE.unpaid;
    const ctx = rows.ctx(firstRow[k] ?? 0);
    const counts = found.get(ctx) ?? { paid: 0, unpaid: 0 };
    if (paid) counts.paid++;
    else counts.unpaid++;
    found.set(ctx, counts);
  }
  return [...found].map(([ctx, { paid, unpaid }]) => ({
    code: 'status_from_pay_time',
    text: ingestMessages.statusFromPayTime(ctx.source.sheet, paid, unpaid, header(ctx, 'pay_time')),
  }));
}

/** A warning per orders table with neither a status nor a pay-time column: its orders all count as paid. */
export function withoutStatusOrPayTime(tables: readonly OrderTableReader[]): IngestWarning[] {
  return tables
    .filter(({ ctx }) => ctx.columns.status === undefined && ctx.columns.pay_time === undefined)
    .map(({ ctx }) => ({
      code: 'status_absent_read_as_paid',
      text: ingestMessages.noStatusNoPayTime(ctx.source.sheet),
    }));
}

function header(ctx: ReadContext<'orders'>, field: 'pay_time'): string {
  const column = ctx.columns[field];
  return column === undefined ? '' : (ctx.headers[column] ?? '');
}
