import { SAMPLE_DAY_COUNT, dayOfIndex } from './calendar';
import { yuan } from './formats';
import type { SampleBuild } from './sampleBuild';
import type { SampleDayTruth } from './types';

/** Day by day (KPI order date), over all channels. */
export function dailyTruth(build: SampleBuild): SampleDayTruth[] {
  const { ledger, facts, days, visits, spent } = build;
  const gmv = new Float64Array(SAMPLE_DAY_COUNT);
  const paidSales = new Float64Array(SAMPLE_DAY_COUNT);
  const orders = new Int32Array(SAMPLE_DAY_COUNT);
  const paidOrders = new Int32Array(SAMPLE_DAY_COUNT);
  for (let order = 0; order < ledger.orderCount; order++) {
    const day = facts.kpiDay[order] ?? 0;
    const amount = facts.amountCents[order] ?? 0;
    gmv[day] = (gmv[day] ?? 0) + amount;
    orders[day] = (orders[day] ?? 0) + 1;
    if (facts.paid[order]) {
      paidSales[day] = (paidSales[day] ?? 0) + amount;
      paidOrders[day] = (paidOrders[day] ?? 0) + 1;
    }
  }
  return Array.from({ length: SAMPLE_DAY_COUNT }, (_, day) => {
    let uv = 0;
    let spend = 0;
    for (let cell = day * days.channels; cell < (day + 1) * days.channels; cell++) {
      uv += visits.uv[cell] ?? 0;
      spend += spent.spendCents[cell] ?? 0;
    }
    return {
      day: dayOfIndex(day),
      gmv: yuan(gmv[day] ?? 0),
      paidSales: yuan(paidSales[day] ?? 0),
      orders: orders[day] ?? 0,
      paidOrders: paidOrders[day] ?? 0,
      buyers: days.dayBuyers[day] ?? 0,
      uv,
      spend: yuan(spend),
    };
  });
}
