import type { IngestWarning, OrderLinesTable, OrdersTable } from '../../../model/campaign';
import { ingestMessages } from '../../../messages';
import type { ReadContext } from '../../read/context';
import { dictValues } from '../../read/dictionary';
import type { AssembledOrders } from '../orders/assembleOrders';
import type { OrderDictionaries } from '../orders/orderDictionaries';
import { readLines, type ReadLines } from './readLines';
import { readPayments, type ReadPayments } from './readPayments';

export interface RelatedTables {
  /** Every orders table (those without an amount column are order headers). */
  readonly headers: readonly ReadContext<'orders'>[];
  readonly lines: readonly ReadContext<'order_lines'>[];
  readonly payments: readonly ReadContext<'payments'>[];
}

/**
 * Joins order lines and payments to the assembled orders on the order ID:
 * - an order whose header has no amount (its table has no amount column) takes Σ payment value when it
 *   has payments, else Σ (line amount + freight) of its lines, else 0; a notice says which, how often;
 * - the lines tables, when any, are the order lines (category and SKU breakdowns) in place of the orders
 *   tables' rows; an order without lines keeps one line of its amount, so that every order has a line;
 * - the orders take Σ line quantity when their own table has no quantity column.
 * Orphan lines and payments are rejected rows (see readLines, readPayments). An order header with an
 * amount keeps it.
 */
export function joinRelations(
  assembled: AssembledOrders,
  related: RelatedTables,
  dicts: OrderDictionaries,
): AssembledOrders {
  const headersWithoutAmount = related.headers.some(
    (ctx) => ctx.columns.amount === undefined && ctx.columns.unit_price === undefined,
  );
  if (related.lines.length === 0 && related.payments.length === 0 && !headersWithoutAmount) return assembled;
  const { orders, orderOfCode } = assembled;
  const n = orders.size;
  const lines = related.lines.length === 0 ? null : readLines(related.lines, dicts, orderOfCode, n);
  const payments =
    related.payments.length === 0 ? null : readPayments(related.payments, dicts.order_id, orderOfCode, n);
  const amounts = orderAmounts(orders, lines, payments);
  const warnings: IngestWarning[] = [...assembled.warnings];
  const headerSheets = related.headers
    .filter((ctx) => ctx.columns.amount === undefined && ctx.columns.unit_price === undefined)
    .map((ctx) => ctx.source.sheet);
  if (amounts.fromPayments + amounts.fromLines > 0) {
    warnings.push({
      code: 'order_amount_from_relations',
      text: ingestMessages.orderAmountFromRelations({
        headerSheets,
        fromPayments: amounts.fromPayments,
        paymentSheets: payments?.sheets ?? [],
        fromLines: amounts.fromLines,
        lineSheets: lines?.sheets ?? [],
        freightIncluded: lines?.freight != null,
      }),
    });
  }
  if (amounts.withoutSource > 0) {
    warnings.push({
      code: 'orders_without_amount',
      text: ingestMessages.ordersWithoutAmount(headerSheets, amounts.withoutSource, amounts.firstRowWithout),
    });
  }
  const quantity = orders.quantity ?? (lines === null ? null : orderQuantities(lines, n));
  const joined: OrdersTable = { ...orders, amount: amounts.amount, quantity };
  return {
    ...assembled,
    orders: joined,
    lines: lines === null ? withDerivedAmounts(assembled.lines, amounts) : linesTable(lines, joined, dicts),
    warnings,
  };
}

interface OrderAmounts {
  readonly amount: Float64Array;
  /** 1 where the header had no amount. */
  readonly derived: Uint8Array;
  readonly fromPayments: number;
  readonly fromLines: number;
  readonly withoutSource: number;
  readonly firstRowWithout: number;
}

function orderAmounts(
  orders: OrdersTable,
  lines: ReadLines | null,
  payments: ReadPayments | null,
): OrderAmounts {
  const n = orders.size;
  const amount = Float64Array.from(orders.amount);
  const derived = new Uint8Array(n);
  let lineTotal: Float64Array | null = null;
  let lineCount: Int32Array | null = null;
  if (lines !== null) {
    lineTotal = new Float64Array(n);
    lineCount = new Int32Array(n);
    for (let m = 0; m < lines.size; m++) {
      const k = lines.order[m] ?? 0;
      lineTotal[k] = (lineTotal[k] ?? 0) + (lines.value[m] ?? 0) + (lines.freight?.[m] ?? 0);
      lineCount[k] = (lineCount[k] ?? 0) + 1;
    }
  }
  let fromPayments = 0;
  let fromLines = 0;
  let withoutSource = 0;
  let firstRowWithout = Infinity;
  for (let k = 0; k < n; k++) {
    if (!Number.isNaN(amount[k] ?? NaN)) continue;
    derived[k] = 1;
    if (payments !== null && (payments.count[k] ?? 0) > 0) {
      amount[k] = payments.total[k] ?? 0;
      fromPayments++;
    } else if (lineCount !== null && (lineCount[k] ?? 0) > 0) {
      amount[k] = lineTotal?.[k] ?? 0;
      fromLines++;
    } else {
      amount[k] = 0;
      withoutSource++;
      firstRowWithout = Math.min(firstRowWithout, orders.sourceRow[k] ?? Infinity);
    }
  }
  return { amount, derived, fromPayments, fromLines, withoutSource, firstRowWithout };
}

/** Σ line quantity per order; NaN for an order none of whose lines gives one. */
function orderQuantities(lines: ReadLines, n: number): Float64Array | null {
  if (lines.quantity === null) return null;
  const quantity = new Float64Array(n).fill(NaN);
  for (let m = 0; m < lines.size; m++) {
    const q = lines.quantity[m] ?? NaN;
    if (Number.isNaN(q)) continue;
    const k = lines.order[m] ?? 0;
    quantity[k] = (Number.isNaN(quantity[k] ?? NaN) ? 0 : (quantity[k] ?? 0)) + q;
  }
  return quantity;
}

/** The lines tables' rows, then one line (the order's amount) per order that has none. */
function linesTable(lines: ReadLines, orders: OrdersTable, dicts: OrderDictionaries): OrderLinesTable {
  const hasLine = new Uint8Array(orders.size);
  for (let m = 0; m < lines.size; m++) hasLine[lines.order[m] ?? 0] = 1;
  let missing = 0;
  for (let k = 0; k < orders.size; k++) if (hasLine[k] === 0) missing++;
  const size = lines.size + missing;
  const order = new Int32Array(size);
  const amount = new Float64Array(size);
  order.set(lines.order);
  amount.set(lines.value);
  let m = lines.size;
  for (let k = 0; k < orders.size; k++) {
    if (hasLine[k] !== 0) continue;
    order[m] = k;
    amount[m] = orders.amount[k] ?? 0;
    m++;
  }
  const extend = <A extends Float64Array | Int32Array>(
    column: A | null,
    make: (n: number) => A,
    fill: number,
  ) => {
    if (column === null) return null;
    const out = make(size);
    out.set(column);
    out.fill(fill, lines.size);
    return out;
  };
  const sku = extend(lines.sku, (s) => new Int32Array(s), -1);
  const category = extend(lines.category, (s) => new Int32Array(s), -1);
  return {
    size,
    order,
    amount,
    quantity: extend(lines.quantity, (s) => new Float64Array(s), NaN),
    category: category === null ? null : { codes: category, values: dictValues(dicts.category) },
    sku: sku === null ? null : { codes: sku, values: dictValues(dicts.sku) },
  };
}

/** The orders tables' rows as lines, an order's derived amount shared equally among its rows. */
function withDerivedAmounts(lines: OrderLinesTable, amounts: OrderAmounts): OrderLinesTable {
  const rows = new Int32Array(amounts.amount.length);
  for (let m = 0; m < lines.size; m++) {
    const k = lines.order[m] ?? 0;
    rows[k] = (rows[k] ?? 0) + 1;
  }
  const amount = Float64Array.from(lines.amount);
  for (let m = 0; m < lines.size; m++) {
    const k = lines.order[m] ?? 0;
    if (amounts.derived[k] === 1) amount[m] = (amounts.amount[k] ?? 0) / (rows[k] || 1);
  }
  return { ...lines, amount };
}
