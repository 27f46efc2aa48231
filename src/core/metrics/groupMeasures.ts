import { cogsMissing } from '../messages/metrics';
import type { LocalizedText } from '../model/text';
import { ORDER_SUM } from './accumulate/orderCube';
import { TRAFFIC_SUM } from './accumulate/trafficCube';
import { known, missing, type KpiValue } from './kpiValue';
import { MEASURE_IDS, type MeasureId, type MeasureSet } from './measures';

/** One group's accumulated sums, in the layouts of ORDER_SUM and TRAFFIC_SUM. */
export interface GroupSums {
  readonly orders: ArrayLike<number>;
  readonly buyers: number;
  readonly repeatBuyers: number;
  readonly newBuyers: number;
  /** Σ over the group's days of each day's distinct paying buyers. */
  readonly buyerDays: number;
  readonly traffic: ArrayLike<number>;
  /** A period total of unique visitors given by the traffic table, which replaces Σ daily UV. */
  readonly periodUv: number | null;
  readonly spend: number;
}

const READ: Readonly<Record<MeasureId, (s: GroupSums) => number>> = {
  gmv: (s) => s.orders[ORDER_SUM.gmv]!,
  orders: (s) => s.orders[ORDER_SUM.orders]!,
  paid_sales: (s) => s.orders[ORDER_SUM.paidSales]!,
  paid_orders: (s) => s.orders[ORDER_SUM.paidOrders]!,
  refunds: (s) => s.orders[ORDER_SUM.refunds]!,
  refunds_deducted: (s) => s.orders[ORDER_SUM.refundsDeducted]!,
  refunded_orders: (s) => s.orders[ORDER_SUM.refundedOrders]!,
  discount: (s) => s.orders[ORDER_SUM.discount]!,
  cogs: (s) => s.orders[ORDER_SUM.cogs]!,
  buyers: (s) => s.buyers,
  repeat_buyers: (s) => s.repeatBuyers,
  new_buyers: (s) => s.newBuyers,
  buyer_days: (s) => s.buyerDays,
  uv: (s) => s.periodUv ?? s.traffic[TRAFFIC_SUM.uv]!,
  visitor_days: (s) => s.traffic[TRAFFIC_SUM.uv]!,
  pv: (s) => s.traffic[TRAFFIC_SUM.pv]!,
  sessions: (s) => s.traffic[TRAFFIC_SUM.sessions]!,
  bounces: (s) => s.traffic[TRAFFIC_SUM.bounces]!,
  bounce_base: (s) => s.traffic[TRAFFIC_SUM.bounceBase]!,
  add_to_cart: (s) => s.traffic[TRAFFIC_SUM.addToCart]!,
  spend: (s) => s.spend,
};

/** A group's measures: its sums, or the scope's reason where a measure is absent. */
export function groupMeasures(
  sums: GroupSums,
  absent: Readonly<Record<MeasureId, LocalizedText | null>>,
): MeasureSet {
  const out = {} as Record<MeasureId, KpiValue>;
  for (const id of MEASURE_IDS) {
    const reason = absent[id];
    out[id] = reason ? missing(reason) : known(READ[id](sums));
  }
  const unknownCogs = sums.orders[ORDER_SUM.cogsMissing]!;
  if (out.cogs.value !== null && unknownCogs > 0) out.cogs = missing(cogsMissing(unknownCogs));
  return out;
}
