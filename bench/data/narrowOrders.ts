import type { RawTable } from '../../src/core/model/raw';
import type { BenchCampaign } from './benchCampaign';
import { columnOf } from './columnOf';

/**
 * The headline KPIs' columns of the orders table (what arquero and DuckDB are given), and the SKU: Fupan
 * rejects a row identical to another as a duplicate, and the SKU is what tells an order's lines apart.
 */
const HEADLINE_FIELDS = [
  'order_id',
  'order_time',
  'pay_time',
  'customer_id',
  'amount',
  'status',
  'channel',
  'refund_amount',
  'sku',
] as const;

/** The campaign's tables with the orders cut to those columns (other tables unchanged). */
export function narrowTables(campaign: BenchCampaign): readonly RawTable[] {
  const { orders, locale } = campaign;
  const columns = HEADLINE_FIELDS.map((field) => columnOf(orders, 'orders', field, locale));
  const narrow: RawTable = {
    source: orders.table.source,
    header: columns.map((c) => orders.table.header[c] ?? null),
    rows: orders.table.rows.map((row) => columns.map((c) => row[c] ?? null)),
  };
  return campaign.sheets.map((s) => (s === orders ? narrow : s.table));
}
