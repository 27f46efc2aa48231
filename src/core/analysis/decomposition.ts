import type { CampaignData, TargetRow } from '../model/campaign';
import type { DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { dailyOrderSeries, sum } from './aggregate/dailyOrderSeries';
import { dailyTrafficSeries } from './aggregate/dailyTrafficSeries';
import type { AnalysisDefinition } from './definition';
import { lmdiEffects, type LmdiZeroRule } from './math/lmdi';
import { shapley2, shapley3 } from './math/shapley';
import { comparisonWindow, type BaselineScaling } from './period';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * Why did sales move? The gap between two values of paid sales is split into factor effects that sum
 * exactly to it.
 *
 *   traffic model: paid_sales = UV × CVR × sales per buyer-day      (the identity of the KPI contract:
 *                  CVR = Σ_d buyers_d / Σ_d UV_d, sales per buyer-day = paid_sales / Σ_d buyers_d)
 *   orders model:  paid_sales = paid orders × AOV                   (when UV or customer ids are missing)
 *
 * Methods: LMDI-I (default; math/lmdi.ts) or exact Shapley (math/shapley.ts). Comparisons: the campaign
 * against its baseline period (scaled per day, see period.ts) and against targets, when a paid-sales
 * target and enough factor targets exist to pin every factor (sales & two of UV / CVR / per-buyer value,
 * or all three; orders model: sales & paid orders or AOV, or both).
 *
 * A rate whose denominator is 0 in one period (CVR with UV = 0, per-buyer value with no buyers) is
 * undefined there; it takes the other period's value, so its effect is 0 and the change goes to the
 * volume factor.
 */
export type DecompositionMethod = 'lmdi' | 'shapley';
export type SalesModel = 'traffic' | 'orders';
export type SalesFactorId = 'uv' | 'cvr' | 'sales_per_buyer' | 'paid_orders' | 'aov';

export interface SalesFactors {
  readonly model: SalesModel;
  readonly sales: number;
  /** traffic: [uv, cvr, sales_per_buyer]; orders: [paid_orders, aov]. NaN marks an undefined rate. */
  readonly factors: readonly { readonly id: SalesFactorId; readonly value: number }[];
}

export interface FactorEffect {
  readonly factor: SalesFactorId;
  readonly before: number;
  readonly after: number;
  readonly effect: number;
  /** effect / gap; null when the gap is 0. */
  readonly shareOfGap: number | null;
}

export interface GapDecomposition {
  readonly model: SalesModel;
  readonly method: DecompositionMethod;
  readonly before: number;
  readonly after: number;
  readonly gap: number;
  readonly effects: readonly FactorEffect[];
  /** The factor with the largest |effect|; null when every effect is 0. */
  readonly mainDriver: SalesFactorId | null;
}

export function trafficFactors(sales: number, uv: number, buyerDays: number): SalesFactors {
  return {
    model: 'traffic',
    sales,
    factors: [
      { id: 'uv', value: uv },
      { id: 'cvr', value: uv > 0 ? buyerDays / uv : NaN },
      { id: 'sales_per_buyer', value: buyerDays > 0 ? sales / buyerDays : NaN },
    ],
  };
}

export function ordersFactors(sales: number, paidOrders: number): SalesFactors {
  return {
    model: 'orders',
    sales,
    factors: [
      { id: 'paid_orders', value: paidOrders },
      { id: 'aov', value: paidOrders > 0 ? sales / paidOrders : NaN },
    ],
  };
}

export function decomposeGap(
  before: SalesFactors,
  after: SalesFactors,
  method: DecompositionMethod = 'lmdi',
  zeroRule: LmdiZeroRule = 'small-value',
): GapDecomposition {
  if (before.model !== after.model) throw new Error('decomposeGap: both sides need the same model');
  const x0 = before.factors.map((f, k) => settle(f.value, after.factors[k]?.value ?? NaN));
  const x1 = after.factors.map((f, k) => settle(f.value, before.factors[k]?.value ?? NaN));
  const v0 = x0.reduce((p, v) => p * v, 1);
  const v1 = x1.reduce((p, v) => p * v, 1);
  let effects: number[];
  if (method === 'lmdi') effects = lmdiEffects(x0, x1, { zeroRule });
  else if (x0.length === 3)
    effects = shapley3(x0 as [number, number, number], x1 as [number, number, number]);
  else effects = shapley2(x0 as [number, number], x1 as [number, number]);
  const gap = v1 - v0;
  let main: SalesFactorId | null = null;
  let best = 0;
  const rows = before.factors.map((f, k): FactorEffect => {
    const effect = effects[k] as number;
    if (Math.abs(effect) > best) {
      best = Math.abs(effect);
      main = f.id;
    }
    return {
      factor: f.id,
      before: x0[k] as number,
      after: x1[k] as number,
      effect,
      shareOfGap: gap !== 0 ? effect / gap : null,
    };
  });
  return { model: before.model, method, before: v0, after: v1, gap, effects: rows, mainDriver: main };
}

/** An undefined rate takes the other period's value; undefined in both, it is 0 (then V is 0 too). */
function settle(value: number, other: number): number {
  if (Number.isFinite(value)) return value;
  return Number.isFinite(other) ? other : 0;
}

// ── The analysis ───────────────────────────────────────────────────────────────────────────────────────

/** Targets for the sales identity; any may be missing. */
export interface SalesTargets {
  readonly sales?: number;
  readonly uv?: number;
  readonly cvr?: number;
  readonly salesPerBuyer?: number;
  readonly paidOrders?: number;
  readonly aov?: number;
}

export interface DecompositionOptions {
  readonly method: DecompositionMethod;
  readonly zeroRule: LmdiZeroRule;
  readonly baselineScaling: BaselineScaling;
  /** Overrides the targets table (e.g. from the options pane). */
  readonly targets: SalesTargets | null;
}

export const DEFAULT_DECOMPOSITION_OPTIONS: DecompositionOptions = {
  method: 'lmdi',
  zeroRule: 'small-value',
  baselineScaling: 'per_day',
  targets: null,
};

export interface GapComparison extends GapDecomposition {
  /** The baseline window compared with (null for targets). */
  readonly reference: DayRange | null;
  /** Factor applied to the baseline's sales, UV, orders and buyer-days (1 for targets). */
  readonly scale: number;
  readonly notes: readonly LocalizedText[];
}

export interface DecompositionFindings {
  readonly period: DayRange;
  readonly vsBaseline: AnalysisResult<GapComparison>;
  readonly vsTarget: AnalysisResult<GapComparison>;
}

/** Period totals the identity needs. uv / buyerDays are null when the data cannot give them. */
export interface SalesTotals {
  readonly sales: number;
  readonly paidOrders: number;
  readonly uv: number | null;
  readonly buyerDays: number | null;
}

export function salesTotals(data: CampaignData, range: DayRange): SalesTotals {
  const daily = dailyOrderSeries(data.orders, range);
  let uv: number | null = null;
  if (data.traffic) {
    const series = dailyTrafficSeries(data.traffic, data.traffic.uv, range);
    uv = series.present.some((p) => p === 1) ? sum(series.values) : null;
  }
  return {
    sales: sum(daily.paidSales),
    paidOrders: sum(daily.paidOrders),
    uv,
    buyerDays: daily.buyers ? sum(daily.buyers) : null,
  };
}

/** Targets of the sales identity from the targets table (campaign-wide rows only; the first row wins). */
export function salesTargetsFrom(rows: readonly TargetRow[]): SalesTargets {
  const pick = (kpi: string): number | undefined =>
    rows.find((r) => r.kpi === kpi && r.channel === null && Number.isFinite(r.value))?.value;
  return {
    sales: pick('paid_sales'),
    uv: pick('uv'),
    cvr: pick('cvr'),
    paidOrders: pick('paid_orders'),
    aov: pick('aov'),
  };
}

function hasTraffic(t: SalesTotals): t is SalesTotals & { uv: number; buyerDays: number } {
  return t.uv !== null && t.uv > 0 && t.buyerDays !== null && (t.buyerDays > 0 || t.sales === 0);
}

function scaled(t: SalesTotals, s: number): SalesTotals {
  return {
    sales: t.sales * s,
    paidOrders: t.paidOrders * s,
    uv: t.uv === null ? null : t.uv * s,
    buyerDays: t.buyerDays === null ? null : t.buyerDays * s,
  };
}

function factorsOf(t: SalesTotals, model: SalesModel): SalesFactors {
  return model === 'traffic' && hasTraffic(t)
    ? trafficFactors(t.sales, t.uv, t.buyerDays)
    : ordersFactors(t.sales, t.paidOrders);
}

export function analyzeDecomposition(
  data: CampaignData,
  options: Partial<DecompositionOptions> = {},
): AnalysisResult<DecompositionFindings> {
  const o = { ...DEFAULT_DECOMPOSITION_OPTIONS, ...options };
  if (data.orders.size === 0) return unavailable(msg.noOrders());
  const period = data.campaign.period;
  const actual = salesTotals(data, period);
  return ok({
    period,
    vsBaseline: compareWithBaseline(data, actual, o),
    vsTarget: compareWithTarget(actual, o.targets ?? salesTargetsFrom(data.targets), o),
  });
}

function compareWithBaseline(
  data: CampaignData,
  actual: SalesTotals,
  o: DecompositionOptions,
): AnalysisResult<GapComparison> {
  const window = comparisonWindow(data.campaign, o.baselineScaling);
  if (!window) return unavailable(msg.noBaseline());
  const base = scaled(salesTotals(data, window.baseline), window.scale);
  if (base.sales === 0 && base.paidOrders === 0) return unavailable(msg.noBaselineOrders(window.baseline));
  const notes: LocalizedText[] = [];
  const model: SalesModel = hasTraffic(actual) && hasTraffic(base) ? 'traffic' : 'orders';
  if (model === 'orders')
    notes.push(msg.ordersModelFallback(data.traffic !== null, data.orders.customer !== null));
  const result = decomposeGap(factorsOf(base, model), factorsOf(actual, model), o.method, o.zeroRule);
  return ok({ ...result, reference: window.baseline, scale: window.scale, notes });
}

function compareWithTarget(
  actual: SalesTotals,
  targets: SalesTargets,
  o: DecompositionOptions,
): AnalysisResult<GapComparison> {
  const notes: LocalizedText[] = [];
  const traffic = hasTraffic(actual) ? trafficTarget(targets) : null;
  const orders = traffic ? null : ordersTarget(targets);
  const target = traffic ?? orders;
  if (!target) return unavailable(msg.noFactorTargets(hasTraffic(actual)));
  if (
    targets.sales !== undefined &&
    Math.abs(target.sales - targets.sales) > 0.005 * Math.abs(targets.sales)
  ) {
    notes.push(msg.targetFactorsDisagree(target.sales, targets.sales));
  }
  const result = decomposeGap(target, factorsOf(actual, target.model), o.method, o.zeroRule);
  return ok({ ...result, reference: null, scale: 1, notes });
}

function trafficTarget(t: SalesTargets): SalesFactors | null {
  const { sales, uv, cvr, salesPerBuyer: spb } = t;
  if (uv !== undefined && cvr !== undefined && spb !== undefined) return trafficTargetFactors(uv, cvr, spb);
  if (sales === undefined) return null;
  if (uv !== undefined && cvr !== undefined && uv * cvr > 0)
    return trafficTargetFactors(uv, cvr, sales / (uv * cvr));
  if (uv !== undefined && spb !== undefined && uv * spb > 0)
    return trafficTargetFactors(uv, sales / (uv * spb), spb);
  if (cvr !== undefined && spb !== undefined && cvr * spb > 0)
    return trafficTargetFactors(sales / (cvr * spb), cvr, spb);
  return null;
}

function trafficTargetFactors(uv: number, cvr: number, salesPerBuyer: number): SalesFactors {
  return {
    model: 'traffic',
    sales: uv * cvr * salesPerBuyer,
    factors: [
      { id: 'uv', value: uv },
      { id: 'cvr', value: cvr },
      { id: 'sales_per_buyer', value: salesPerBuyer },
    ],
  };
}

function ordersTarget(t: SalesTargets): SalesFactors | null {
  const { sales, paidOrders, aov } = t;
  if (paidOrders !== undefined && aov !== undefined) return ordersFactors(paidOrders * aov, paidOrders);
  if (sales === undefined) return null;
  if (paidOrders !== undefined && paidOrders > 0) return ordersFactors(sales, paidOrders);
  if (aov !== undefined && aov > 0) return ordersFactors(sales, sales / aov);
  return null;
}

export const decompositionAnalysis: AnalysisDefinition<
  'decomposition',
  DecompositionOptions,
  AnalysisResult<DecompositionFindings>
> = {
  id: 'decomposition',
  name: msg.analysisNames.decomposition,
  requires: {
    tables: ['orders'],
    columns: ['orders.amount'],
    optional: ['traffic', 'orders.customer_id', 'orders.status', 'targets', 'campaign'],
  },
  run: analyzeDecomposition,
};
