import { isPaidStatusCode, type CampaignData } from '../model/campaign';
import type { DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import type { AnalysisDefinition } from './definition';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * Who bought during the campaign. Buyers are customers with a paid order in the period.
 *
 * New or returning, per buyer, from the first source that knows (the KPI contract's order):
 *   1. the orders' new-customer flag — new if any of the buyer's paid period orders is flagged new,
 *      returning if they are flagged returning;
 *   2. the customers table's first-order date — new if it falls on or after the period start;
 *   3. the buyer's earliest paid order in all the data — new if it falls in the period (when the data
 *      holds no day before the period this cannot tell, and a note says so).
 * Per group: buyers, share of buyers, paid sales, paid orders, AOV (sales / orders), sales per buyer.
 *
 * Repurchase: buyers with ≥ 2 paid orders in the period / buyers.
 * Retention: when the orders extend past the period, the share of the period's buyers who pay again in
 * the `retentionDays` (30) days after its end; `coveredDays` says how many of those days the data holds
 * (fewer than 30: a partial window, flagged).
 */
export interface CustomerOptions {
  readonly retentionDays: number;
}

export const DEFAULT_CUSTOMER_OPTIONS: CustomerOptions = { retentionDays: 30 };

export type NewCustomerBasis = 'flag' | 'customers_table' | 'first_order_in_data';

export interface CustomerGroup {
  readonly buyers: number;
  readonly share: number | null;
  readonly paidSales: number;
  readonly paidOrders: number;
  readonly aov: number | null;
  readonly salesPerBuyer: number | null;
}

export interface CustomerFindings {
  readonly period: DayRange;
  readonly buyers: number;
  readonly newBuyers: CustomerGroup;
  readonly returningBuyers: CustomerGroup;
  /** The sources used, by the number of buyers each classified. */
  readonly basis: readonly { readonly source: NewCustomerBasis; readonly buyers: number }[];
  readonly repurchase: { readonly repeatBuyers: number; readonly rate: number | null };
  readonly retention: {
    readonly windowDays: number;
    readonly coveredDays: number;
    readonly partial: boolean;
    readonly retainedBuyers: number;
    readonly rate: number | null;
  } | null;
  readonly notes: readonly LocalizedText[];
}

export function analyzeCustomers(
  data: CampaignData,
  options: Partial<CustomerOptions> = {},
): AnalysisResult<CustomerFindings> {
  const o = { ...DEFAULT_CUSTOMER_OPTIONS, ...options };
  const { orders } = data;
  const customer = orders.customer;
  if (!customer) return unavailable(msg.noCustomerColumn());
  const period = data.campaign.period;
  const n = customer.values.length;
  const orderCount = new Int32Array(n);
  const sales = new Float64Array(n);
  const flag = new Int8Array(n).fill(-1); // 1 new, 0 returning, -1 unknown
  const firstPaid = new Int32Array(n).fill(2_147_483_647);
  const retained = new Uint8Array(n);
  let minDay = Infinity;
  let maxDay = -Infinity;
  const retentionEnd = period.end + o.retentionDays;
  for (let i = 0; i < orders.size; i++) {
    const day = orders.day[i] as number;
    minDay = Math.min(minDay, day);
    maxDay = Math.max(maxDay, day);
    const c = customer.codes[i] as number;
    if (c < 0 || !isPaidStatusCode(orders.status[i] as number)) continue;
    if (day < (firstPaid[c] as number)) firstPaid[c] = day;
    if (day > period.end && day <= retentionEnd) retained[c] = 1;
    if (day < period.start || day > period.end) continue;
    orderCount[c] = (orderCount[c] as number) + 1;
    const amount = orders.amount[i] as number;
    sales[c] = (sales[c] as number) + (Number.isFinite(amount) ? amount : 0);
    const f = orders.isNew ? (orders.isNew[i] as number) : -1;
    if (f === 1) flag[c] = 1;
    else if (f === 0 && flag[c] === -1) flag[c] = 0;
  }

  const firstOrderDay = new Map<string, number>();
  if (data.customers) {
    const t = data.customers;
    for (let i = 0; i < t.size; i++) {
      const d = t.firstOrderDay[i] as number;
      if (d >= 0) firstOrderDay.set((t.customerId[i] as string).trim(), d);
    }
  }
  const historyBefore = minDay < period.start;

  const groups = [empty(), empty()]; // [new, returning]
  const basisCount: Record<NewCustomerBasis, number> = {
    flag: 0,
    customers_table: 0,
    first_order_in_data: 0,
  };
  let buyers = 0;
  let repeat = 0;
  let retainedBuyers = 0;
  for (let c = 0; c < n; c++) {
    const count = orderCount[c] as number;
    if (count === 0) continue;
    buyers++;
    if (count >= 2) repeat++;
    if (retained[c]) retainedBuyers++;
    let isNew: boolean;
    const first = firstOrderDay.get((customer.values[c] as string).trim());
    if (flag[c] !== -1) {
      isNew = flag[c] === 1;
      basisCount.flag++;
    } else if (first !== undefined) {
      isNew = first >= period.start;
      basisCount.customers_table++;
    } else {
      isNew = (firstPaid[c] as number) >= period.start;
      basisCount.first_order_in_data++;
    }
    const g = groups[isNew ? 0 : 1] as Mutable;
    g.buyers++;
    g.paidOrders += count;
    g.paidSales += sales[c] as number;
  }

  const notes: LocalizedText[] = [];
  if (basisCount.first_order_in_data > 0 && !historyBefore) notes.push(msg.noHistoryBeforePeriod());
  const coveredDays = Math.max(0, Math.min(o.retentionDays, maxDay - period.end));
  const retention =
    maxDay > period.end
      ? {
          windowDays: o.retentionDays,
          coveredDays,
          partial: coveredDays < o.retentionDays,
          retainedBuyers,
          rate: buyers > 0 ? retainedBuyers / buyers : null,
        }
      : null;
  if (retention?.partial) notes.push(msg.partialRetentionWindow(coveredDays, o.retentionDays));
  if (!retention) notes.push(msg.noDataAfterPeriod());
  const finish = (g: Mutable): CustomerGroup => ({
    ...g,
    share: buyers > 0 ? g.buyers / buyers : null,
    aov: g.paidOrders > 0 ? g.paidSales / g.paidOrders : null,
    salesPerBuyer: g.buyers > 0 ? g.paidSales / g.buyers : null,
  });
  return ok({
    period,
    buyers,
    newBuyers: finish(groups[0] as Mutable),
    returningBuyers: finish(groups[1] as Mutable),
    basis: (Object.keys(basisCount) as NewCustomerBasis[])
      .filter((k) => basisCount[k] > 0)
      .map((source) => ({ source, buyers: basisCount[source] }))
      .sort((a, b) => b.buyers - a.buyers),
    repurchase: { repeatBuyers: repeat, rate: buyers > 0 ? repeat / buyers : null },
    retention,
    notes,
  });
}

interface Mutable {
  buyers: number;
  paidSales: number;
  paidOrders: number;
}

function empty(): Mutable {
  return { buyers: 0, paidSales: 0, paidOrders: 0 };
}

export const customersAnalysis: AnalysisDefinition<
  'customers',
  CustomerOptions,
  AnalysisResult<CustomerFindings>
> = {
  id: 'customers',
  name: msg.analysisNames.customers,
  requires: {
    tables: ['orders'],
    columns: ['orders.customer_id'],
    optional: ['orders.is_new', 'customers.first_order_date', 'orders.status'],
  },
  run: analyzeCustomers,
};
