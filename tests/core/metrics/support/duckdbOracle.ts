import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { KPI_IDS, type KpiId } from '../../../../src/core/metrics/kpiIds';
import { day, type CampaignRows } from '../../../support/campaignBuilder';

/**
 * An independent oracle: the same inline rows loaded into an in-memory DuckDB, and every KPI computed by
 * SQL written from the KPI contract (the quoted definitions below, and the choices of docs/metrics.md).
 * It shares no code with the engine beyond reading the rows.
 */

export type OracleKpis = Readonly<Record<KpiId, number | null>>;

export interface Oracle {
  /**
   * KPIs of each group of a day range, keyed by group: 'all', the day number, or the channel key. 'campaign'
   * and 'channel' cover the campaign period as a whole; 'part' (a baseline or a phase) and 'day' do not.
   */
  kpis(range: readonly [string, string], by: Grouping): Promise<Map<string | number, OracleKpis>>;
  close(): void;
}

export type Grouping = 'campaign' | 'part' | 'day' | 'channel';

type Cell = string | number | boolean | null | undefined;

function append(appender: DuckDBAppender, types: readonly string[], row: readonly Cell[]): void {
  row.forEach((value, i) => {
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
      appender.appendNull();
    } else if (types[i] === 'VARCHAR') appender.appendVarchar(String(value));
    else if (types[i] === 'INTEGER') appender.appendInteger(Number(value));
    else if (types[i] === 'BOOLEAN') appender.appendBoolean(Boolean(value));
    else appender.appendDouble(Number(value));
  });
  appender.endRow();
}

async function load(
  connection: DuckDBConnection,
  table: string,
  columns: Readonly<Record<string, string>>,
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  const types = Object.values(columns);
  const ddl = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  await connection.run(`CREATE TABLE ${table} (${ddl})`);
  const appender = await connection.createAppender(table);
  for (const row of rows) append(appender, types, row);
  appender.closeSync();
}

export async function openOracle(rows: CampaignRows): Promise<Oracle> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const orders = rows.orders;
  await load(
    connection,
    'orders',
    {
      order_id: 'VARCHAR',
      day: 'INTEGER',
      status: 'VARCHAR',
      customer: 'VARCHAR',
      channel: 'VARCHAR',
      amount: 'DOUBLE',
      refund: 'DOUBLE',
      discount: 'DOUBLE',
      cogs: 'DOUBLE',
      is_new: 'BOOLEAN',
    },
    orders.map((o, i) => [
      o.id ?? `O${i + 1}`,
      day(o.day),
      o.status ?? 'paid',
      o.customer,
      o.channel,
      o.amount,
      o.refund,
      o.discount,
      o.cogs,
      o.isNew,
    ]),
  );
  await load(
    connection,
    'traffic',
    {
      day: 'INTEGER',
      channel: 'VARCHAR',
      uv: 'DOUBLE',
      pv: 'DOUBLE',
      sessions: 'DOUBLE',
      bounces: 'DOUBLE',
      bounce_rate: 'DOUBLE',
      add_to_cart: 'DOUBLE',
    },
    (rows.traffic ?? []).map((t) => [
      t.day === null ? null : day(t.day),
      t.channel,
      t.uv,
      t.pv,
      t.sessions,
      t.bounces,
      t.bounceRate,
      t.addToCart ?? t.funnelCart,
    ]),
  );
  await load(
    connection,
    'spend',
    { channel: 'VARCHAR', day: 'INTEGER', spend: 'DOUBLE' },
    (rows.spend ?? []).map((s) => [s.channel, s.day ? day(s.day) : null, s.spend]),
  );
  await load(
    connection,
    'customers',
    { customer: 'VARCHAR', first_order_day: 'INTEGER' },
    (rows.customers ?? []).map((c) => [c.id, c.firstOrderDay === null ? null : day(c.firstOrderDay)]),
  );
  const has = (key: string) => orders.some((o) => key in o);
  const flags = {
    newFlag: orders.some((o) => o.isNew !== undefined && o.isNew !== null),
    cogs: has('cogs'),
    discount: has('discount'),
  };

  return {
    async kpis(range, by) {
      const sql = kpiSql(day(range[0]), day(range[1]), by, flags);
      const result = await connection.runAndReadAll(sql);
      const out = new Map<string | number, OracleKpis>();
      for (const row of result.getRowObjectsJS()) {
        const kpis = {} as Record<KpiId, number | null>;
        for (const id of KPI_IDS) {
          const v = row[id];
          kpis[id] = v === null || v === undefined ? null : Number(v);
        }
        out.set(row.g as string | number, kpis);
      }
      return out;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function kpiSql(
  lo: number,
  hi: number,
  grouping: Grouping,
  flags: { newFlag: boolean; cogs: boolean; discount: boolean },
): string {
  const by = grouping === 'day' || grouping === 'channel' ? grouping : 'all';
  const wholeCampaign = grouping === 'campaign' || grouping === 'channel';
  // Channels match case-insensitively after trimming; an empty cell is the "no channel" group ''.
  const key = (alias: string) => `coalesce(lower(trim(${alias}.channel)), '')`;
  const g = (alias: string) => (by === 'all' ? `'all'` : by === 'day' ? `${alias}.day` : key(alias));
  const spine =
    by === 'all'
      ? `SELECT 'all' AS g`
      : by === 'day'
        ? `SELECT range::INTEGER AS g FROM range(${lo}, ${hi + 1})`
        : `SELECT ${key('o')} AS g FROM orders o UNION SELECT ${key('t')} FROM traffic t
           UNION SELECT ${key('s')} FROM spend s`;
  // New customers: a day is new for buyers whose first order is that day; otherwise the whole range.
  const newLo = by === 'day' ? 'po.day' : String(lo);
  const newHi = by === 'day' ? 'po.day' : String(hi);
  const newCustomers = flags.newFlag
    ? // "buyers flagged new (a new-customer column)"
      `SELECT g, count(DISTINCT customer) AS n FROM po WHERE paid AND is_new GROUP BY g`
    : // "else buyers whose first order (customers table, or the earliest paid order in all the data) falls in the period"
      `SELECT g, count(DISTINCT po.customer) AS n FROM po JOIN first_order f ON f.customer = po.customer
       WHERE paid AND f.first_day BETWEEN ${newLo} AND ${newHi} GROUP BY g`;
  // Spend rows without a date are whole-campaign figures: in the campaign total and its channels; a day,
  // a phase or the baseline has no spend figure when there are any (docs/metrics.md).
  const undatedSpend = wholeCampaign
    ? `SELECT ${g('s')} AS g, sum(spend) AS spend FROM spend s WHERE s.day IS NULL GROUP BY 1`
    : `SELECT NULL AS g, 0::DOUBLE AS spend WHERE false`;
  const spendUnknown = wholeCampaign ? 'false' : `(SELECT count(*) > 0 FROM spend WHERE day IS NULL)`;

  return `
WITH
o AS (
  -- "Paid orders: status paid, refunded, partially refunded or refunding"
  SELECT *, status IN ('paid', 'refunded', 'partially_refunded', 'refunding') AS paid FROM orders
),
first_paid AS (SELECT customer, min(day) AS first_day FROM o WHERE paid AND customer IS NOT NULL GROUP BY customer),
first_order AS (
  SELECT f.customer, coalesce(c.first_order_day, f.first_day) AS first_day
  FROM first_paid f LEFT JOIN (SELECT customer, min(first_order_day) AS first_order_day FROM customers GROUP BY 1) c
    ON c.customer = f.customer
),
po AS (SELECT o.*, ${g('o')} AS g FROM o WHERE o.day BETWEEN ${lo} AND ${hi}),
sales AS (
  SELECT g,
    -- gmv: "Σ amount over all orders placed in the period, whatever their status"
    sum(coalesce(amount, 0)) AS gmv,
    count(*) AS orders,
    sum(amount) FILTER (WHERE paid) AS paid_sales,
    count(*) FILTER (WHERE paid) AS paid_orders,
    -- refunds: "Σ refund amount over paid orders; with no refund amount, the full amount of refunded orders"
    sum(CASE WHEN refund IS NOT NULL THEN refund WHEN status = 'refunded' THEN amount ELSE 0 END)
      FILTER (WHERE paid) AS refunds,
    -- "paid orders with any refund"
    count(*) FILTER (WHERE paid AND (refund > 0 OR status IN ('refunded', 'partially_refunded'))) AS refunded_orders,
    sum(coalesce(discount, 0)) FILTER (WHERE paid) AS discount,
    sum(cogs) FILTER (WHERE paid) AS cogs,
    count(*) FILTER (WHERE paid AND cogs IS NULL) AS cogs_missing,
    -- buyers: "distinct customers with ≥ 1 paid order in the period"
    count(DISTINCT customer) FILTER (WHERE paid) AS buyers
  FROM po GROUP BY g
),
repeaters AS (
  -- "buyers with ≥ 2 paid orders in the period"
  SELECT g, count(*) AS n FROM (
    SELECT g, customer FROM po WHERE paid AND customer IS NOT NULL GROUP BY g, customer HAVING count(*) >= 2
  ) GROUP BY g
),
newcomers AS (${newCustomers}),
buyer_days AS (
  -- cvr numerator: "Σ_days (distinct paying buyers that day)"
  SELECT g, sum(n) AS n FROM (SELECT g, day, count(DISTINCT customer) AS n FROM po WHERE paid GROUP BY g, day) GROUP BY g
),
tr AS (
  SELECT ${g('t')} AS g,
    sum(uv) AS uv, sum(pv) AS pv, sum(sessions) AS sessions, sum(add_to_cart) AS add_to_cart,
    -- bounce_rate: "Σ bounces / Σ sessions; with only a daily rate, the rate weighted by sessions, else by UV"
    sum(CASE WHEN bounces IS NOT NULL AND sessions IS NOT NULL THEN bounces
             WHEN bounce_rate IS NOT NULL THEN bounce_rate * coalesce(sessions, uv) END) AS bounce_num,
    sum(CASE WHEN bounces IS NOT NULL AND sessions IS NOT NULL THEN sessions
             WHEN bounce_rate IS NOT NULL THEN coalesce(sessions, uv) END) AS bounce_den
  FROM traffic t WHERE t.day BETWEEN ${lo} AND ${hi} GROUP BY 1
),
sp AS (
  SELECT g, sum(spend) AS spend FROM (
    SELECT ${g('s')} AS g, spend FROM spend s WHERE s.day BETWEEN ${lo} AND ${hi}
    UNION ALL SELECT g, spend FROM (${undatedSpend})
  ) GROUP BY g
),
m AS (
  SELECT spine.g,
    coalesce(s.gmv, 0)::DOUBLE AS gmv, coalesce(s.orders, 0)::DOUBLE AS orders,
    coalesce(s.paid_sales, 0)::DOUBLE AS paid_sales, coalesce(s.paid_orders, 0)::DOUBLE AS paid_orders,
    coalesce(s.refunds, 0)::DOUBLE AS refunds, coalesce(s.refunded_orders, 0)::DOUBLE AS refunded_orders,
    coalesce(s.discount, 0)::DOUBLE AS discount, coalesce(s.cogs, 0)::DOUBLE AS cogs,
    coalesce(s.cogs_missing, 0) AS cogs_missing, coalesce(s.buyers, 0)::DOUBLE AS buyers,
    coalesce(r.n, 0)::DOUBLE AS repeat_buyers, coalesce(n.n, 0)::DOUBLE AS new_buyers,
    coalesce(b.n, 0)::DOUBLE AS buyer_days,
    coalesce(tr.uv, 0)::DOUBLE AS uv, coalesce(tr.pv, 0)::DOUBLE AS pv,
    coalesce(tr.sessions, 0)::DOUBLE AS sessions, coalesce(tr.add_to_cart, 0)::DOUBLE AS add_to_cart,
    coalesce(tr.bounce_num, 0)::DOUBLE AS bounce_num, coalesce(tr.bounce_den, 0)::DOUBLE AS bounce_den,
    CASE WHEN ${spendUnknown} THEN NULL ELSE coalesce(sp.spend, 0)::DOUBLE END AS spend
  FROM (${spine}) spine
  LEFT JOIN sales s ON s.g = spine.g LEFT JOIN repeaters r ON r.g = spine.g
  LEFT JOIN newcomers n ON n.g = spine.g LEFT JOIN buyer_days b ON b.g = spine.g
  LEFT JOIN tr ON tr.g = spine.g LEFT JOIN sp ON sp.g = spine.g
)
SELECT g,
  gmv, paid_sales, refunds, paid_sales - refunds AS net_sales, orders, paid_orders,
  paid_orders / nullif(orders, 0) AS paid_rate,
  buyers,
  paid_sales / nullif(paid_orders, 0) AS aov,
  paid_sales / nullif(buyers, 0) AS arppu,
  uv, pv,
  buyer_days / nullif(uv, 0) AS cvr,
  paid_orders / nullif(sessions, 0) AS orders_per_session,
  bounce_num / nullif(bounce_den, 0) AS bounce_rate,
  add_to_cart / nullif(uv, 0) AS add_to_cart_rate,
  refunds / nullif(paid_sales, 0) AS return_rate_amount,
  refunded_orders / nullif(paid_orders, 0) AS return_rate_orders,
  ${flags.discount ? 'discount' : 'NULL'} AS discount_cost,
  new_buyers AS new_customers,
  buyers - new_buyers AS returning_customers,
  repeat_buyers / nullif(buyers, 0) AS repurchase_rate,
  spend,
  paid_sales / nullif(spend, 0) AS roas,
  -- roi: "(net_sales − cost of goods − spend) / spend, only where cost of goods is known"
  ${flags.cogs ? 'CASE WHEN cogs_missing = 0 THEN (paid_sales - refunds - cogs - spend) / nullif(spend, 0) END' : 'NULL'} AS roi,
  spend / nullif(new_buyers, 0) AS cac
FROM m`;
}
