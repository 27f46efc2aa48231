/**
 * The KPI ids of the contract in docs/metrics.md. The order here is the order of every KPI listing
 * (JSON output, sheets). Adding an id makes every exhaustive Record<KpiId, …> fail to compile until it
 * is listed there too.
 */
export const KPI_IDS = [
  'gmv',
  'paid_sales',
  'refunds',
  'net_sales',
  'orders',
  'paid_orders',
  'paid_rate',
  'buyers',
  'aov',
  'arppu',
  'uv',
  'pv',
  'cvr',
  'orders_per_session',
  'bounce_rate',
  'add_to_cart_rate',
  'return_rate_amount',
  'return_rate_orders',
  'discount_cost',
  'new_customers',
  'returning_customers',
  'repurchase_rate',
  'spend',
  'roas',
  'roi',
  'cac',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export function isKpiId(value: unknown): value is KpiId {
  return typeof value === 'string' && (KPI_IDS as readonly string[]).includes(value);
}

/** Metrics where a smaller actual is better: attainment is target / actual for these. */
export const LOWER_IS_BETTER: ReadonlySet<KpiId> = new Set<KpiId>([
  'cac',
  'return_rate_amount',
  'return_rate_orders',
  'bounce_rate',
]);
