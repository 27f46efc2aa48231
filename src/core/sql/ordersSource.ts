import { STATUS_WORDS } from '../ingest/parse/status';
import { FLAG_WORDS } from '../ingest/parse/flag';
import { NEW_CUSTOMER_WORDS } from '../ingest/parse/newCustomer';
import { wordKey } from '../ingest/parse/words';
import { CENT, NET_SHARE } from '../ingest/tables/orders/orderTotals';
import { isPaidStatusCode, ORDER_STATUSES, STATUS_CODE } from '../model/campaign';
import { columnOf, type SqlField, type SqlMapping, type SqlTableKind } from './mapping';
import type { Dialect } from './dialects';

/** What every query is written with: the dialect and the mapping. */
export interface SqlContext {
  readonly dialect: Dialect;
  readonly mapping: SqlMapping;
}

/** A table name; 'schema.table' quotes each part. */
export function tableName(ctx: SqlContext, name: string): string {
  return name.split('.').map(ctx.dialect.identifier).join('.');
}

/** `alias.column` of a field, or null when the table does not have it. */
export function fieldRef<K extends SqlTableKind>(
  ctx: SqlContext,
  kind: K,
  field: SqlField<K>,
  alias: string,
): string | null {
  const column = columnOf(ctx.mapping, kind, field);
  return column === null ? null : `${alias}.${ctx.dialect.identifier(column)}`;
}

export const asText = (ctx: SqlContext, expr: string): string => `CAST(${expr} AS ${ctx.dialect.textType})`;
export const asDay = (expr: string): string => `CAST(CAST(${expr} AS TIMESTAMP) AS DATE)`;
export const asNumber = (expr: string | null): string => `CAST(${expr ?? 'NULL'} AS DOUBLE)`;
/** Trimmed text, NULL when blank. */
export const cleanText = (ctx: SqlContext, expr: string | null): string =>
  expr === null ? `CAST(NULL AS ${ctx.dialect.textType})` : `NULLIF(TRIM(${asText(ctx, expr)}), '')`;
/** The channel key of the engine's channelKey(): trimmed, lower case (NULL when blank). */
export const channelKeyOf = (ctx: SqlContext, expr: string | null): string =>
  expr === null ? `CAST(NULL AS ${ctx.dialect.textType})` : `NULLIF(LOWER(TRIM(${asText(ctx, expr)})), '')`;
export const dayLiteral = (iso: string): string => `DATE '${iso}'`;

/** A word cell's key as ingest's wordKey reads it: trimmed, lower case, '_' and '-' as spaces. */
const wordKeyOf = (ctx: SqlContext, expr: string): string =>
  `REPLACE(REPLACE(LOWER(TRIM(${asText(ctx, expr)})), '_', ' '), '-', ' ')`;

const wordList = (ctx: SqlContext, words: readonly string[]): string =>
  [...new Set(words.map(wordKey))].map(ctx.dialect.string).join(', ');

/** The codes of ORDER_STATUSES counted as paid (isPaidStatusCode). */
export const PAID_CODES = ORDER_STATUSES.map((s) => STATUS_CODE[s])
  .filter(isPaidStatusCode)
  .join(', ');

/** Status words → STATUS_CODE, from ingest's own word lists; an unknown word is NULL (ingest rejects it). */
function statusCode(ctx: SqlContext, status: string | null, payTime: string | null): string {
  if (status === null) {
    // Ingest: without a status column, paid when the order has a pay time (with a pay-time column), else paid.
    return payTime === null
      ? String(STATUS_CODE.paid)
      : `CASE WHEN ${payTime} IS NULL THEN ${STATUS_CODE.unpaid} ELSE ${STATUS_CODE.paid} END`;
  }
  const key = wordKeyOf(ctx, status);
  const arms = ORDER_STATUSES.map(
    (s) => `    WHEN ${key} IN (${wordList(ctx, STATUS_WORDS[s])}) THEN ${STATUS_CODE[s]}`,
  );
  // An empty status reads as paid (ingest does so, with a warning).
  return [
    `CASE WHEN ${cleanText(ctx, status)} IS NULL THEN ${STATUS_CODE.paid}`,
    ...arms,
    '    ELSE NULL END',
  ].join('\n');
}

/** The new-customer flag: 1 new, 0 returning, NULL unknown (ingest's flag words). */
function newCode(ctx: SqlContext, flag: string | null): string {
  if (flag === null) return 'CAST(NULL AS INTEGER)';
  const key = wordKeyOf(ctx, flag);
  const yes = wordList(ctx, [...FLAG_WORDS.yes, ...NEW_CUSTOMER_WORDS.yes]);
  const no = wordList(ctx, [...FLAG_WORDS.no, ...NEW_CUSTOMER_WORDS.no]);
  return `CASE WHEN ${key} IN (${yes}) THEN 1 WHEN ${key} IN (${no}) THEN 0 ELSE NULL END`;
}

/**
 * The common table expressions of the orders, as the engine sees them after ingest:
 * - fupan_orders_raw: the mapped columns, typed; status and new-customer words coded;
 * - fupan_orders: the usable orders (an order id, an order time, an amount and a known status: ingest
 *   rejects the others), each with its contract day (the pay day of a paid order when known, else the
 *   order day), whether it is paid, its refund (own column, else the refunds table summed per order) and
 *   the amount refunded by the contract (the refund, else the whole amount of a refunded order);
 * - fupan_amount_basis: whether the paid amounts are already net of refunds (orderTotals.ts).
 */
export function ordersCtes(ctx: SqlContext): string[] {
  const { mapping } = ctx;
  const f = (field: SqlField<'orders'>) => fieldRef(ctx, 'orders', field, 'o');
  const payTime = f('pay_time');
  const discount = f('discount');
  const coupon = f('coupon');
  const discountExpr =
    discount === null && coupon === null
      ? asNumber(null)
      : discount !== null && coupon !== null
        ? `CASE WHEN ${discount} IS NULL AND ${coupon} IS NULL THEN NULL ELSE COALESCE(${asNumber(discount)}, 0) + COALESCE(${asNumber(coupon)}, 0) END`
        : asNumber(discount ?? coupon);
  const raw = [
    'fupan_orders_raw AS (',
    '  SELECT',
    `    ${cleanText(ctx, f('order_id'))} AS order_id,`,
    `    CAST(${f('order_time')} AS TIMESTAMP) AS order_time,`,
    `    CAST(${payTime ?? 'NULL'} AS TIMESTAMP) AS pay_time,`,
    `    ${cleanText(ctx, f('customer_id'))} AS customer_id,`,
    `    ${asNumber(f('amount'))} AS amount,`,
    `    ${asNumber(f('total_amount'))} AS total_amount,`,
    `    ${statusCode(ctx, f('status'), payTime)} AS status_code,`,
    `    ${channelKeyOf(ctx, f('channel'))} AS channel_key,`,
    `    ${cleanText(ctx, f('channel'))} AS channel_label,`,
    `    ${cleanText(ctx, f('category'))} AS category,`,
    `    ${discountExpr} AS discount,`,
    `    ${asNumber(f('refund_amount'))} AS own_refund,`,
    `    ${asNumber(f('cogs'))} AS cogs,`,
    `    ${newCode(ctx, f('is_new'))} AS new_code`,
    `  FROM ${tableName(ctx, mapping.tables.orders.table)} o`,
    ')',
  ].join('\n');
  const refunds = mapping.tables.refunds;
  const fromRefundsTable = f('refund_amount') === null && refunds !== undefined;
  const ctes = [raw];
  if (fromRefundsTable) {
    const r = (field: SqlField<'refunds'>) => fieldRef(ctx, 'refunds', field, 'r');
    ctes.push(
      [
        'fupan_refunds AS (',
        `  SELECT ${cleanText(ctx, r('order_id'))} AS order_id, SUM(${asNumber(r('refund_amount'))}) AS refund`,
        `  FROM ${tableName(ctx, refunds.table)} r`,
        `  WHERE ${r('refund_amount')} IS NOT NULL`,
        `  GROUP BY ${cleanText(ctx, r('order_id'))}`,
        ')',
      ].join('\n'),
    );
  }
  const refund = fromRefundsTable ? 'x.refund' : 'o.own_refund';
  const paid = `o.status_code IN (${PAID_CODES})`;
  const refunded = `CASE WHEN ${refund} IS NOT NULL THEN ${refund} WHEN o.status_code = ${STATUS_CODE.refunded} THEN o.amount ELSE 0 END`;
  ctes.push(
    [
      'fupan_orders AS (',
      '  SELECT o.order_id, o.customer_id, o.amount, o.total_amount, o.status_code, o.channel_key,',
      '    o.channel_label, o.category, o.discount, o.cogs, o.new_code,',
      `    CAST(CASE WHEN ${paid} AND o.pay_time IS NOT NULL THEN o.pay_time ELSE o.order_time END AS DATE) AS order_day,`,
      `    CASE WHEN ${paid} THEN 1 ELSE 0 END AS paid,`,
      `    ${refund} AS refund,`,
      `    CASE WHEN ${paid} THEN ${refunded} ELSE 0 END AS refunded,`,
      `    CASE WHEN ${paid} AND (${refunded} > 0 OR o.status_code IN (${STATUS_CODE.refunded}, ${STATUS_CODE.partially_refunded})) THEN 1 ELSE 0 END AS refunded_order`,
      '  FROM fupan_orders_raw o',
      ...(fromRefundsTable ? ['  LEFT JOIN fupan_refunds x ON x.order_id = o.order_id'] : []),
      '  WHERE o.order_id IS NOT NULL AND o.order_time IS NOT NULL AND o.amount IS NOT NULL',
      '    AND o.status_code IS NOT NULL',
      ')',
    ].join('\n'),
  );
  const withRefund = 'o.paid = 1 AND o.refund > 0';
  ctes.push(
    f('total_amount') === null
      ? 'fupan_amount_basis AS (SELECT 0 AS net_of_refunds)'
      : [
          'fupan_amount_basis AS (',
          `  SELECT CASE WHEN SUM(CASE WHEN ${withRefund} THEN 1 ELSE 0 END) > 0`,
          `    AND SUM(CASE WHEN ${withRefund} AND ABS(o.amount + o.refund - o.total_amount) <= ${CENT} THEN 1 ELSE 0 END)`,
          `      >= ${NET_SHARE} * SUM(CASE WHEN ${withRefund} THEN 1 ELSE 0 END)`,
          '    THEN 1 ELSE 0 END AS net_of_refunds',
          '  FROM fupan_orders o',
          ')',
        ].join('\n'),
  );
  return ctes;
}
