import type { DuckDBConnection } from '@duckdb/node-api';
import { STATUS_WORDS } from '../../../../src/core/ingest/parse/status';
import type { CampaignData, DictColumn } from '../../../../src/core/model/campaign';
import { ORDER_STATUSES } from '../../../../src/core/model/campaign';
import { isoDay, type Day } from '../../../../src/core/model/day';
import { FIELDS } from '../../../../src/core/model/fields';
import type { SqlMapping, SqlTableKind } from '../../../../src/core/sql/mapping';

/**
 * A campaign's data as a warehouse would hold it: one table per kind, typed columns (times as text, cast
 * by the SQL), the user's own headers (the canonical Chinese ones: names that need quoting), status and
 * new-customer flags as words of either language. Returns the mapping that reads them back.
 */

type Cell = string | number | null;
type Column = { readonly field: string; readonly type: 'VARCHAR' | 'DOUBLE'; readonly cells: Cell[] };

const TABLE_NAMES: Readonly<Record<SqlTableKind, string>> = {
  orders: '订单 明细',
  order_lines: '子订单',
  traffic: '流量',
  spend: '推广',
  refunds: '退款',
  customers: '客户',
};

const header = (kind: SqlTableKind, field: string): string =>
  (FIELDS[kind] as Record<string, { zh: string }>)[field]!.zh;

const stamp = (ms: number): Cell =>
  Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
const num = (x: number): Cell => (Number.isNaN(x) ? null : x);
const dictCell = (column: DictColumn, i: number): Cell => {
  const code = column.codes[i]!;
  return code < 0 ? null : column.values[code]!;
};
const dayCell = (d: number): Cell => (d < 0 ? null : isoDay(d as Day));

async function create(
  connection: DuckDBConnection,
  kind: SqlTableKind,
  size: number,
  columns: readonly (Column | null)[],
): Promise<Record<string, string>> {
  const present = columns.filter((c): c is Column => c !== null);
  const quoted = (name: string) => `"${name}"`;
  const ddl = present.map((c) => `${quoted(header(kind, c.field))} ${c.type}`).join(', ');
  await connection.run(`CREATE TABLE ${quoted(TABLE_NAMES[kind])} (${ddl})`);
  const appender = await connection.createAppender(TABLE_NAMES[kind]);
  for (let r = 0; r < size; r++) {
    for (const c of present) {
      const v = c.cells[r];
      if (v === null || v === undefined) appender.appendNull();
      else if (c.type === 'VARCHAR') appender.appendVarchar(String(v));
      else appender.appendDouble(Number(v));
    }
    appender.endRow();
  }
  appender.closeSync();
  return Object.fromEntries(present.map((c) => [c.field, header(kind, c.field)]));
}

const text = (field: string, cells: Cell[]): Column => ({ field, type: 'VARCHAR', cells });
const numbers = (field: string, values: Float64Array | null): Column | null =>
  values === null ? null : { field, type: 'DOUBLE', cells: Array.from(values, num) };

export async function loadCampaign(connection: DuckDBConnection, data: CampaignData): Promise<SqlMapping> {
  const { orders, lines, traffic, spend, refunds, customers } = data;
  const n = orders.size;
  const range = (size: number) => Array.from({ length: size }, (_, i) => i);
  const tables: Record<string, { table: string; columns: Record<string, string> }> = {};
  const add = (kind: SqlTableKind, columns: Record<string, string>) =>
    (tables[kind] = { table: TABLE_NAMES[kind], columns });

  add(
    'orders',
    await create(connection, 'orders', n, [
      text('order_id', [...orders.orderId]),
      text('order_time', Array.from(orders.orderTime, stamp)),
      orders.payTime && text('pay_time', Array.from(orders.payTime, stamp)),
      orders.customer &&
        text(
          'customer_id',
          range(n).map((i) => dictCell(orders.customer!, i)),
        ),
      numbers('amount', orders.amount),
      numbers('total_amount', orders.total?.values ?? null),
      // Words of both languages: the SQL codes them with ingest's own word lists.
      text(
        'status',
        range(n).map((i) => {
          const status = ORDER_STATUSES[orders.status[i]!]!;
          return i % 2 === 0 ? status.replace('_', ' ').toUpperCase() : STATUS_WORDS[status][0];
        }),
      ),
      orders.channel &&
        text(
          'channel',
          range(n).map((i) => dictCell(orders.channel!, i)),
        ),
      numbers('discount', orders.discount),
      numbers('refund_amount', orders.refund),
      numbers('cogs', orders.cogs),
      orders.isNew &&
        text(
          'is_new',
          Array.from(orders.isNew, (flag, i) =>
            flag < 0 ? null : flag === 1 ? (i % 2 ? '新客' : 'TRUE') : i % 2 ? '老客' : 'false',
          ),
        ),
    ]),
  );
  if (lines.category) {
    add(
      'order_lines',
      await create(connection, 'order_lines', lines.size, [
        text(
          'order_id',
          Array.from(lines.order, (k) => orders.orderId[k]!),
        ),
        text(
          'category',
          range(lines.size).map((i) => dictCell(lines.category!, i)),
        ),
        numbers('line_amount', lines.amount),
      ]),
    );
  }
  if (traffic) {
    add(
      'traffic',
      await create(connection, 'traffic', traffic.size, [
        text('date', Array.from(traffic.day, dayCell)),
        traffic.channel &&
          text(
            'channel',
            range(traffic.size).map((i) => dictCell(traffic.channel!, i)),
          ),
        numbers('uv', traffic.uv),
        numbers('pv', traffic.pv),
        numbers('sessions', traffic.sessions),
        numbers('bounces', traffic.bounces),
        numbers('bounce_rate', traffic.bounceRate),
        numbers('add_to_cart', traffic.addToCart),
        numbers('funnel_cart', traffic.funnelCart),
      ]),
    );
  }
  if (spend) {
    add(
      'spend',
      await create(connection, 'spend', spend.size, [
        text(
          'channel',
          range(spend.size).map((i) => dictCell(spend.channel, i)),
        ),
        text('date', Array.from(spend.day, dayCell)),
        numbers('spend', spend.spend),
      ]),
    );
  }
  if (refunds) {
    add(
      'refunds',
      await create(connection, 'refunds', refunds.size, [
        text('order_id', [...refunds.orderId]),
        numbers('refund_amount', refunds.amount),
      ]),
    );
  }
  if (customers) {
    add(
      'customers',
      await create(connection, 'customers', customers.size, [
        text('customer_id', [...customers.customerId]),
        text('first_order_date', Array.from(customers.firstOrderDay, dayCell)),
      ]),
    );
  }
  const { period, phases, baseline } = data.campaign;
  return { tables: tables as unknown as SqlMapping['tables'], calendar: { period, phases, baseline } };
}
