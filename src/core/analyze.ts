import { ANALYSES, type AnalysisResults } from './analysis';
import { unavailable } from './analysis/result';
import { needsOrders } from './messages/analysis';
import { ingest, type IngestOptions } from './ingest';
import { computeKpis } from './metrics';
import type { KpiReport, TargetThresholds } from './metrics/report';
import type { CampaignData, IngestResult } from './model/campaign';
import type { RawTable } from './model/raw';
import { computeVerdict, type Verdict } from './retro/verdict';

export interface AnalyzeOptions {
  readonly ingest?: IngestOptions;
  readonly thresholds?: Partial<TargetThresholds>;
}

/** Everything the planners need about a campaign (with or without orders). */
export interface CampaignAnalysis extends MeasuredCampaign {
  readonly analyses: AnalysisResults;
}

export interface AnalyzeResult {
  readonly ingest: IngestResult;
  /** null when ingest found nothing to build a campaign on (the ingest warnings say why). */
  readonly analysis: CampaignAnalysis | null;
}

/** The KPIs and the verdict, without the diagnostics: what `fupan kpis` prints. */
export interface MeasuredCampaign {
  readonly data: CampaignData;
  readonly report: KpiReport;
  readonly verdict: Verdict;
  readonly thresholds: TargetThresholds;
}

export interface MeasureResult {
  readonly ingest: IngestResult;
  /** null when ingest found nothing to build a campaign on (the ingest warnings say why). */
  readonly analysis: MeasuredCampaign | null;
}

/**
 * Ingest, KPIs and verdict. The tables may be handed over as a function that gives them up: then nothing
 * here keeps a million rows of raw cells alive once ingest has turned them into columns.
 */
export function measureCampaign(
  tables: readonly RawTable[] | (() => readonly RawTable[]),
  options: AnalyzeOptions = {},
): MeasureResult {
  const ingested = ingest(typeof tables === 'function' ? tables() : tables, options.ingest);
  const data = ingested.data;
  if (!data) return { ingest: ingested, analysis: null };
  const thresholds: TargetThresholds = { exceeded: 1, nearlyMet: 0.9, ...options.thresholds };
  const report = computeKpis(data, { thresholds });
  const verdict = computeVerdict(
    report.targets.map((t) => ({ kpi: t.kpi, attainment: t.attainment.value })),
    { met: thresholds.exceeded, nearlyMet: thresholds.nearlyMet },
  );
  return { ingest: ingested, analysis: { data, report, verdict, thresholds } };
}

/**
 * The engine, from raw cells to results:
 *
 *   raw tables ─ingest─▶ campaign data + rejected rows ─KPIs─▶ report ─analyses─▶ diagnostics ─▶ verdict
 *
 * Pure: no clock, no randomness, no host. The planners turn the result into a workbook plan.
 */
export function analyzeCampaign(tables: readonly RawTable[], options: AnalyzeOptions = {}): AnalyzeResult {
  const measured = measureCampaign(tables, options);
  if (!measured.analysis) return { ingest: measured.ingest, analysis: null };
  return {
    ingest: measured.ingest,
    analysis: { ...measured.analysis, analyses: runAnalyses(measured.analysis.data) },
  };
}

/**
 * Every analysis. In a campaign without orders, one that requires the orders table says so (and what
 * orders would unlock) instead of running on an empty table; the others run on what is there.
 */
function runAnalyses(data: CampaignData): AnalysisResults {
  const missing = data.ordersMissing;
  const run = <K extends keyof typeof ANALYSES>(id: K) =>
    (missing !== null && (ANALYSES[id].requires.tables as readonly string[]).includes('orders')
      ? unavailable(needsOrders(id, missing))
      : ANALYSES[id].run(data)) as AnalysisResults[K];
  return {
    phases: run('phases'),
    decomposition: run('decomposition'),
    mix: run('mix'),
    funnel: run('funnel'),
    anomalies: run('anomalies'),
    channels: run('channels'),
    customers: run('customers'),
    attribution: run('attribution'),
    ab_test: run('ab_test'),
    coupon_abuse: run('coupon_abuse'),
    stockouts: run('stockouts'),
  };
}
