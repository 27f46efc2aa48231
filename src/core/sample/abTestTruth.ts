import { dayOfIndex } from './calendar';
import { SAMPLE_EVENTS } from './events';
import { yuan } from './formats';
import type { SampleBuild } from './sampleBuild';
import type { SampleAbTest, SampleVariantTruth } from './types';

/** Orders, paid orders and paid sales per variant of the checkout experiment (all orders carrying one). */
export function abTestTruth(build: SampleBuild): SampleAbTest {
  const { ledger, facts } = build;
  const orders = [0, 0];
  const paid = [0, 0];
  const sales = [0, 0];
  for (let order = 0; order < ledger.orderCount; order++) {
    const variant = ledger.variant[order] ?? -1;
    if (variant < 0) continue;
    orders[variant] = (orders[variant] ?? 0) + 1;
    if (!facts.paid[order]) continue;
    paid[variant] = (paid[variant] ?? 0) + 1;
    sales[variant] = (sales[variant] ?? 0) + (facts.amountCents[order] ?? 0);
  }
  const truth = (index: 0 | 1): SampleVariantTruth => ({
    variant: index === 0 ? 'A' : 'B',
    orders: orders[index] ?? 0,
    paidOrders: paid[index] ?? 0,
    paidRate: (paid[index] ?? 0) / (orders[index] ?? 1),
    paidSales: yuan(sales[index] ?? 0),
  });
  const variants = [truth(0), truth(1)] as const;
  const window = SAMPLE_EVENTS.abTest;
  return {
    window: { start: dayOfIndex(window.fromIndex), end: dayOfIndex(window.toIndex) },
    variants,
    lift: variants[1].paidRate / variants[0].paidRate - 1,
  };
}
