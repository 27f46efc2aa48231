import { at } from './at';
import { PHASE_OF_INDEX, SECONDS_PER_DAY } from './calendar';
import { SAMPLE_SKUS } from './catalog';
import { SAMPLE_EVENTS } from './events';
import { isAbuseCustomer, type OrderLedger } from './ledger';
import type { Random } from './random';
import { STATUS } from './statuses';

/** Per phase (baseline, warm-up, peak, tail): share of orders with a store discount, and using a coupon. */
const DISCOUNT_SHARE = [0.35, 0.5, 0.5, 0.45] as const;
const COUPON_SHARE = [0.2, 0.3, 0.6, 0.3] as const;
/** Coupon tiers: spend at least `min` cents, save `value` cents. */
const COUPONS = [
  { min: 9_900, value: 1_000 },
  { min: 19_900, value: 2_000 },
  { min: 29_900, value: 3_000 },
  { min: 49_900, value: 5_000 },
  { min: 99_900, value: 10_000 },
] as const;
const PEAK = 2;

/**
 * Money, in cents, line by line: list value (unit list price × quantity), the store discount (5–10 % off;
 * at the peak 40 off every 300), the coupon (apportioned over the lines by list value), the amount paid
 * (list − discount − coupon), cost of goods, and refunds (refunded: every line in full; partially
 * refunded: one line of a multi-line order, or 15–60 % of a single line; refunding: nothing returned
 * yet). The abuse cluster pays list − the 50-yuan new-customer coupon.
 */
export function priceLines(ledger: OrderLedger, random: Random): void {
  for (let order = 0; order < ledger.orderCount; order++) {
    const first = ledger.firstLine[order] ?? 0;
    const end = first + (ledger.lines[order] ?? 0);
    const phase = PHASE_OF_INDEX[Math.floor((ledger.orderSecond[order] ?? 0) / SECONDS_PER_DAY)] ?? 0;
    let list = 0;
    for (let line = first; line < end; line++) {
      const sku = at(SAMPLE_SKUS, ledger.sku[line] ?? 0);
      const quantity = ledger.quantity[line] ?? 1;
      ledger.listCents[line] = Math.round(sku.listPrice * 100) * quantity;
      ledger.cogsCents[line] = Math.round(sku.listPrice * sku.costRatio * 100) * quantity;
      list += ledger.listCents[line] ?? 0;
    }
    const abusive = isAbuseCustomer(ledger, ledger.customer[order] ?? 0);
    const discount = abusive ? 0 : storeDiscount(random, phase, list);
    const coupon = abusive
      ? Math.min(SAMPLE_EVENTS.couponAbuse.couponCents, list - 100)
      : drawCoupon(random, phase, list - discount);
    apportion(ledger, first, end, list, discount, ledger.discountCents);
    apportion(ledger, first, end, list, coupon, ledger.couponCents);
    for (let line = first; line < end; line++) {
      ledger.amountCents[line] =
        (ledger.listCents[line] ?? 0) - (ledger.discountCents[line] ?? 0) - (ledger.couponCents[line] ?? 0);
      ledger.refundCents[line] = 0;
    }
    refund(ledger, random, ledger.status[order] ?? 0, first, end);
  }
}

function storeDiscount(random: Random, phase: number, list: number): number {
  if (phase === PEAK) {
    const fullReduction = Math.floor(list / 30_000) * 4_000;
    if (fullReduction > 0) return fullReduction;
  }
  if (!random.chance(DISCOUNT_SHARE[phase] ?? 0)) return 0;
  return Math.round(list * random.between(0.05, 0.1));
}

function drawCoupon(random: Random, phase: number, payable: number): number {
  if (!random.chance(COUPON_SHARE[phase] ?? 0)) return 0;
  let tier = -1;
  COUPONS.forEach((coupon, index) => {
    if (coupon.min <= payable) tier = index;
  });
  if (tier > 0 && random.chance(0.3)) tier--;
  const value = COUPONS[tier]?.value ?? 0;
  return Math.min(value, Math.floor(payable / 2));
}

/** Splits an order-level amount over its lines by list value; the last line takes the rounding rest. */
function apportion(
  ledger: OrderLedger,
  first: number,
  end: number,
  list: number,
  total: number,
  into: Int32Array,
): void {
  let given = 0;
  for (let line = first; line < end - 1; line++) {
    const part = list > 0 ? Math.floor((total * (ledger.listCents[line] ?? 0)) / list) : 0;
    into[line] = part;
    given += part;
  }
  into[end - 1] = total - given;
}

function refund(ledger: OrderLedger, random: Random, status: number, first: number, end: number): void {
  if (status === STATUS.refunded) {
    for (let line = first; line < end; line++) ledger.refundCents[line] = ledger.amountCents[line] ?? 0;
  } else if (status === STATUS.partially_refunded) {
    if (end - first > 1) {
      const line = first + random.int(end - first);
      ledger.refundCents[line] = ledger.amountCents[line] ?? 0;
    } else {
      ledger.refundCents[first] = Math.round((ledger.amountCents[first] ?? 0) * random.between(0.15, 0.6));
    }
  }
}
