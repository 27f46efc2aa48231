import {
  DOUBLE,
  DuckDBDataChunk,
  DuckDBInstance,
  VARCHAR,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { CellValue } from '../../src/core/model/raw';
import { EXCEL_EPOCH_OFFSET_DAYS, MS_PER_DAY, type DayRange } from '../../src/core/model/day';
import { HEADLINE_KPIS, type HeadlineReport, type HeadlineValues } from '../kpiSet/headline';
import { windowDays, type BaselineInput } from './baselineInput';

export interface DuckDb {
  readonly connection: DuckDBConnection;
  /** DuckDB's worker threads (its default: one per core). */
  readonly threads: number;
  /** The DuckDB library's version, e.g. v1.4.1. */
  readonly version: string;
  close(): void;
}

export async function openDuckDb(): Promise<DuckDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const settings = await connection.runAndReadAll(`SELECT current_setting('threads'), version()`);
  const [threads, version] = settings.getRows()[0] ?? [];
  return {
    connection,
    threads: Number(threads),
    version: String(version),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** DuckDB's vector size: the rows of one data chunk. */
const CHUNK = 2048;

/** Loads the needed columns of the cell arrays through the appender, one data chunk at a time. */
export async function duckdbLoad(db: DuckDb, input: BaselineInput): Promise<void> {
  const o = input.orders;
  await append(db.connection, 'lines', o.rows, [
    ['order_id', VARCHAR, o.orderId],
    ['order_time', DOUBLE, o.orderTime],
    ['pay_time', DOUBLE, o.payTime],
    ['customer', VARCHAR, o.customer],
    ['amount', DOUBLE, o.amount],
    ['status', VARCHAR, o.status],
    ['channel', VARCHAR, o.channel],
    ['refund', DOUBLE, o.refund],
  ]);
  const t = input.traffic;
  await append(db.connection, 'traffic', t.rows, [
    ['date', DOUBLE, t.date],
    ['channel', VARCHAR, t.channel],
    ['uv', DOUBLE, t.uv],
  ]);
  const s = input.spend;
  await append(db.connection, 'spend', s.rows, [
    ['date', DOUBLE, s.date],
    ['channel', VARCHAR, s.channel],
    ['spend', DOUBLE, s.spend],
  ]);
}

async function append(
  connection: DuckDBConnection,
  table: string,
  rows: readonly (readonly CellValue[])[],
  columns: readonly (readonly [string, DuckDBType, number])[],
): Promise<void> {
  await connection.run(
    `CREATE TABLE ${table} (${columns.map(([name, type]) => `${name} ${type}`).join(', ')})`,
  );
  const appender = await connection.createAppender(table);
  const types = columns.map(([, type]) => type);
  for (let from = 0; from < rows.length; from += CHUNK) {
    const to = Math.min(from + CHUNK, rows.length);
    const chunk = DuckDBDataChunk.create(types, to - from);
    chunk.setColumns(
      columns.map(([, , column]) => {
        const values = new Array<DuckDBValue>(to - from);
        for (let i = from; i < to; i++) values[i - from] = rows[i]![column] as DuckDBValue;
        return values;
      }),
    );
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

type Grouping = 'total' | 'day' | 'channel';

/**
 * The headline KPIs in SQL, written from docs/metrics.md: lines grouped into orders, the order date (pay
 * day of a paid order, else order day), then one query per grouping over a spine of its groups.
 */
export async function duckdbQuery(db: DuckDb, input: BaselineInput): Promise<HeadlineReport> {
  const c = db.connection;
  const day = (serial: string) =>
    `floor(round((${serial} - ${EXCEL_EPOCH_OFFSET_DAYS}) * ${MS_PER_DAY}) / ${MS_PER_DAY})::INTEGER`;
  const key = `coalesce(lower(trim(channel)), '')`;
  await c.run(`
CREATE OR REPLACE TEMP TABLE od AS
WITH o AS (
  SELECT order_id, any_value(order_time) AS order_time, any_value(pay_time) AS pay_time,
    any_value(customer) AS customer, any_value(status) AS status, any_value(channel) AS channel,
    sum(amount) AS amount, sum(refund) AS refund
  FROM lines GROUP BY order_id
), p AS (SELECT *, status NOT IN (${text(input.unpaid)}, ${text(input.cancelled)}) AS paid FROM o)
SELECT customer, amount, refund, paid, ${key} AS key,
  ${day('CASE WHEN paid AND pay_time IS NOT NULL THEN pay_time ELSE order_time END')} AS day
FROM p`);
  await c.run(
    `CREATE OR REPLACE TEMP TABLE td AS SELECT ${day('date')} AS day, ${key} AS key, uv FROM traffic`,
  );
  await c.run(
    `CREATE OR REPLACE TEMP TABLE sd AS SELECT ${day('date')} AS day, ${key} AS key, spend FROM spend`,
  );
  const rows = async (grouping: Grouping) =>
    (await c.runAndReadAll(groupSql(grouping, input))).getRowObjectsJS() as Record<string, unknown>[];
  const [total, days, channels] = [await rows('total'), await rows('day'), await rows('channel')];
  return {
    total: values(total[0] ?? {}),
    byDay: new Map(days.map((r) => [Number(r.g), values(r)] as const)),
    byChannel: new Map(channels.map((r) => [String(r.g), values(r)] as const)),
  };
}

function groupSql(grouping: Grouping, input: BaselineInput): string {
  const g = grouping === 'total' ? `'all'` : grouping === 'day' ? 'day' : 'key';
  const within = (range: DayRange) => `day BETWEEN ${range.start} AND ${range.end}`;
  const range =
    grouping === 'day' ? `(${within(input.baseline)} OR ${within(input.period)})` : within(input.period);
  const spine =
    grouping === 'total'
      ? `SELECT 'all' AS g`
      : grouping === 'day'
        ? `SELECT unnest([${windowDays(input).join(', ')}]) AS g`
        : `SELECT key AS g FROM od UNION SELECT key FROM td UNION SELECT key FROM sd`;
  return `
WITH w AS (SELECT *, ${g} AS g FROM od WHERE ${range}),
sales AS (
  SELECT g, sum(coalesce(amount, 0)) AS gmv, count(*) AS orders,
    sum(amount) FILTER (WHERE paid) AS paid_sales, count(*) FILTER (WHERE paid) AS paid_orders,
    sum(coalesce(refund, 0)) FILTER (WHERE paid) AS refunds,
    count(DISTINCT customer) FILTER (WHERE paid) AS buyers
  FROM w GROUP BY g
),
buyer_days AS (
  SELECT g, sum(n) AS n FROM (SELECT g, day, count(DISTINCT customer) AS n FROM w WHERE paid GROUP BY g, day)
  GROUP BY g
),
tr AS (SELECT ${g} AS g, sum(uv) AS uv FROM td WHERE ${range} GROUP BY 1),
sp AS (SELECT ${g} AS g, sum(spend) AS spend FROM sd WHERE ${range} GROUP BY 1),
m AS (
  SELECT spine.g,
    coalesce(s.gmv, 0)::DOUBLE AS gmv, coalesce(s.paid_sales, 0)::DOUBLE AS paid_sales,
    coalesce(s.refunds, 0)::DOUBLE AS refunds, coalesce(s.orders, 0)::DOUBLE AS orders,
    coalesce(s.paid_orders, 0)::DOUBLE AS paid_orders, coalesce(s.buyers, 0)::DOUBLE AS buyers,
    coalesce(b.n, 0)::DOUBLE AS buyer_days, coalesce(tr.uv, 0)::DOUBLE AS uv,
    coalesce(sp.spend, 0)::DOUBLE AS spend
  FROM (${spine}) spine
  LEFT JOIN sales s ON s.g = spine.g LEFT JOIN buyer_days b ON b.g = spine.g
  LEFT JOIN tr ON tr.g = spine.g LEFT JOIN sp ON sp.g = spine.g
)
SELECT g, gmv, paid_sales, refunds, paid_sales - refunds AS net_sales, orders, paid_orders, buyers,
  paid_sales / nullif(paid_orders, 0) AS aov, paid_sales / nullif(buyers, 0) AS arppu,
  uv, buyer_days / nullif(uv, 0) AS cvr, spend, paid_sales / nullif(spend, 0) AS roas
FROM m`;
}

function text(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function values(row: Record<string, unknown>): HeadlineValues {
  return Object.fromEntries(
    HEADLINE_KPIS.map((id) => {
      const v = row[id];
      return [id, v === null || v === undefined ? null : Number(v)];
    }),
  ) as HeadlineValues;
}
