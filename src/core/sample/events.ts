import { dayFromYmd } from '../model/day';
import { indexOfDay } from './calendar';

const dec = (day: number): number => indexOfDay(dayFromYmd(2025, 12, day));

/**
 * The patterns injected for the diagnostics to find, as day indices (see calendar.ts). Each one is
 * recorded, with the numbers it produced, in SampleTruth.
 */
export const SAMPLE_EVENTS = {
  /** 2025-12-05 (warm-up): the payment gateway fails 13:00–20:00; checkouts collapse and orders stay unpaid. */
  paymentOutage: { dayIndex: dec(5), fromHour: 13, toHour: 20, volumeFactor: 0.4, hourFactor: 0.05 },
  /** 2025-12-20 (tail): invalid traffic on feed ads — five times the visitors, nearly all bouncing, no sales. */
  trafficSpike: { dayIndex: dec(20), channel: 'feed', uvFactor: 5, botBounceRate: 0.95, spendFactor: 2.2 },
  /**
   * The hero SKU sells out on the big day 2025-12-12 once the paid units reach this share of the day's
   * demand; it cannot be bought again until the restock on 2025-12-17.
   */
  stockout: { sku: 'GS-601', dayIndex: dec(12), restockIndex: dec(17), shareInStock: 0.45 },
  /**
   * Coupon abuse: accounts registered in one burst on 2025-12-09 from 01:10, sharing 3 devices, 2 IPs and
   * 2 delivery addresses, each using the new-customer coupon on a cheap SKU when the peak opens.
   */
  couponAbuse: {
    minAccounts: 36,
    maxAccounts: 48,
    devices: 3,
    ips: 2,
    addresses: 2,
    registrationIndex: dec(9),
    registrationFromSecond: 1 * 3600 + 10 * 60,
    registrationSpanSeconds: 45 * 60,
    firstOrderIndex: dec(10),
    firstOrderSpanSeconds: 20 * 60,
    repeatShare: 0.5,
    sku: 'PC-403',
    couponCents: 5000,
    channel: 'affiliate',
  },
  /** Checkout experiment over the whole campaign: variant B fails fewer payments (unpaid / cancelled × 0.7). */
  abTest: { fromIndex: dec(1), toIndex: dec(30), failureFactorB: 0.7 },
} as const;
