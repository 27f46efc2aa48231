import type { KpiId } from '../../src/core/metrics/kpiIds';
/**
 * The KPI set the three engines (Fupan, arquero, DuckDB) all compute, for the comparison to be like for
 * like: docs/metrics.md's definitions of these thirteen KPIs, for the campaign period as a whole, for every
 * day of the baseline and the campaign, and for every channel over the campaign period.
 */
export const HEADLINE_KPIS = [
  'gmv',
  'paid_sales',
  'refunds',
  'net_sales',
  'orders',
  'paid_orders',
  'buyers',
  'aov',
  'arppu',
  'uv',
  'cvr',
  'spend',
  'roas',
] as const satisfies readonly KpiId[];
export type HeadlineKpi = (typeof HEADLINE_KPIS)[number];

/** A group's values; null where the definition divides by zero. */
export type HeadlineValues = Readonly<Record<HeadlineKpi, number | null>>;

export interface HeadlineReport {
  /** The campaign period. */
  readonly total: HeadlineValues;
  /** Day (days since 1970-01-01) → values, for every day of the baseline and of the campaign. */
  readonly byDay: ReadonlyMap<number, HeadlineValues>;
  /** Channel key (trimmed, lower-case; '' for an empty cell) → values over the campaign period. */
  readonly byChannel: ReadonlyMap<string, HeadlineValues>;
}

/** The additive sums each group's KPIs come from. */
export interface HeadlineSums {
  readonly gmv: number;
  readonly paidSales: number;
  readonly refunds: number;
  readonly orders: number;
  readonly paidOrders: number;
  readonly buyers: number;
  /** Σ over the group's days of that day's distinct paying buyers. */
  readonly buyerDays: number;
  readonly uv: number;
  readonly spend: number;
}

/** The definitions' ratios over a group's sums. */
export function headlineValues(s: HeadlineSums): HeadlineValues {
  const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
  return {
    gmv: s.gmv,
    paid_sales: s.paidSales,
    refunds: s.refunds,
    net_sales: s.paidSales - s.refunds,
    orders: s.orders,
    paid_orders: s.paidOrders,
    buyers: s.buyers,
    aov: ratio(s.paidSales, s.paidOrders),
    arppu: ratio(s.paidSales, s.buyers),
    uv: s.uv,
    cvr: ratio(s.buyerDays, s.uv),
    spend: s.spend,
    roas: ratio(s.paidSales, s.spend),
  };
}
