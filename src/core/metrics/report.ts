import type { PhaseKind } from '../model/campaign';
import type { Day, DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import type { NewCustomerSource } from './accumulate/newCustomerBasis';
import type { ChannelSource } from './channelIndex';
import type { KpiSet } from './evaluateKpis';
import type { KpiDirection } from './kpiDefinition';
import type { KpiId } from './kpiIds';
import type { KpiValue } from './kpiValue';
import type { MeasureSet } from './measures';

/** A group's KPIs and the aggregates they come from. */
export interface KpiGroup {
  readonly kpis: KpiSet;
  readonly measures: MeasureSet;
}

/** Which period a day belongs to ('both' only when the baseline overlaps the campaign). */
export type DayPart = 'campaign' | 'baseline' | 'both';

export interface DayKpis extends KpiGroup {
  readonly day: Day;
  /** 'YYYY-MM-DD'. */
  readonly iso: string;
  readonly part: DayPart;
  /** The first phase covering the day, if any. */
  readonly phase: PhaseKind | null;
}

export interface PhaseKpis extends KpiGroup {
  readonly kind: PhaseKind;
  readonly range: DayRange;
}

/** A channel over the campaign period: orders' channel for sales, traffic's for UV, spend's for spend. */
export interface ChannelKpis extends KpiGroup {
  /** The name as first written; null for rows with an empty channel cell. */
  readonly channel: string | null;
  /** Trimmed lower-case name, how tables are matched; null for the empty-channel group. */
  readonly key: string | null;
  readonly seenIn: readonly ChannelSource[];
}

/** A category over the campaign period, from the item lines. */
export interface CategoryKpis extends KpiGroup {
  /** null for lines with an empty category cell. */
  readonly category: string | null;
}

export const TARGET_STATUSES = ['exceeded', 'nearly_met', 'missed', 'not_computed'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export interface TargetThresholds {
  /** Attainment at or above this is 'exceeded' (default 1.0). */
  readonly exceeded: number;
  /** Attainment at or above this (and below `exceeded`) is 'nearly_met' (default 0.9). */
  readonly nearlyMet: number;
}

export interface TargetResult {
  readonly metric: string;
  /** The KPI the target was recognised as and Fupan computes; null for an unknown metric. */
  readonly kpi: KpiId | null;
  readonly channel: string | null;
  readonly target: number;
  readonly direction: KpiDirection | null;
  readonly actual: KpiValue;
  /** actual ÷ target, or target ÷ actual for lower-is-better KPIs. */
  readonly attainment: KpiValue;
  readonly status: TargetStatus;
  readonly sourceRow: number;
}

export interface ValueComparison {
  readonly campaign: KpiValue;
  readonly baseline: KpiValue;
  /** campaign − baseline. */
  readonly delta: KpiValue;
  /** campaign ÷ baseline. */
  readonly ratio: KpiValue;
}

export interface KpiComparison extends ValueComparison {
  /** Additive KPIs only: the same comparison of per-day averages (totals ÷ days of each period). */
  readonly perDay: ValueComparison | null;
}

export interface BaselineComparison {
  readonly campaignDays: number;
  readonly baselineDays: number;
  readonly kpis: Readonly<Record<KpiId, KpiComparison>>;
}

/** How some KPIs were obtained, for the sheets to state. */
export interface KpiBasis {
  readonly newCustomers: NewCustomerSource | null;
  readonly refunds: 'refund_amount' | 'refunded_status';
}

export const METRICS_WARNING_CODES = [
  'partial_refunds_unknown',
  'new_flag_unknown',
  'new_customers_from_orders',
  'customers_not_in_table',
  'amount_missing',
  'paid_without_customer',
  'spend_undated',
  'no_category_column',
  'orders_outside_periods',
] as const;
export type MetricsWarningCode = (typeof METRICS_WARNING_CODES)[number];

export interface MetricsWarning {
  readonly code: MetricsWarningCode;
  readonly text: LocalizedText;
}

export interface KpiReport {
  readonly period: DayRange;
  readonly baselinePeriod: DayRange | null;
  /** The campaign period. */
  readonly total: KpiGroup;
  readonly baseline: KpiGroup | null;
  /** Every day of the campaign period and of the baseline, ascending. */
  readonly byDay: readonly DayKpis[];
  readonly byPhase: readonly PhaseKpis[];
  readonly byChannel: readonly ChannelKpis[];
  readonly byCategory: readonly CategoryKpis[];
  readonly targets: readonly TargetResult[];
  readonly vsBaseline: BaselineComparison | null;
  /** Why each KPI of the campaign total is null. */
  readonly missing: Readonly<Partial<Record<KpiId, LocalizedText>>>;
  readonly basis: KpiBasis;
  readonly warnings: readonly MetricsWarning[];
}

export interface KpiOptions {
  readonly thresholds?: Partial<TargetThresholds>;
}
