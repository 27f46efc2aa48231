/**
 * The generated orders before they become cells: columnar, locale-neutral, money in integer cents. Every
 * sheet and every number of SampleTruth is derived from it, so the zh and en workbooks carry the same data.
 * Orders are in time order; each order's lines are consecutive.
 *
 * Customers are indices: [0, pool) existed before the window, [pool, pool + abuseAccounts) are the abuse
 * cluster, the rest are first seen in the window.
 */
export interface OrderLedger {
  readonly orderCount: number;
  readonly lineCount: number;
  /** Seconds since 2025-11-01 00:00. */
  readonly orderSecond: Int32Array;
  /** -1 when never paid. */
  readonly paySecond: Int32Array;
  readonly customer: Int32Array;
  /** Index into the active channels. */
  readonly channel: Uint8Array;
  /** Code into SAMPLE_STATUSES. */
  readonly status: Uint8Array;
  readonly isNew: Uint8Array;
  /** -1 outside the experiment, 0 = A, 1 = B. */
  readonly variant: Int8Array;
  readonly firstLine: Int32Array;
  readonly lines: Uint8Array;

  readonly lineOrder: Int32Array;
  /** Index into SAMPLE_SKUS. */
  readonly sku: Uint8Array;
  readonly quantity: Uint8Array;
  readonly listCents: Int32Array;
  readonly discountCents: Int32Array;
  readonly couponCents: Int32Array;
  readonly amountCents: Int32Array;
  readonly refundCents: Int32Array;
  readonly cogsCents: Int32Array;

  readonly customerCount: number;
  readonly pool: number;
  readonly abuseFirst: number;
  readonly abuseAccounts: number;
}

export function isAbuseCustomer(ledger: OrderLedger, customer: number): boolean {
  return customer >= ledger.abuseFirst && customer < ledger.abuseFirst + ledger.abuseAccounts;
}
