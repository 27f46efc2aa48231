import { SECONDS_PER_DAY } from './calendar';
import { SAMPLE_EVENTS } from './events';
import type { Random } from './random';

/** One abuse order: when (seconds since the window's start) and by which of the cluster's accounts. */
export interface AbuseOrder {
  readonly second: number;
  readonly account: number;
}

export interface AbusePlan {
  readonly accounts: number;
  /** Registration time of each account, seconds since the window's start. */
  readonly registrationSecond: Int32Array;
  /** Sorted by time. */
  readonly orders: readonly AbuseOrder[];
}

/**
 * The coupon-abuse cluster (see events.ts): its size, its registration burst, and its orders — every account
 * orders once in the first minutes of the peak, half of them again on 12-11 or 12-12.
 */
export function planCouponAbuse(random: Random): AbusePlan {
  const spec = SAMPLE_EVENTS.couponAbuse;
  const accounts = spec.minAccounts + random.int(spec.maxAccounts - spec.minAccounts + 1);
  const registrationStart = spec.registrationIndex * SECONDS_PER_DAY + spec.registrationFromSecond;
  const registrationSecond = Int32Array.from({ length: accounts }, () =>
    Math.floor(registrationStart + random.next() * spec.registrationSpanSeconds),
  ).sort();
  const orders: AbuseOrder[] = [];
  const firstOrderStart = spec.firstOrderIndex * SECONDS_PER_DAY;
  for (let account = 0; account < accounts; account++) {
    orders.push({ second: firstOrderStart + random.int(spec.firstOrderSpanSeconds), account });
    if (random.chance(spec.repeatShare)) {
      const day = spec.firstOrderIndex + 1 + random.int(2);
      orders.push({ second: day * SECONDS_PER_DAY + 9 * 3600 + random.int(14 * 3600), account });
    }
  }
  orders.sort((a, b) => a.second - b.second || a.account - b.account);
  return { accounts, registrationSecond, orders };
}
