import { CATEGORY_SUM, CATEGORY_SUM_WIDTH } from './accumulate/categoryTotals';
import { ORDER_SUM, ORDER_SUM_WIDTH } from './accumulate/orderCube';
import { sumCube } from './accumulate/sumCube';
import { TRAFFIC_SUM_WIDTH } from './accumulate/trafficCube';
import type { Cubes } from './cubes';
import type { GroupSums } from './groupMeasures';

/** A group of days (slots from..to), for one channel or all, and its index in the distinct counts. */
export interface GroupSpec {
  readonly from: number;
  readonly to: number;
  readonly channel: number | null;
  readonly group: number;
  /**
   * The whole campaign period (the total, or a channel over it): spend rows without a date and traffic rows
   * giving a period total belong here, and to no day, phase or baseline.
   */
  readonly wholePeriod: boolean;
}

/** The sums of a group of days × channels: slices of the cubes, and the group's distinct counts. */
export function groupSums(acc: Cubes, spec: GroupSpec): GroupSums {
  const { channels, layout, orderCube, trafficCube, spendCube, distinct } = acc;
  const { from, to, channel, group } = spec;
  const width = channels.size;
  let buyerDays = 0;
  if (distinct) {
    for (let slot = from; slot <= to; slot++) {
      buyerDays +=
        distinct.buyers[channel === null ? layout.day0 + slot : layout.cell0 + slot * width + channel]!;
    }
  }
  let spend = 0;
  if (spendCube) {
    spend = sumCube(spendCube.sums, width, 1, from, to, channel)[0]!;
    if (spec.wholePeriod) {
      for (let c = channel ?? 0; c <= (channel ?? width - 1); c++) spend += spendCube.undated[c]!;
    }
  }
  // An undated traffic row is a period total of unique visitors: site-wide (no channel) or per channel.
  const periodUvAt =
    channel === null ? channels.unattributed : channel === channels.unattributed ? -1 : channel;
  const periodUv =
    trafficCube && spec.wholePeriod && periodUvAt >= 0 && trafficCube.hasPeriodUv[periodUvAt] === 1
      ? trafficCube.periodUv[periodUvAt]!
      : null;
  return {
    orders: sumCube(orderCube.sums, width, ORDER_SUM_WIDTH, from, to, channel),
    buyers: distinct ? distinct.buyers[group]! : 0,
    repeatBuyers: distinct ? distinct.repeatBuyers[group]! : 0,
    newBuyers: distinct ? distinct.newBuyers[group]! : 0,
    buyerDays,
    traffic: trafficCube
      ? sumCube(trafficCube.sums, width, TRAFFIC_SUM_WIDTH, from, to, channel)
      : new Float64Array(TRAFFIC_SUM_WIDTH),
    periodUv,
    spend,
  };
}

/** The sums of category slot k over the campaign period (line-level figures only; see measureAvailability). */
export function categoryGroupSums(acc: Cubes, k: number): GroupSums {
  const sums = acc.categorySums!;
  const base = k * CATEGORY_SUM_WIDTH;
  const orders = new Float64Array(ORDER_SUM_WIDTH);
  orders[ORDER_SUM.gmv] = sums[base + CATEGORY_SUM.gmv]!;
  orders[ORDER_SUM.orders] = sums[base + CATEGORY_SUM.orders]!;
  orders[ORDER_SUM.paidSales] = sums[base + CATEGORY_SUM.paidSales]!;
  orders[ORDER_SUM.paidOrders] = sums[base + CATEGORY_SUM.paidOrders]!;
  orders[ORDER_SUM.refundedOrders] = sums[base + CATEGORY_SUM.refundedOrders]!;
  const g = acc.layout.category0 + k;
  const { distinct } = acc;
  return {
    orders,
    buyers: distinct ? distinct.buyers[g]! : 0,
    repeatBuyers: distinct ? distinct.repeatBuyers[g]! : 0,
    newBuyers: distinct ? distinct.newBuyers[g]! : 0,
    buyerDays: 0,
    traffic: new Float64Array(TRAFFIC_SUM_WIDTH),
    periodUv: null,
    spend: 0,
  };
}
