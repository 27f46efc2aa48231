import { ingest, type IngestOptions } from '../../../src/core/ingest';
import type { IngestResult, OrdersTable } from '../../../src/core/model/campaign';
import { isoDay, type Day } from '../../../src/core/model/day';
import type { CellValue, RawTable } from '../../../src/core/model/raw';
import { rawTable } from './rawTable';

export const ORDER_HEADER = [
  '订单号',
  '买家ID',
  '下单时间',
  '付款时间',
  '实付金额',
  '订单状态',
  '商品SKU',
  '数量',
];

/** An orders sheet with the canonical Chinese headers (header on row 1). */
export function ordersSheet(
  rows: readonly (readonly CellValue[])[],
  header: readonly CellValue[] = ORDER_HEADER,
): RawTable {
  return rawTable('订单', header, rows);
}

export function run(tables: readonly RawTable[], options?: IngestOptions): IngestResult {
  return ingest(tables, options);
}

/** The orders of a result as plain rows, for readable expectations. */
export function orderRows(result: IngestResult): Record<string, unknown>[] {
  const orders = result.data?.orders;
  if (!orders) return [];
  return Array.from({ length: orders.size }, (_, k) => orderRow(orders, k));
}

function orderRow(orders: OrdersTable, k: number): Record<string, unknown> {
  return {
    id: orders.orderId[k],
    customer: orders.customer === null ? undefined : orders.customer.values[orders.customer.codes[k]!],
    amount: orders.amount[k],
    status: orders.status[k],
    day: isoDay(orders.day[k] as Day),
    quantity: orders.quantity?.[k],
    sourceRow: orders.sourceRow[k],
  };
}

/** Rejected rows as [row, code]. */
export function rejections(result: IngestResult): [number, string][] {
  return result.rejected.map((r) => [r.row, r.code]);
}

export function warningCodes(result: IngestResult): string[] {
  return result.warnings.map((w) => w.code);
}
