import { isPaidStatusCode, type IngestWarning, type OrdersTable } from '../../../model/campaign';
import { ingestMessages } from '../../../messages';
import type { ReadContext } from '../../read/context';

/** paid + refund = total "within a cent": amounts are in currency units with at most two decimals. */
export const CENT = 0.01 + 1e-9;
/** "Nearly all" paid orders with a refund must fit the rule for the paid amounts to be read as net. */
export const NET_SHARE = 0.99;

/**
 * The two amounts of the orders (docs/metrics.md, "Two amounts"). With an order total beside the paid
 * amount, decides whether the paid amounts are already net of refunds: it is so when, on (nearly) every
 * paid order with a refund, paid + refund = total within a cent (Tmall's report: 买家实际支付金额 + 退款金额 =
 * 总金额). Net sales then are the paid sales, and the warning names the rule and its count.
 */
export function withOrderTotals(
  orders: OrdersTable,
  tables: readonly ReadContext<'orders'>[],
): { orders: OrdersTable; warnings: IngestWarning[] } {
  const { total, refund, amount, status } = orders;
  if (total === null) return { orders, warnings: [] };
  const names = headersOf(tables);
  let refunded = 0;
  let matching = 0;
  if (refund !== null) {
    for (let k = 0; k < orders.size; k++) {
      const r = refund[k]!;
      if (!(r > 0) || !isPaidStatusCode(status[k]!)) continue;
      refunded++;
      if (Math.abs(amount[k]! + r - total.values[k]!) <= CENT) matching++;
    }
  }
  const net = refunded > 0 && matching >= NET_SHARE * refunded;
  if (!net) {
    return {
      orders,
      warnings: [{ code: 'two_amounts', text: ingestMessages.totalBesideAmount(names.total, names.paid) }],
    };
  }
  return {
    orders: { ...orders, total: { values: total.values, paidNetOfRefunds: true } },
    warnings: [
      {
        code: 'paid_net_of_refunds',
        text: ingestMessages.paidNetOfRefunds(matching, refunded, names.total, names.paid),
      },
    ],
  };
}

/** The headers of the total and paid-amount columns, from the first table that has a total. */
function headersOf(tables: readonly ReadContext<'orders'>[]): { total: string; paid: string } {
  const ctx = tables.find((t) => t.columns.total_amount !== undefined) ?? tables[0];
  const header = (column: number | undefined) =>
    column === undefined || ctx === undefined ? '' : (ctx.headers[column] ?? '');
  return { total: header(ctx?.columns.total_amount), paid: header(ctx?.columns.amount) };
}
