import type { ChannelDays } from './channelDays';
import { yuan } from './formats';
import type { OrderLedger } from './ledger';
import type { OrderFacts } from './orderFacts';
import type { SpendNumbers } from './spend';
import type { TrafficNumbers } from './traffic';
import type { SampleKpis } from './types';

/** Inclusive day indices. */
export interface IndexRange {
  readonly from: number;
  readonly to: number;
}

/** The KPIs of one period, straight from the generated data, by the KPI contract's definitions. */
export function periodKpis(
  ledger: OrderLedger,
  facts: OrderFacts,
  days: ChannelDays,
  visits: TrafficNumbers,
  spent: SpendNumbers,
  range: IndexRange,
): SampleKpis {
  const buyer = new Uint8Array(ledger.customerCount);
  let gmv = 0;
  let paidSales = 0;
  let refunds = 0;
  let discount = 0;
  let cogs = 0;
  let orders = 0;
  let paidOrders = 0;
  let buyers = 0;
  let newCustomers = 0;
  for (let order = 0; order < ledger.orderCount; order++) {
    const day = facts.kpiDay[order] ?? 0;
    if (day < range.from || day > range.to) continue;
    orders++;
    gmv += facts.amountCents[order] ?? 0;
    if (!facts.paid[order]) continue;
    paidOrders++;
    paidSales += facts.amountCents[order] ?? 0;
    refunds += facts.refundCents[order] ?? 0;
    discount += facts.discountCents[order] ?? 0;
    cogs += facts.cogsCents[order] ?? 0;
    const customer = ledger.customer[order] ?? 0;
    const mark = buyer[customer] ?? 0;
    if (mark === 0) buyers++;
    if (ledger.isNew[order] && (mark & 2) === 0) newCustomers++;
    buyer[customer] = mark | 1 | (ledger.isNew[order] ? 2 : 0);
  }
  let uv = 0;
  let pv = 0;
  let spend = 0;
  let dayBuyers = 0;
  for (let day = range.from; day <= range.to; day++) {
    dayBuyers += days.dayBuyers[day] ?? 0;
    for (let cell = day * days.channels; cell < (day + 1) * days.channels; cell++) {
      uv += visits.uv[cell] ?? 0;
      pv += visits.pv[cell] ?? 0;
      spend += spent.spendCents[cell] ?? 0;
    }
  }
  return {
    gmv: yuan(gmv),
    paidSales: yuan(paidSales),
    refunds: yuan(refunds),
    netSales: yuan(paidSales - refunds),
    orders,
    paidOrders,
    buyers,
    newCustomers,
    aov: paidSales / 100 / paidOrders,
    arppu: paidSales / 100 / buyers,
    uv,
    pv,
    cvr: dayBuyers / uv,
    discountCost: yuan(discount),
    cogs: yuan(cogs),
    spend: yuan(spend),
    roas: paidSales / spend,
  };
}
