import type { CampaignData } from '../../model/campaign';
import { NO_DAY } from './orderCube';

/** Where "new customer" comes from, in the contract's order of preference. */
export const NEW_CUSTOMER_SOURCES = ['new_customer_flag', 'customers_table', 'first_paid_order'] as const;
export type NewCustomerSource = (typeof NEW_CUSTOMER_SOURCES)[number];

export interface NewCustomerBasis {
  readonly source: NewCustomerSource;
  /** Per customer code, for the first-order sources: day of the customer's first order (NO_DAY if none). */
  readonly firstDay: Int32Array | null;
  /** Per customer code, with the customers table: 1 when the table gave the day. */
  readonly fromTable: Uint8Array | null;
}

/**
 * The new-customer rule: the orders' new-customer flag when it holds any value; else the customers
 * table's first-order day (falling back, customer by customer, to the earliest paid order given); else the
 * earliest paid order in all the data given. Null when orders have no customer ids.
 */
export function newCustomerBasis(
  data: CampaignData,
  firstPaidDay: Int32Array | null,
): NewCustomerBasis | null {
  const { customer, isNew } = data.orders;
  if (customer === null || firstPaidDay === null) return null;
  if (isNew !== null && isNew.some((flag) => flag >= 0)) {
    return { source: 'new_customer_flag', firstDay: null, fromTable: null };
  }
  const table = data.customers;
  if (table !== null && table.firstOrderDay.some((d) => d >= 0)) {
    const byId = new Map<string, number>();
    for (let r = 0; r < table.size; r++) {
      const d = table.firstOrderDay[r]!;
      const id = table.customerId[r]!.trim();
      if (d >= 0 && d < (byId.get(id) ?? NO_DAY)) byId.set(id, d);
    }
    const firstDay = Int32Array.from(firstPaidDay);
    const fromTable = new Uint8Array(firstDay.length);
    customer.values.forEach((id, code) => {
      const d = byId.get(id.trim());
      if (d !== undefined) {
        firstDay[code] = d;
        fromTable[code] = 1;
      }
    });
    return { source: 'customers_table', firstDay, fromTable };
  }
  return { source: 'first_paid_order', firstDay: firstPaidDay, fromTable: null };
}
