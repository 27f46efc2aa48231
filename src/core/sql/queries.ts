import { ORDER_SUM } from '../metrics/accumulate/orderCube';
import { TRAFFIC_SUM } from '../metrics/accumulate/trafficCube';
import { CATEGORY_SUM } from '../metrics/accumulate/categoryTotals';
import { isoDay, type Day, type DayRange } from '../model/day';
import { STATUS_CODE } from '../model/campaign';
import type { Dialect } from './dialects';
import type { SqlField, SqlMapping } from './mapping';
import {
  asDay,
  asNumber,
  asText,
  channelKeyOf,
  cleanText,
  dayLiteral,
  fieldRef,
  ordersCtes,
  tableName,
  type SqlContext,
} from './ordersSource';
import { snake, type AggregateTable, type BuyerGroup } from './schema';

/** One generated query and the aggregate table it writes. */
export interface AggregateQuery {
  readonly table: AggregateTable;
  readonly sql: string;
}

type OrderSum = keyof typeof ORDER_SUM;
type TrafficSum = keyof typeof TRAFFIC_SUM;
type CategorySum = keyof typeof CATEGORY_SUM;

const sumIf = (condition: string, value = '1'): string =>
  `SUM(CASE WHEN ${condition} THEN ${value} ELSE 0 END)`;

/**
 * Each slot of the engine's order cube (orderCube.ts), as SQL over fupan_orders `o` and the amount basis
 * `b`. The record is keyed by ORDER_SUM: a slot added to the engine fails to compile here until written.
 */
function orderSums(ctx: SqlContext): Readonly<Record<OrderSum, string>> {
  const has = (field: SqlField<'orders'>) => fieldRef(ctx, 'orders', field, 'x') !== null;
  return {
    gmv: 'SUM(COALESCE(o.total_amount, o.amount))',
    orders: 'COUNT(*)',
    paidSales: sumIf('o.paid = 1', 'o.amount'),
    paidOrders: 'SUM(o.paid)',
    refunds: 'SUM(o.refunded)',
    refundedOrders: 'SUM(o.refunded_order)',
    discount: sumIf('o.paid = 1', 'COALESCE(o.discount, 0)'),
    cogs: sumIf('o.paid = 1', 'COALESCE(o.cogs, 0)'),
    cogsMissing: has('cogs') ? sumIf('o.paid = 1 AND o.cogs IS NULL') : '0',
    partialRefundUnknown: sumIf(
      `o.paid = 1 AND o.refund IS NULL AND o.status_code = ${STATUS_CODE.partially_refunded}`,
    ),
    newFlagUnknown: has('is_new') ? sumIf('o.paid = 1 AND o.new_code IS NULL') : '0',
    amountMissing: sumIf('o.amount IS NULL'),
    paidWithoutCustomer: sumIf('o.paid = 1 AND o.customer_id IS NULL'),
    refundsDeducted: sumIf('b.net_of_refunds = 0', 'o.refunded'),
  };
}

const withCtes = (ctes: readonly string[], body: string): string => `WITH\n${ctes.join(',\n')}\n${body}`;
const columns = (exprs: Readonly<Record<string, string>>, ctx: SqlContext): string =>
  Object.entries(exprs)
    .map(([key, expr]) => `  ${expr} AS ${ctx.dialect.identifier(snake(key))}`)
    .join(',\n');

/** Day × channel sums of the orders, over every day of the data (the engine keeps those of its window). */
function orderCubeQuery(ctx: SqlContext): string {
  const id = ctx.dialect.identifier;
  return withCtes(
    ordersCtes(ctx),
    [
      'SELECT',
      `  ${asText(ctx, 'o.order_day')} AS ${id('day')},`,
      `  o.channel_key AS ${id('channel')},`,
      `  MIN(o.channel_label) AS ${id('channel_label')},`,
      columns(orderSums(ctx), ctx),
      'FROM fupan_orders o CROSS JOIN fupan_amount_basis b',
      'GROUP BY o.order_day, o.channel_key',
    ].join('\n'),
  );
}

/**
 * Day × channel sums of the traffic (trafficCube.ts). A row without a date (day NULL) is a period total of
 * unique visitors. Bounces: Σ bounces over Σ sessions where a row has both, else its bounce rate weighted
 * by its sessions, or by its UV without sessions.
 */
function trafficCubeQuery(ctx: SqlContext): string | null {
  const source = ctx.mapping.tables.traffic;
  if (!source) return null;
  const id = ctx.dialect.identifier;
  const f = (field: SqlField<'traffic'>) => fieldRef(ctx, 'traffic', field, 't');
  const cart = f('add_to_cart') ?? f('funnel_cart');
  const both = 't.bounces IS NOT NULL AND t.sessions IS NOT NULL';
  const rate = 't.bounce_rate IS NOT NULL';
  const sums: Readonly<Record<TrafficSum, string>> = {
    uv: 'SUM(t.uv)',
    pv: 'SUM(t.pv)',
    sessions: 'SUM(t.sessions)',
    bounces: `SUM(CASE WHEN ${both} THEN t.bounces WHEN ${rate} THEN t.bounce_rate * COALESCE(t.sessions, t.uv) END)`,
    bounceBase: `SUM(CASE WHEN ${both} THEN t.sessions WHEN ${rate} THEN COALESCE(t.sessions, t.uv) END)`,
    addToCart: 'SUM(t.add_to_cart)',
  };
  const typed = [
    'fupan_traffic AS (',
    '  SELECT',
    `    ${asDay(f('date')!)} AS traffic_day,`,
    `    ${channelKeyOf(ctx, f('channel'))} AS channel_key,`,
    `    ${cleanText(ctx, f('channel'))} AS channel_label,`,
    `    ${asNumber(f('uv'))} AS uv,`,
    `    ${asNumber(f('pv'))} AS pv,`,
    `    ${asNumber(f('sessions'))} AS sessions,`,
    `    ${asNumber(f('bounces'))} AS bounces,`,
    `    ${asNumber(f('bounce_rate'))} AS bounce_rate,`,
    `    ${asNumber(cart)} AS add_to_cart`,
    `  FROM ${tableName(ctx, source.table)} t`,
    ')',
  ].join('\n');
  return withCtes(
    [typed],
    [
      'SELECT',
      `  ${asText(ctx, 't.traffic_day')} AS ${id('day')},`,
      `  t.channel_key AS ${id('channel')},`,
      `  MIN(t.channel_label) AS ${id('channel_label')},`,
      columns(sums, ctx) + ',',
      `  COUNT(*) AS ${id('row_count')}`,
      'FROM fupan_traffic t',
      'GROUP BY t.traffic_day, t.channel_key',
    ].join('\n'),
  );
}

/** Day × channel spend; a row without a date (day NULL) is a whole-campaign figure. */
function spendCubeQuery(ctx: SqlContext): string | null {
  const source = ctx.mapping.tables.spend;
  if (!source) return null;
  const id = ctx.dialect.identifier;
  const f = (field: SqlField<'spend'>) => fieldRef(ctx, 'spend', field, 's');
  const date = f('date');
  const typed = [
    'fupan_spend AS (',
    '  SELECT',
    `    ${date === null ? 'CAST(NULL AS DATE)' : asDay(date)} AS spend_day,`,
    `    ${channelKeyOf(ctx, f('channel'))} AS channel_key,`,
    `    ${cleanText(ctx, f('channel'))} AS channel_label,`,
    `    ${asNumber(f('spend'))} AS spend`,
    `  FROM ${tableName(ctx, source.table)} s`,
    ')',
  ].join('\n');
  return withCtes(
    [typed],
    [
      'SELECT',
      `  ${asText(ctx, 's.spend_day')} AS ${id('day')},`,
      `  s.channel_key AS ${id('channel')},`,
      `  MIN(s.channel_label) AS ${id('channel_label')},`,
      `  SUM(s.spend) AS ${id('spend')},`,
      `  COUNT(*) AS ${id('row_count')}`,
      'FROM fupan_spend s',
      'GROUP BY s.spend_day, s.channel_key',
    ].join('\n'),
  );
}

/** Whether the campaign has categories: a category column on the orders, else an order-lines table. */
export function hasCategories(mapping: SqlMapping): boolean {
  return (
    mapping.tables.orders.columns.category !== undefined ||
    mapping.tables.order_lines?.columns.category !== undefined
  );
}

const range = (r: DayRange): string =>
  `${dayLiteral(isoDay(r.start as Day))} AND ${dayLiteral(isoDay(r.end as Day))}`;

/**
 * The lines and, per category, the orders of the campaign period holding at least one of its lines
 * (categoryTotals.ts): the lines of the orders table when it has a category column, else the order lines.
 */
function categoryCtes(ctx: SqlContext): string[] {
  const lines = ctx.mapping.tables.order_lines;
  const fromOrders = ctx.mapping.tables.orders.columns.category !== undefined;
  const f = (field: SqlField<'order_lines'>) => fieldRef(ctx, 'order_lines', field, 'l');
  const source = fromOrders
    ? [
        'fupan_lines AS (',
        '  SELECT o.order_id, o.category, o.amount AS line_amount FROM fupan_orders o',
        ')',
      ]
    : [
        'fupan_lines AS (',
        '  SELECT',
        `    ${cleanText(ctx, f('order_id'))} AS order_id,`,
        `    ${cleanText(ctx, f('category'))} AS category,`,
        `    COALESCE(${asNumber(f('line_amount'))}, 0) AS line_amount`,
        `  FROM ${tableName(ctx, lines!.table)} l`,
        ')',
      ];
  return [
    source.join('\n'),
    [
      'fupan_category_orders AS (',
      '  SELECT l.category, o.order_id, o.customer_id, o.new_code, o.paid, o.refunded_order,',
      '    SUM(l.line_amount) AS amount',
      '  FROM fupan_lines l JOIN fupan_orders o ON o.order_id = l.order_id',
      `  WHERE o.order_day BETWEEN ${range(ctx.mapping.calendar.period)}`,
      '  GROUP BY l.category, o.order_id, o.customer_id, o.new_code, o.paid, o.refunded_order',
      ')',
    ].join('\n'),
  ];
}

function categorySumsQuery(ctx: SqlContext): string | null {
  if (!hasCategories(ctx.mapping)) return null;
  const id = ctx.dialect.identifier;
  const sums: Readonly<Record<CategorySum, string>> = {
    gmv: 'SUM(c.amount)',
    orders: 'COUNT(*)',
    paidSales: sumIf('c.paid = 1', 'c.amount'),
    paidOrders: 'SUM(c.paid)',
    refundedOrders: 'SUM(c.refunded_order)',
  };
  return withCtes(
    [...ordersCtes(ctx), ...categoryCtes(ctx)],
    [
      'SELECT',
      `  c.category AS ${id('category')},`,
      columns(sums, ctx),
      'FROM fupan_category_orders c',
      'GROUP BY c.category',
    ].join('\n'),
  );
}

/** The days every group lies in: the campaign period, its phases and the baseline (dayWindow.ts). */
function windowOf(mapping: SqlMapping): DayRange {
  const { period, phases, baseline } = mapping.calendar;
  const all = [period, ...phases, ...(baseline ? [baseline] : [])];
  return {
    start: Math.min(...all.map((r) => r.start)) as Day,
    end: Math.max(...all.map((r) => r.end)) as Day,
  };
}

/**
 * Distinct buyers of every group (distinctBuyers.ts): each paid order with a customer, in the days of the
 * window, becomes one membership row per group it falls in; memberships are grouped per customer (count,
 * new-customer flag), then per group. New customers are counted both ways — by the orders' flag, and by
 * the first-order day (customers table, else the earliest paid order in all the data) — and the report
 * takes the one the engine's rule picks from fupan_facts.
 */
function buyersQuery(ctx: SqlContext): string | null {
  const { mapping } = ctx;
  if (mapping.tables.orders.columns.customer_id === undefined) return null;
  const id = ctx.dialect.identifier;
  const text = ctx.dialect.textType;
  const { period, phases, baseline } = mapping.calendar;
  const customers = mapping.tables.customers;
  const c = (field: SqlField<'customers'>) => fieldRef(ctx, 'customers', field, 'c');
  const firstDate = customers ? c('first_order_date') : null;
  const ctes = [...ordersCtes(ctx)];
  if (hasCategories(mapping)) ctes.push(...categoryCtes(ctx));
  ctes.push(
    [
      'fupan_first_paid AS (',
      '  SELECT o.customer_id, MIN(o.order_day) AS first_day FROM fupan_orders o',
      '  WHERE o.paid = 1 AND o.customer_id IS NOT NULL GROUP BY o.customer_id',
      ')',
    ].join('\n'),
  );
  if (customers && firstDate) {
    ctes.push(
      [
        'fupan_customer_first AS (',
        `  SELECT ${cleanText(ctx, c('customer_id'))} AS customer_id, MIN(${asDay(firstDate)}) AS first_day`,
        `  FROM ${tableName(ctx, customers.table)} c WHERE ${firstDate} IS NOT NULL`,
        `  GROUP BY ${cleanText(ctx, c('customer_id'))}`,
        ')',
      ].join('\n'),
    );
  }
  ctes.push(
    customers && firstDate
      ? [
          'fupan_first_order AS (',
          '  SELECT f.customer_id, COALESCE(t.first_day, f.first_day) AS first_day,',
          '    CASE WHEN t.first_day IS NULL THEN 0 ELSE 1 END AS in_table',
          '  FROM fupan_first_paid f LEFT JOIN fupan_customer_first t ON t.customer_id = f.customer_id',
          ')',
        ].join('\n')
      : 'fupan_first_order AS (SELECT f.customer_id, f.first_day, 0 AS in_table FROM fupan_first_paid f)',
  );
  const window = windowOf(mapping);
  ctes.push(
    [
      'fupan_paid AS (',
      '  SELECT o.customer_id, o.order_day, o.channel_key, o.new_code FROM fupan_orders o',
      `  WHERE o.paid = 1 AND o.customer_id IS NOT NULL AND o.order_day BETWEEN ${range(window)}`,
      ')',
    ].join('\n'),
  );
  const none = `CAST(NULL AS ${text})`;
  const member = (
    group: BuyerGroup,
    keys: { phase?: string; day?: string; channel?: string; category?: string },
    lo: string,
    hi: string,
    from: string,
  ): string =>
    `  SELECT '${group}' AS grp, ${keys.phase ?? 'CAST(NULL AS INTEGER)'} AS phase, ${keys.day ?? 'CAST(NULL AS DATE)'} AS member_day,` +
    ` ${keys.channel ?? none} AS channel, ${keys.category ?? none} AS category, p.customer_id, p.new_code,` +
    ` ${lo} AS lo, ${hi} AS hi\n  ${from}`;
  const lit = (day: number) => dayLiteral(isoDay(day as Day));
  const inRange = (r: DayRange) => `FROM fupan_paid p WHERE p.order_day BETWEEN ${range(r)}`;
  const members = [
    member('total', {}, lit(period.start), lit(period.end), inRange(period)),
    ...(baseline ? [member('baseline', {}, lit(baseline.start), lit(baseline.end), inRange(baseline))] : []),
    ...phases.map((phase, p) =>
      member('phase', { phase: String(p) }, lit(phase.start), lit(phase.end), inRange(phase)),
    ),
    member('channel', { channel: 'p.channel_key' }, lit(period.start), lit(period.end), inRange(period)),
    member('day', { day: 'p.order_day' }, 'p.order_day', 'p.order_day', 'FROM fupan_paid p'),
    member(
      'day_channel',
      { day: 'p.order_day', channel: 'p.channel_key' },
      'p.order_day',
      'p.order_day',
      'FROM fupan_paid p',
    ),
    ...(hasCategories(mapping)
      ? [
          member(
            'category',
            { category: 'p.category' },
            lit(period.start),
            lit(period.end),
            'FROM fupan_category_orders p WHERE p.paid = 1 AND p.customer_id IS NOT NULL',
          ),
        ]
      : []),
  ];
  ctes.push(`fupan_members AS (\n${members.join('\n  UNION ALL\n')}\n)`);
  ctes.push(
    [
      'fupan_member_counts AS (',
      '  SELECT m.grp, m.phase, m.member_day, m.channel, m.category, m.customer_id, COUNT(*) AS n,',
      '    MAX(CASE WHEN m.new_code = 1 THEN 1 ELSE 0 END) AS flagged_new, MIN(m.lo) AS lo, MIN(m.hi) AS hi',
      '  FROM fupan_members m',
      '  GROUP BY m.grp, m.phase, m.member_day, m.channel, m.category, m.customer_id',
      ')',
    ].join('\n'),
  );
  return withCtes(
    ctes,
    [
      'SELECT',
      `  m.grp AS ${id('grp')},`,
      `  m.phase AS ${id('phase')},`,
      `  ${asText(ctx, 'm.member_day')} AS ${id('day')},`,
      `  m.channel AS ${id('channel')},`,
      `  m.category AS ${id('category')},`,
      `  COUNT(*) AS ${id('buyers')},`,
      `  ${sumIf('m.n >= 2')} AS ${id('repeat_buyers')},`,
      `  SUM(m.flagged_new) AS ${id('new_by_flag')},`,
      `  ${sumIf('f.first_day BETWEEN m.lo AND m.hi')} AS ${id('new_by_first_order')},`,
      `  ${sumIf('f.in_table = 0')} AS ${id('not_in_table')}`,
      'FROM fupan_member_counts m JOIN fupan_first_order f ON f.customer_id = m.customer_id',
      'GROUP BY m.grp, m.phase, m.member_day, m.channel, m.category',
    ].join('\n'),
  );
}

/** One row of facts the engine's rules decide by: rows used, which new-customer basis, net amounts. */
function factsQuery(ctx: SqlContext): string {
  const id = ctx.dialect.identifier;
  const customers = ctx.mapping.tables.customers;
  const firstDate = customers ? fieldRef(ctx, 'customers', 'first_order_date', 'c') : null;
  const customerDays =
    customers && firstDate
      ? `(SELECT COUNT(*) FROM ${tableName(ctx, customers.table)} c WHERE ${firstDate} IS NOT NULL)`
      : '0';
  return withCtes(
    ordersCtes(ctx),
    [
      'SELECT',
      `  (SELECT COUNT(*) FROM fupan_orders_raw) AS ${id('order_rows')},`,
      `  (SELECT COUNT(*) FROM fupan_orders) AS ${id('orders_used')},`,
      `  (SELECT COUNT(*) FROM fupan_orders o WHERE o.new_code IS NOT NULL) AS ${id('new_flag_values')},`,
      `  ${customerDays} AS ${id('customer_first_days')},`,
      `  (SELECT b.net_of_refunds FROM fupan_amount_basis b) AS ${id('net_of_refunds')}`,
    ].join('\n'),
  );
}

/** Every aggregate query of the contract for this mapping, in the dialect given. */
export function aggregateQueries(dialect: Dialect, mapping: SqlMapping): AggregateQuery[] {
  const ctx: SqlContext = { dialect, mapping };
  const all: [AggregateTable, string | null][] = [
    ['fupan_order_cube', orderCubeQuery(ctx)],
    ['fupan_traffic_cube', trafficCubeQuery(ctx)],
    ['fupan_spend_cube', spendCubeQuery(ctx)],
    ['fupan_category_sums', categorySumsQuery(ctx)],
    ['fupan_buyers', buyersQuery(ctx)],
    ['fupan_facts', factsQuery(ctx)],
  ];
  return all.flatMap(([table, sql]) => (sql === null ? [] : [{ table, sql }]));
}
