import { SAMPLE_DAY_COUNT } from './calendar';
import type { OrderFacts } from './orderFacts';
import type { OrderLedger } from './ledger';

/**
 * Orders summed per day × channel (cell = day * channels + channel), by the KPI contract's order date, plus
 * the distinct buyers that the traffic table's funnel columns report:
 *   payingBuyers   distinct customers with a paid order dated that day, per channel (= 支付买家数)
 *   orderingBuyers distinct customers who placed an order that calendar day, per channel (any status)
 *   dayBuyers      distinct paying customers per day over all channels (the CVR numerator)
 */
export interface ChannelDays {
  readonly channels: number;
  readonly paidSalesCents: Float64Array;
  readonly payingBuyers: Int32Array;
  readonly orderingBuyers: Int32Array;
  readonly dayBuyers: Int32Array;
}

export function channelDays(ledger: OrderLedger, facts: OrderFacts, channels: number): ChannelDays {
  const cells = SAMPLE_DAY_COUNT * channels;
  const paidSalesCents = new Float64Array(cells);
  const payers = Array.from({ length: SAMPLE_DAY_COUNT }, () => new Set<number>());
  const orderers = Array.from({ length: SAMPLE_DAY_COUNT }, () => new Set<number>());
  const dayPayers = Array.from({ length: SAMPLE_DAY_COUNT }, () => new Set<number>());
  for (let order = 0; order < ledger.orderCount; order++) {
    const channel = ledger.channel[order] ?? 0;
    const customer = ledger.customer[order] ?? 0;
    orderers[facts.orderDay[order] ?? 0]?.add(customer * channels + channel);
    if (!facts.paid[order]) continue;
    const day = facts.kpiDay[order] ?? 0;
    const cell = day * channels + channel;
    paidSalesCents[cell] = (paidSalesCents[cell] ?? 0) + (facts.amountCents[order] ?? 0);
    payers[day]?.add(customer * channels + channel);
    dayPayers[day]?.add(customer);
  }
  return {
    channels,
    paidSalesCents,
    payingBuyers: countByCell(payers, channels),
    orderingBuyers: countByCell(orderers, channels),
    dayBuyers: Int32Array.from(dayPayers, (set) => set.size),
  };
}

function countByCell(days: readonly Set<number>[], channels: number): Int32Array {
  const counts = new Int32Array(SAMPLE_DAY_COUNT * channels);
  days.forEach((keys, day) => {
    for (const key of keys) {
      const cell = day * channels + (key % channels);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  });
  return counts;
}
