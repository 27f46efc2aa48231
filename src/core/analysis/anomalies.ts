import type { CampaignData } from '../model/campaign';
import type { Day, DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { dailyOrderSeries } from './aggregate/dailyOrderSeries';
import { dailyTrafficSeries } from './aggregate/dailyTrafficSeries';
import type { AnalysisDefinition } from './definition';
import { robustScale, robustZ, type RobustScale } from './math/robustScale';
import { proposePhases, DEFAULT_PHASE_OPTIONS } from './phases';
import { ok, unavailable, type AnalysisResult } from './result';
import type { AnomalyMetric } from '../model/analysisVocabulary';

/**
 * Days far from expectation. Each daily KPI series (GMV, orders placed, UV, CVR = paying buyers / UV) of
 * the campaign period is scored against the baseline period with the robust z of Iglewicz & Hoaglin
 * (1993): z = 0.6745 · (x − median) / MAD of the baseline days (math/robustScale.ts; MAD = 0 falls back
 * to 1.2533 × mean absolute deviation, a constant baseline gives no score). |z| > 3.5 is an anomaly.
 * Planned peak days are expected: scored and listed under `expected`, never flagged. Seasonal methods
 * (S-H-ESD) would need two full seasons of history, which campaign workbooks rarely hold.
 *
 * Baseline: the campaign's baseline period; without one, the data's days before the period when there
 * are at least `minBaselineDays` of them. Peak days: the given peak phases, else the proposed peak
 * (phases.ts), unless `expectedDays` overrides them.
 */
export { ANOMALY_METRICS, type AnomalyMetric } from '../model/analysisVocabulary';

export interface DailySeries {
  readonly metric: AnomalyMetric;
  /** Day of values[0]; NaN marks a day without data. */
  readonly start: Day;
  readonly values: ArrayLike<number>;
}

export interface Anomaly {
  readonly day: Day;
  readonly metric: AnomalyMetric;
  readonly value: number;
  /** The baseline median. */
  readonly expected: number;
  readonly z: number;
  readonly direction: 'high' | 'low';
}

export interface MetricBaseline extends RobustScale {
  readonly metric: AnomalyMetric;
}

export interface AnomalyOptions {
  readonly threshold: number;
  readonly minBaselineDays: number;
  /** Days that are expected to be extreme (planned peaks); null = from the phases. */
  readonly expectedDays: readonly Day[] | null;
  /** Series to score instead of the ones computed from the data (e.g. the KPI engine's). */
  readonly series: readonly DailySeries[] | null;
}

export const DEFAULT_ANOMALY_OPTIONS: AnomalyOptions = {
  threshold: 3.5,
  minBaselineDays: 7,
  expectedDays: null,
  series: null,
};

export interface AnomalyFindings {
  readonly baseline: DayRange;
  readonly baselineSource: 'campaign' | 'before_period';
  readonly evaluated: DayRange;
  readonly threshold: number;
  /** Sorted by |z|, largest first. */
  readonly anomalies: readonly Anomaly[];
  /** Beyond the threshold on planned peak days: expected, not anomalies. */
  readonly expected: readonly Anomaly[];
  readonly expectedDays: readonly Day[];
  readonly baselines: readonly MetricBaseline[];
  readonly notes: readonly LocalizedText[];
}

/** Scores the `evaluate` days of each series against its `baseline` days. Pure; O(n log n). */
export function detectAnomalies(
  series: readonly DailySeries[],
  baseline: DayRange,
  evaluate: DayRange,
  expectedDays: ReadonlySet<number>,
  threshold: number,
): { anomalies: Anomaly[]; expected: Anomaly[]; baselines: MetricBaseline[] } {
  const anomalies: Anomaly[] = [];
  const expected: Anomaly[] = [];
  const baselines: MetricBaseline[] = [];
  for (const s of series) {
    const valueAt = (day: number): number => {
      const i = day - s.start;
      return i >= 0 && i < s.values.length ? (s.values[i] as number) : NaN;
    };
    const base: number[] = [];
    for (let d = baseline.start; d <= baseline.end; d++) base.push(valueAt(d));
    const scale = robustScale(base);
    baselines.push({ metric: s.metric, ...scale });
    for (let d = evaluate.start; d <= evaluate.end; d++) {
      const value = valueAt(d);
      const z = robustZ(value, scale);
      if (z === null || !(Math.abs(z) > threshold)) continue;
      const a: Anomaly = {
        day: d as Day,
        metric: s.metric,
        value,
        expected: scale.median as number,
        z,
        direction: z > 0 ? 'high' : 'low',
      };
      (expectedDays.has(d) ? expected : anomalies).push(a);
    }
  }
  const order = (a: Anomaly, b: Anomaly): number => Math.abs(b.z) - Math.abs(a.z) || a.day - b.day;
  return { anomalies: anomalies.sort(order), expected: expected.sort(order), baselines };
}

export function analyzeAnomalies(
  data: CampaignData,
  options: Partial<AnomalyOptions> = {},
): AnalysisResult<AnomalyFindings> {
  const o = { ...DEFAULT_ANOMALY_OPTIONS, ...options };
  const { period } = data.campaign;
  const notes: LocalizedText[] = [];
  let baseline = data.campaign.baseline;
  let baselineSource: AnomalyFindings['baselineSource'] = 'campaign';
  if (!baseline) {
    let first = Infinity;
    for (let i = 0; i < data.orders.size; i++) first = Math.min(first, data.orders.day[i] as number);
    if (!(period.start - first >= o.minBaselineDays))
      return unavailable(msg.noBaselineForAnomalies(o.minBaselineDays));
    baseline = { start: first as Day, end: (period.start - 1) as Day };
    baselineSource = 'before_period';
    notes.push(msg.baselineFromDaysBefore(baseline));
  }
  const start = Math.min(baseline.start, period.start) as Day;
  const end = Math.max(baseline.end, period.end) as Day;
  const series = o.series ?? seriesFromData(data, { start, end });

  let expectedDays = o.expectedDays;
  if (!expectedDays) {
    const given = data.campaign.phases.filter((p) => p.kind === 'peak');
    const gmv = series.find((s) => s.metric === 'gmv');
    const proposed = gmv
      ? proposePhases(period, sliceSeries(gmv, period), DEFAULT_PHASE_OPTIONS.peakThreshold)
      : [];
    const peaks = given.length > 0 ? given : proposed.filter((p) => p.kind === 'peak');
    if (given.length === 0 && peaks.length > 0) notes.push(msg.peakFromProposal());
    expectedDays = peaks.flatMap((p) =>
      Array.from({ length: p.end - p.start + 1 }, (_, i) => (p.start + i) as Day),
    );
  }
  const result = detectAnomalies(series, baseline, period, new Set(expectedDays), o.threshold);
  for (const b of result.baselines) {
    if (b.method === 'mean_absolute_deviation') notes.push(msg.madZeroFallback(b.metric));
    if (b.method === 'constant') notes.push(msg.constantBaseline(b.metric));
  }
  return ok({
    baseline,
    baselineSource,
    evaluated: period,
    threshold: o.threshold,
    ...result,
    expectedDays,
    notes,
  });
}

function sliceSeries(s: DailySeries, range: DayRange): number[] {
  const out: number[] = [];
  for (let d = range.start; d <= range.end; d++) {
    const i = d - s.start;
    const v = i >= 0 && i < s.values.length ? (s.values[i] as number) : 0;
    out.push(Number.isFinite(v) ? v : 0);
  }
  return out;
}

/** GMV and orders per day from the orders; UV and CVR when there is a traffic table (NaN on days without). */
export function seriesFromData(data: CampaignData, range: DayRange): DailySeries[] {
  const daily = dailyOrderSeries(data.orders, range);
  const series: DailySeries[] = [
    { metric: 'gmv', start: range.start, values: Array.from(daily.gmv) },
    { metric: 'orders', start: range.start, values: Array.from(daily.orders) },
  ];
  if (data.traffic) {
    const uv = dailyTrafficSeries(data.traffic, data.traffic.uv, range);
    const uvValues = Array.from(uv.values, (v, i) => (uv.present[i] ? v : NaN));
    series.push({ metric: 'uv', start: range.start, values: uvValues });
    if (daily.buyers) {
      const buyers = daily.buyers;
      series.push({
        metric: 'cvr',
        start: range.start,
        values: uvValues.map((u, i) => (u > 0 ? (buyers[i] as number) / u : NaN)),
      });
    }
  }
  return series;
}

export const anomaliesAnalysis: AnalysisDefinition<
  'anomalies',
  AnomalyOptions,
  AnalysisResult<AnomalyFindings>
> = {
  id: 'anomalies',
  name: msg.analysisNames.anomalies,
  requires: {
    tables: ['orders'],
    columns: ['orders.amount'],
    optional: ['campaign', 'traffic', 'orders.customer_id'],
  },
  run: analyzeAnomalies,
};
