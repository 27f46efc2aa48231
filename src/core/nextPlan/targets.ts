import { robustScale } from '../analysis/math/robustScale';
import type { PhaseKind } from '../model/campaign';

/**
 * Targets for the next campaign of the same shape, as UV × CVR × 客单价 per channel, in three scenarios.
 *
 *   sales_c = UV_c · (1 + g) × CVR_c · (1 + l) × value_c · (1 + v)
 *
 * UV is visitor-days, CVR = buyer-days ÷ visitor-days and value (客单价) = paid sales ÷ buyer-days, so that
 * the product is this campaign's paid sales exactly (the identity of decomposition.ts). The changes g, l, v
 * are campaign-wide; each factor f ∈ {uv, cvr, value} gets, from this campaign:
 *
 *   spread s_f   — the typical day-to-day deviation within a phase: per phase, robust σ ÷ median of the
 *                  daily values (MAD / 0.6745, robustScale.ts), averaged over phases weighted by sales;
 *   headroom h_f — how far above this campaign's level a level already seen or planned lies: the target's
 *                  factor (attainment < 1) and the baseline's (its LMDI effect < 0), h = max(ref ÷ actual − 1);
 *
 *   conservative = −s_f          (one typical bad day's deviation, all campaign long)
 *   base         = min(s_f, h_f / 2), 0 without headroom   (half way to what was seen or planned)
 *   stretch      = min(2·s_f, max(s_f, h_f))               (at least one typical good day, at most two)
 *
 * Without a spread (fewer than 3 days in every phase) every change is 0: the plan repeats this campaign.
 */
export const SCENARIOS = ['conservative', 'base', 'stretch'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const PLAN_FACTORS = ['uv', 'cvr', 'value'] as const;
export type PlanFactor = (typeof PLAN_FACTORS)[number];

/** What a factor's changes rest on, for the sheet to say. */
export interface FactorBasis {
  readonly factor: PlanFactor;
  /** This campaign's level (campaign-wide). */
  readonly actual: number;
  readonly spread: number | null;
  /** The target's level of the factor, if the targets pin it. */
  readonly target: number | null;
  /** The baseline's level of the factor (per day scaled to the campaign's length), if known. */
  readonly baseline: number | null;
  readonly headroom: number | null;
  /** Relative change per scenario. */
  readonly change: Readonly<Record<Scenario, number>>;
}

/** One phase's daily values of a factor and the phase's weight (its paid sales). */
export interface PhaseDays {
  readonly weight: number;
  readonly values: readonly number[];
}

/** One phase's robust σ ÷ median of the daily values; null when it has fewer than 3 days or no weight. */
export function phaseSpread(phase: PhaseDays): number | null {
  const scale = robustScale(phase.values);
  if (scale.n < 3 || scale.median === null || scale.median <= 0 || !(phase.weight > 0)) return null;
  return (scale.scale ?? 0) / scale.median;
}

/** The sales-weighted mean over phases of robust σ ÷ median of the daily values; null if no phase has 3. */
export function withinPhaseSpread(phases: readonly PhaseDays[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const phase of phases) {
    const spread = phaseSpread(phase);
    if (spread === null) continue;
    weighted += phase.weight * spread;
    weights += phase.weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/** A phase's spreads, the basis of the scenarios' changes (the sheet shows them). */
export interface PhaseSpreads {
  readonly phase: PhaseKind;
  /** The phase's paid sales: its weight in the mean. */
  readonly weight: number;
  readonly spread: Readonly<Record<PlanFactor, number | null>>;
}

/** How far above `actual` the highest reference lies, relatively; null when none does. */
export function headroom(actual: number, references: readonly (number | null)[]): number | null {
  let best: number | null = null;
  if (!(actual > 0)) return null;
  for (const ref of references) {
    if (ref === null || !Number.isFinite(ref) || ref <= actual) continue;
    const h = ref / actual - 1;
    if (best === null || h > best) best = h;
  }
  return best;
}

export function scenarioChanges(spread: number | null, room: number | null): Record<Scenario, number> {
  if (spread === null) return { conservative: 0, base: 0, stretch: 0 };
  return {
    conservative: -spread,
    base: room === null ? 0 : Math.min(spread, room / 2),
    stretch: Math.min(2 * spread, Math.max(spread, room ?? spread)),
  };
}

export function factorBasis(
  factor: PlanFactor,
  actual: number,
  spread: number | null,
  target: number | null,
  baseline: number | null,
): FactorBasis {
  const room = headroom(actual, [target, baseline]);
  return { factor, actual, spread, target, baseline, headroom: room, change: scenarioChanges(spread, room) };
}

/** A channel's levels in this campaign: the three factors and the ratios that turn buyer-days into the rest. */
export interface ChannelLevels {
  /** Display name; null for the rows with an empty channel cell, '' for the whole campaign. */
  readonly channel: string | null;
  readonly uv: number;
  readonly cvr: number;
  readonly value: number;
  /** Paid orders ÷ buyer-days. */
  readonly ordersPerBuyerDay: number;
  /** Distinct buyers ÷ buyer-days (≤ 1: a buyer who pays on two days is one buyer). */
  readonly buyersPerBuyerDay: number;
  /** New customers ÷ buyer-days; null when new customers are unknown. */
  readonly newPerBuyerDay: number | null;
  /** This campaign's spend: the default budget of the next. */
  readonly spend: number;
}

export interface PlannedFigures {
  readonly uv: number;
  readonly cvr: number;
  readonly value: number;
  readonly sales: number;
  readonly orders: number;
  readonly buyers: number;
  readonly newCustomers: number | null;
  readonly spend: number;
  /** sales ÷ spend; null without spend. */
  readonly roas: number | null;
}

export type Assumptions = Readonly<Record<PlanFactor, number>>;

/** The targets of one channel under one scenario's assumptions. */
export function plannedChannel(levels: ChannelLevels, a: Assumptions, spend = levels.spend): PlannedFigures {
  const uv = levels.uv * (1 + a.uv);
  const cvr = levels.cvr * (1 + a.cvr);
  const value = levels.value * (1 + a.value);
  const buyerDays = uv * cvr;
  return {
    uv,
    cvr,
    value,
    sales: buyerDays * value,
    orders: buyerDays * levels.ordersPerBuyerDay,
    buyers: buyerDays * levels.buyersPerBuyerDay,
    newCustomers: levels.newPerBuyerDay === null ? null : buyerDays * levels.newPerBuyerDay,
    spend,
    roas: spend > 0 ? (buyerDays * value) / spend : null,
  };
}

/** Campaign totals of planned channels: sums, CVR and value re-derived from the sums, ROAS over total spend. */
export function plannedTotal(channels: readonly PlannedFigures[]): PlannedFigures {
  const add = (pick: (p: PlannedFigures) => number): number => channels.reduce((s, p) => s + pick(p), 0);
  const uv = add((p) => p.uv);
  const buyerDays = add((p) => p.uv * p.cvr);
  const sales = add((p) => p.sales);
  const spend = add((p) => p.spend);
  return {
    uv,
    cvr: uv > 0 ? buyerDays / uv : 0,
    value: buyerDays > 0 ? sales / buyerDays : 0,
    sales,
    orders: add((p) => p.orders),
    buyers: add((p) => p.buyers),
    newCustomers: channels.some((p) => p.newCustomers === null) ? null : add((p) => p.newCustomers ?? 0),
    spend,
    roas: spend > 0 ? sales / spend : null,
  };
}

export interface ScenarioPlan {
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
  readonly channels: readonly PlannedFigures[];
  readonly total: PlannedFigures;
}

export interface TargetProposal {
  readonly levels: readonly ChannelLevels[];
  readonly bases: Readonly<Record<PlanFactor, FactorBasis>>;
  readonly scenarios: readonly ScenarioPlan[];
  /** Each phase's spreads, whose sales-weighted mean is each basis's `spread`. */
  readonly phases: readonly PhaseSpreads[];
}

export function proposeTargets(
  levels: readonly ChannelLevels[],
  bases: Readonly<Record<PlanFactor, FactorBasis>>,
  phases: readonly PhaseSpreads[] = [],
): TargetProposal {
  const scenarios = SCENARIOS.map((scenario): ScenarioPlan => {
    const assumptions: Assumptions = {
      uv: bases.uv.change[scenario],
      cvr: bases.cvr.change[scenario],
      value: bases.value.change[scenario],
    };
    const channels = levels.map((l) => plannedChannel(l, assumptions));
    return { scenario, assumptions, channels, total: plannedTotal(channels) };
  });
  return { levels, bases, scenarios, phases };
}
