import type { CampaignData, Phase, PhaseKind } from '../model/campaign';
import { inRange, type Day, type DayRange } from '../model/day';
import * as msg from '../messages/analysis';
import { dailyOrderSeries } from './aggregate/dailyOrderSeries';
import type { AnalysisDefinition } from './definition';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * The campaign's phases and their weight. Days are labelled warm-up (预热期) / peak (爆发期) / tail
 * (收尾期) from the campaign table's phases; days of the period that no phase covers are `campaign`, the
 * baseline's days `baseline`, and any other day `outside`.
 *
 * Without phases, they are proposed from the daily GMV curve of the period (deterministic):
 *   peak   = the longest run of consecutive days around the day of maximum GMV (the earliest such day on a
 *            tie) on which GMV ≥ `peakThreshold` (50 %) × that maximum;
 *   warm-up = the period's days before the peak, tail = its days after (each omitted when empty).
 * GMV is Σ amount over all orders placed (any status), per the KPI contract; paid sales are given too.
 */
export type DayLabel = PhaseKind | 'baseline' | 'campaign' | 'outside';

export interface PhaseOptions {
  /** Share of the maximum daily GMV a day needs to belong to a proposed peak. */
  readonly peakThreshold: number;
}

export const DEFAULT_PHASE_OPTIONS: PhaseOptions = { peakThreshold: 0.5 };

export interface PhaseSummary extends DayRange {
  readonly kind: PhaseKind;
  readonly days: number;
  readonly gmv: number;
  readonly paidSales: number;
  /** Of the period's GMV; null when it is 0. */
  readonly shareOfGmv: number | null;
  readonly dailyAverageGmv: number;
}

export interface LabelledDay {
  readonly day: Day;
  readonly label: DayLabel;
  readonly gmv: number;
  readonly paidSales: number;
  readonly orders: number;
}

export interface PhaseFindings {
  readonly source: 'given' | 'proposed' | 'none';
  readonly period: DayRange;
  readonly phases: readonly PhaseSummary[];
  readonly peakDay: { readonly day: Day; readonly gmv: number } | null;
  readonly periodGmv: number;
  readonly periodPaidSales: number;
  readonly baseline: {
    readonly range: DayRange;
    readonly gmv: number;
    readonly dailyAverageGmv: number;
  } | null;
  /** Every day from the earlier of baseline and period start to the later end. */
  readonly days: readonly LabelledDay[];
}

/** Proposes phases from daily GMV over the period (index 0 = period start). Empty when GMV is all 0. */
export function proposePhases(period: DayRange, dailyGmv: ArrayLike<number>, threshold: number): Phase[] {
  let peakIndex = -1;
  let max = 0;
  for (let i = 0; i < dailyGmv.length; i++) {
    const v = dailyGmv[i] as number;
    if (v > max) {
      max = v;
      peakIndex = i;
    }
  }
  if (peakIndex < 0) return [];
  let first = peakIndex;
  let last = peakIndex;
  while (first > 0 && (dailyGmv[first - 1] as number) >= threshold * max) first--;
  while (last < dailyGmv.length - 1 && (dailyGmv[last + 1] as number) >= threshold * max) last++;
  const at = (i: number): Day => (period.start + i) as Day;
  const phases: Phase[] = [];
  if (first > 0) phases.push({ kind: 'warmup', start: period.start, end: at(first - 1) });
  phases.push({ kind: 'peak', start: at(first), end: at(last) });
  if (last < dailyGmv.length - 1) phases.push({ kind: 'tail', start: at(last + 1), end: period.end });
  return phases;
}

export function analyzePhases(
  data: CampaignData,
  options: Partial<PhaseOptions> = {},
): AnalysisResult<PhaseFindings> {
  const o = { ...DEFAULT_PHASE_OPTIONS, ...options };
  const { period, baseline } = data.campaign;
  if (period.end < period.start) return unavailable(msg.noPeriod());
  const start = Math.min(period.start, baseline?.start ?? period.start) as Day;
  const end = Math.max(period.end, baseline?.end ?? period.end) as Day;
  const daily = dailyOrderSeries(data.orders, { start, end });
  const offset = period.start - start;
  const periodGmv = daily.gmv.subarray(offset, offset + (period.end - period.start + 1));

  const given = data.campaign.phases.length > 0;
  const phases = given
    ? [...data.campaign.phases].sort((a, b) => a.start - b.start)
    : proposePhases(period, periodGmv, o.peakThreshold);
  const source = given ? 'given' : phases.length > 0 ? 'proposed' : 'none';

  let peakDay: PhaseFindings['peakDay'] = null;
  let totalGmv = 0;
  let totalPaid = 0;
  for (let i = 0; i < periodGmv.length; i++) {
    const v = periodGmv[i] as number;
    totalGmv += v;
    totalPaid += daily.paidSales[offset + i] as number;
    if (v > 0 && (peakDay === null || v > peakDay.gmv)) peakDay = { day: (period.start + i) as Day, gmv: v };
  }

  const summaries = phases.map((p): PhaseSummary => {
    let gmv = 0;
    let paid = 0;
    for (let d = Math.max(p.start, start); d <= Math.min(p.end, end); d++) {
      gmv += daily.gmv[d - start] as number;
      paid += daily.paidSales[d - start] as number;
    }
    const days = p.end - p.start + 1;
    return {
      ...p,
      days,
      gmv,
      paidSales: paid,
      shareOfGmv: totalGmv > 0 ? gmv / totalGmv : null,
      dailyAverageGmv: gmv / days,
    };
  });

  const days: LabelledDay[] = [];
  for (let d = start; d <= end; d++) {
    const phase = phases.find((p) => inRange(d, p));
    const label: DayLabel = phase
      ? phase.kind
      : inRange(d, period)
        ? 'campaign'
        : baseline && inRange(d, baseline)
          ? 'baseline'
          : 'outside';
    const i = d - start;
    days.push({
      day: d as Day,
      label,
      gmv: daily.gmv[i] as number,
      paidSales: daily.paidSales[i] as number,
      orders: daily.orders[i] as number,
    });
  }

  let baselineSummary: PhaseFindings['baseline'] = null;
  if (baseline) {
    let gmv = 0;
    for (let d = baseline.start; d <= baseline.end; d++) gmv += daily.gmv[d - start] as number;
    baselineSummary = { range: baseline, gmv, dailyAverageGmv: gmv / (baseline.end - baseline.start + 1) };
  }
  return ok({
    source,
    period,
    phases: summaries,
    peakDay,
    periodGmv: totalGmv,
    periodPaidSales: totalPaid,
    baseline: baselineSummary,
    days,
  });
}

export const phasesAnalysis: AnalysisDefinition<'phases', PhaseOptions, AnalysisResult<PhaseFindings>> = {
  id: 'phases',
  name: msg.analysisNames.phases,
  requires: { tables: ['orders'], columns: ['orders.amount'], optional: ['campaign', 'orders.status'] },
  run: analyzePhases,
};
