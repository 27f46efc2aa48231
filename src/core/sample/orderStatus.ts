import { dayFromYmd } from '../model/day';
import { SECONDS_PER_DAY, indexOfDay } from './calendar';
import { SAMPLE_EVENTS } from './events';
import type { Random } from './random';
import { STATUS } from './statuses';

/** Per phase (baseline, warm-up, peak, tail): unpaid, cancelled, refunded, partially refunded shares. */
const RATES = [
  [0.015, 0.05, 0.03, 0.015],
  [0.015, 0.055, 0.035, 0.015],
  [0.025, 0.07, 0.06, 0.025],
  [0.015, 0.05, 0.035, 0.015],
] as const;
/** During the payment outage. */
const OUTAGE_UNPAID = 0.2;
const OUTAGE_CANCELLED = 0.25;
/** Refunds still open at export time are recent; so are orders not yet confirmed received. */
const REFUNDING_FROM = indexOfDay(dayFromYmd(2025, 12, 24));
const SHIPPED_FROM = indexOfDay(dayFromYmd(2025, 12, 21));

/**
 * An order's status. Variant B of the checkout experiment fails fewer payments; categories with more
 * returns (beauty devices) raise the refund shares through `refundFactor`.
 */
export function drawStatus(
  random: Random,
  phase: number,
  second: number,
  variant: number,
  refundFactor: number,
): number {
  const day = Math.floor(second / SECONDS_PER_DAY);
  const rates = RATES[phase] ?? RATES[0];
  const outage = SAMPLE_EVENTS.paymentOutage;
  const hour = Math.floor((second % SECONDS_PER_DAY) / 3600);
  const inOutage = day === outage.dayIndex && hour >= outage.fromHour && hour < outage.toHour;
  const failure = variant === 1 ? SAMPLE_EVENTS.abTest.failureFactorB : 1;
  const unpaid = (inOutage ? OUTAGE_UNPAID : rates[0]) * failure;
  const cancelled = (inOutage ? OUTAGE_CANCELLED : rates[1]) * failure;
  let r = random.next();
  if (r < unpaid) return STATUS.unpaid;
  r -= unpaid;
  if (r < cancelled) return STATUS.cancelled;
  return paidStatus(random, day, rates[2] * refundFactor, rates[3] * refundFactor);
}

/** The status of an order that was paid. */
export function paidStatus(random: Random, day: number, refunded: number, partial: number): number {
  const refunding = day >= REFUNDING_FROM ? 0.03 : 0.003;
  let r = random.next();
  if (r < refunded) return STATUS.refunded;
  r -= refunded;
  if (r < partial) return STATUS.partially_refunded;
  r -= partial;
  if (r < refunding) return STATUS.refunding;
  return random.chance(day >= SHIPPED_FROM ? 0.85 : 0.03) ? STATUS.shipped : STATUS.completed;
}

/** Seconds from order to payment: mostly minutes, sometimes hours. */
export function payDelay(random: Random): number {
  const r = random.next();
  if (r < 0.72) return 20 + random.int(280);
  if (r < 0.96) return 300 + random.int(3300);
  return 3600 + random.int(54_000);
}
