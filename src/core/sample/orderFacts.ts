import { SECONDS_PER_DAY } from './calendar';
import type { OrderLedger } from './ledger';
import { isPaidCode } from './statuses';

/**
 * Per order, what the KPI contract reads: line sums (cents) and the order date — the pay day for paid
 * orders, else the order day (day indices).
 */
export interface OrderFacts {
  readonly amountCents: Float64Array;
  readonly refundCents: Float64Array;
  /** Discount + coupon. */
  readonly discountCents: Float64Array;
  readonly cogsCents: Float64Array;
  readonly paid: Uint8Array;
  readonly orderDay: Int32Array;
  readonly kpiDay: Int32Array;
}

export function orderFacts(ledger: OrderLedger): OrderFacts {
  const n = ledger.orderCount;
  const facts = {
    amountCents: new Float64Array(n),
    refundCents: new Float64Array(n),
    discountCents: new Float64Array(n),
    cogsCents: new Float64Array(n),
    paid: new Uint8Array(n),
    orderDay: new Int32Array(n),
    kpiDay: new Int32Array(n),
  };
  for (let line = 0; line < ledger.lineCount; line++) {
    const order = ledger.lineOrder[line] ?? 0;
    facts.amountCents[order] = (facts.amountCents[order] ?? 0) + (ledger.amountCents[line] ?? 0);
    facts.refundCents[order] = (facts.refundCents[order] ?? 0) + (ledger.refundCents[line] ?? 0);
    facts.discountCents[order] =
      (facts.discountCents[order] ?? 0) + (ledger.discountCents[line] ?? 0) + (ledger.couponCents[line] ?? 0);
    facts.cogsCents[order] = (facts.cogsCents[order] ?? 0) + (ledger.cogsCents[line] ?? 0);
  }
  for (let order = 0; order < n; order++) {
    const paid = isPaidCode(ledger.status[order] ?? 0);
    const orderDay = Math.floor((ledger.orderSecond[order] ?? 0) / SECONDS_PER_DAY);
    facts.paid[order] = paid ? 1 : 0;
    facts.orderDay[order] = orderDay;
    facts.kpiDay[order] = paid ? Math.floor((ledger.paySecond[order] ?? 0) / SECONDS_PER_DAY) : orderDay;
  }
  return facts;
}
