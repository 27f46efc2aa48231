import * as text from '../messages/metrics';
import { isoDay, type Day } from '../model/day';
import type { LocalizedText } from '../model/text';
import { NO_DAY, ORDER_SUM, ORDER_SUM_WIDTH } from './accumulate/orderCube';
import { sumCube } from './accumulate/sumCube';
import type { Cubes } from './cubes';
import type { MetricsWarning } from './report';

/** What the analyst should know about how the numbers were obtained, counted over campaign and baseline. */
export function collectWarnings(acc: Cubes): MetricsWarning[] {
  const { sources, window, channels, orderCube, spendCube, distinct } = acc;
  const newCustomers = acc.basis?.source ?? null;
  const counts = new Float64Array(ORDER_SUM_WIDTH);
  for (let slot = 0; slot < window.length; slot++) {
    if ((window.inPeriod[slot]! | window.inBaseline[slot]!) === 0) continue;
    const sums = sumCube(orderCube.sums, channels.size, ORDER_SUM_WIDTH, slot, slot, null);
    for (let m = 0; m < ORDER_SUM_WIDTH; m++) counts[m]! += sums[m]!;
  }
  const warnings: MetricsWarning[] = [];
  const warn = (code: MetricsWarning['code'], when: boolean, make: () => LocalizedText): void => {
    if (when) warnings.push({ code, text: make() });
  };
  const partial = counts[ORDER_SUM.partialRefundUnknown]!;
  warn('partial_refunds_unknown', partial > 0, () => text.partialRefundsUnknown(partial));
  const amountMissing = counts[ORDER_SUM.amountMissing]!;
  warn('amount_missing', amountMissing > 0, () => text.amountMissing(amountMissing));
  const withoutCustomer = counts[ORDER_SUM.paidWithoutCustomer]!;
  warn('paid_without_customer', sources.customers && withoutCustomer > 0, () =>
    text.paidWithoutCustomer(withoutCustomer),
  );
  const unknownFlags = counts[ORDER_SUM.newFlagUnknown]!;
  warn('new_flag_unknown', newCustomers === 'new_customer_flag' && unknownFlags > 0, () =>
    text.newFlagUnknown(unknownFlags),
  );
  warn(
    'new_customers_from_orders',
    newCustomers === 'first_paid_order' && orderCube.firstDay !== NO_DAY,
    () => text.newCustomersFromOrders(isoDay(orderCube.firstDay as Day)),
  );
  const notInTable = distinct?.notInTable ?? 0;
  warn('customers_not_in_table', newCustomers === 'customers_table' && notInTable > 0, () =>
    text.customersNotInTable(notInTable),
  );
  const undated = spendCube?.undatedRows ?? 0;
  warn('spend_undated', undated > 0, () => text.spendUndated(undated));
  warn('no_category_column', acc.categories === null, () => text.noCategoryColumn());
  warn('orders_outside_periods', orderCube.outside > 0, () =>
    text.ordersOutsidePeriods(orderCube.outside, newCustomers === 'first_paid_order'),
  );
  return warnings;
}
