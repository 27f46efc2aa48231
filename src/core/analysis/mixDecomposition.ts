import { isPaidStatusCode, type CampaignData } from '../model/campaign';
import type { DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { KeyIndex, groupOfRow } from './aggregate/keyIndex';
import type { AnalysisDefinition } from './definition';
import type { DecompositionMethod } from './decomposition';
import { lmdiEffects, type LmdiZeroRule } from './math/lmdi';
import { shapley3 } from './math/shapley';
import { comparisonWindow, type BaselineScaling } from './period';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * Mix versus rate: paid sales across groups (channels, categories) written as the structural identity
 *
 *   V = Σ_i V_i = Σ_i T · s_i · r_i,   T = Σ_i a_i (total activity),  s_i = a_i / T (the group's share),
 *                                       r_i = V_i / a_i (sales per unit of activity in the group)
 *
 * and decomposed, group by group, into an activity (scale) effect, a mix (structure) effect and a rate
 * (intensity) effect with LMDI-I (Ang 2005, the additive structural form) or exact Shapley; every group's
 * three effects sum to its own change, so the totals sum exactly to V¹ − V⁰.
 *
 * Activity: channels — UV from the traffic table when it names every channel that sold in both windows,
 * else paid orders; categories — units (order-line quantity) when the lines have a quantity, else paid
 * order lines. A group with no activity in one window takes the other window's rate (so a new channel's
 * sales are a mix effect); its share of 0 follows the LMDI zero rule.
 */
export type MixBasis = 'uv' | 'paid_orders' | 'units' | 'lines';

export interface MixGroupInput {
  readonly key: string;
  readonly activityBefore: number;
  readonly valueBefore: number;
  readonly activityAfter: number;
  readonly valueAfter: number;
}

export interface MixGroupEffect extends MixGroupInput {
  readonly activityEffect: number;
  readonly mixEffect: number;
  readonly rateEffect: number;
  /** valueAfter − valueBefore. */
  readonly change: number;
}

export interface StructuralDecomposition {
  readonly method: DecompositionMethod;
  readonly before: number;
  readonly after: number;
  readonly gap: number;
  readonly activityEffect: number;
  readonly mixEffect: number;
  readonly rateEffect: number;
  /** Sorted by |change|, largest first. */
  readonly groups: readonly MixGroupEffect[];
}

export function structuralDecomposition(
  input: readonly MixGroupInput[],
  method: DecompositionMethod = 'lmdi',
  zeroRule: LmdiZeroRule = 'small-value',
): StructuralDecomposition {
  const groups = input.filter((g) => g.activityBefore > 0 || g.activityAfter > 0);
  for (const g of input) {
    if ((g.activityBefore === 0 && g.valueBefore !== 0) || (g.activityAfter === 0 && g.valueAfter !== 0)) {
      throw new RangeError(`structuralDecomposition: group "${g.key}" has value without activity`);
    }
  }
  const t0 = groups.reduce((s, g) => s + g.activityBefore, 0);
  const t1 = groups.reduce((s, g) => s + g.activityAfter, 0);
  let before = 0;
  let after = 0;
  let activity = 0;
  let mix = 0;
  let rate = 0;
  const rows = groups.map((g): MixGroupEffect => {
    const r0 = g.activityBefore > 0 ? g.valueBefore / g.activityBefore : NaN;
    const r1 = g.activityAfter > 0 ? g.valueAfter / g.activityAfter : NaN;
    const x0: [number, number, number] = [
      t0,
      t0 > 0 ? g.activityBefore / t0 : 0,
      Number.isFinite(r0) ? r0 : r1,
    ];
    const x1: [number, number, number] = [
      t1,
      t1 > 0 ? g.activityAfter / t1 : 0,
      Number.isFinite(r1) ? r1 : r0,
    ];
    const effects = method === 'lmdi' ? lmdiEffects(x0, x1, { zeroRule }) : shapley3(x0, x1);
    const [ea, em, er] = effects as [number, number, number];
    before += g.valueBefore;
    after += g.valueAfter;
    activity += ea;
    mix += em;
    rate += er;
    return { ...g, activityEffect: ea, mixEffect: em, rateEffect: er, change: g.valueAfter - g.valueBefore };
  });
  rows.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.key.localeCompare(b.key));
  return {
    method,
    before,
    after,
    gap: after - before,
    activityEffect: activity,
    mixEffect: mix,
    rateEffect: rate,
    groups: rows,
  };
}

// ── The analysis ───────────────────────────────────────────────────────────────────────────────────────

export interface MixOptions {
  readonly method: DecompositionMethod;
  readonly zeroRule: LmdiZeroRule;
  readonly baselineScaling: BaselineScaling;
}

export const DEFAULT_MIX_OPTIONS: MixOptions = {
  method: 'lmdi',
  zeroRule: 'small-value',
  baselineScaling: 'per_day',
};

export interface MixComparison extends StructuralDecomposition {
  readonly basis: MixBasis;
  readonly reference: DayRange;
  readonly scale: number;
  readonly notes: readonly LocalizedText[];
}

export interface MixFindings {
  readonly byChannel: AnalysisResult<MixComparison>;
  readonly byCategory: AnalysisResult<MixComparison>;
}

/** Sums per group for the two windows; the baseline scaled. Label '' is an empty cell. */
interface WindowSums {
  readonly labels: readonly string[];
  readonly activity: [Float64Array, Float64Array];
  readonly value: [Float64Array, Float64Array];
}

export function analyzeMix(
  data: CampaignData,
  options: Partial<MixOptions> = {},
): AnalysisResult<MixFindings> {
  const o = { ...DEFAULT_MIX_OPTIONS, ...options };
  const window = comparisonWindow(data.campaign, o.baselineScaling);
  if (!window) return unavailable(msg.noBaseline());
  const ranges: [DayRange, DayRange] = [window.baseline, window.current];
  return ok({
    byChannel: channelMix(data, ranges, window.scale, o),
    byCategory: categoryMix(data, ranges, window.scale, o),
  });
}

function windowOf(day: number, ranges: readonly [DayRange, DayRange]): 0 | 1 | -1 {
  if (day >= ranges[1].start && day <= ranges[1].end) return 1;
  if (day >= ranges[0].start && day <= ranges[0].end) return 0;
  return -1;
}

function finish(
  sums: WindowSums,
  scale: number,
  basis: MixBasis,
  reference: DayRange,
  o: MixOptions,
  notes: LocalizedText[],
): MixComparison {
  const groups: MixGroupInput[] = sums.labels.map((key, i) => ({
    key,
    activityBefore: (sums.activity[0][i] as number) * scale,
    valueBefore: (sums.value[0][i] as number) * scale,
    activityAfter: sums.activity[1][i] as number,
    valueAfter: sums.value[1][i] as number,
  }));
  return { ...structuralDecomposition(groups, o.method, o.zeroRule), basis, reference, scale, notes };
}

function channelMix(
  data: CampaignData,
  ranges: [DayRange, DayRange],
  scale: number,
  o: MixOptions,
): AnalysisResult<MixComparison> {
  const { orders, traffic } = data;
  if (!orders.channel) return unavailable(msg.noOrderChannel());
  const index = new KeyIndex();
  const orderGroup = index.mapColumn(orders.channel);
  const trafficGroup = traffic?.channel ? index.mapColumn(traffic.channel) : null;
  const empty = index.size; // the group of orders with an empty channel cell
  const labels = [...index.labels, ''];
  const n = labels.length;
  const value: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  const paid: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  for (let i = 0; i < orders.size; i++) {
    if (!isPaidStatusCode(orders.status[i] as number)) continue;
    const w = windowOf(orders.day[i] as number, ranges);
    if (w === -1) continue;
    const g = groupOfRow(orders.channel, orderGroup, i);
    const k = g < 0 ? empty : g;
    const amount = orders.amount[i] as number;
    value[w][k] = (value[w][k] as number) + (Number.isFinite(amount) ? amount : 0);
    paid[w][k] = (paid[w][k] as number) + 1;
  }
  const notes: LocalizedText[] = [];
  if (traffic?.channel && trafficGroup) {
    const uv: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
    for (let i = 0; i < traffic.size; i++) {
      const w = windowOf(traffic.day[i] as number, ranges);
      const g = groupOfRow(traffic.channel, trafficGroup, i);
      const v = traffic.uv[i] as number;
      if (w === -1 || g < 0 || !Number.isFinite(v)) continue;
      uv[w][g] = (uv[w][g] as number) + v;
    }
    const covered = [0, 1].every((w) => value[w]!.every((v, k) => v === 0 || (uv[w]![k] as number) > 0));
    if (covered) return ok(finish({ labels, activity: uv, value }, scale, 'uv', ranges[0], o, notes));
    notes.push(msg.channelUvIncomplete());
  }
  return ok(finish({ labels, activity: paid, value }, scale, 'paid_orders', ranges[0], o, notes));
}

function categoryMix(
  data: CampaignData,
  ranges: [DayRange, DayRange],
  scale: number,
  o: MixOptions,
): AnalysisResult<MixComparison> {
  const { orders, lines } = data;
  if (!lines.category) return unavailable(msg.noCategoryColumn());
  const index = new KeyIndex();
  const lineGroup = index.mapColumn(lines.category);
  const empty = index.size;
  const labels = [...index.labels, ''];
  const n = labels.length;
  const value: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  const activity: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  const quantity = lines.quantity;
  for (let i = 0; i < lines.size; i++) {
    const order = lines.order[i] as number;
    if (!isPaidStatusCode(orders.status[order] as number)) continue;
    const w = windowOf(orders.day[order] as number, ranges);
    if (w === -1) continue;
    const g = groupOfRow(lines.category, lineGroup, i);
    const k = g < 0 ? empty : g;
    const amount = lines.amount[i] as number;
    const units = quantity ? (quantity[i] as number) : 1;
    value[w][k] = (value[w][k] as number) + (Number.isFinite(amount) ? amount : 0);
    activity[w][k] = (activity[w][k] as number) + (Number.isFinite(units) && units > 0 ? units : 0);
  }
  // A line with an amount but no usable quantity would break the identity: count it as one unit.
  for (const w of [0, 1] as const) {
    for (let k = 0; k < n; k++)
      if ((activity[w][k] as number) === 0 && (value[w][k] as number) !== 0) activity[w][k] = 1;
  }
  return ok(finish({ labels, activity, value }, scale, quantity ? 'units' : 'lines', ranges[0], o, []));
}

export const mixAnalysis: AnalysisDefinition<'mix', MixOptions, AnalysisResult<MixFindings>> = {
  id: 'mix',
  name: msg.analysisNames.mix,
  requires: {
    tables: ['orders', 'campaign'],
    columns: ['orders.amount'],
    optional: ['orders.channel', 'orders.category', 'orders.quantity', 'traffic'],
  },
  run: analyzeMix,
};
