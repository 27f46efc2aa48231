import { ANALYSES, type AnalysisResults } from './analysis';
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

/** Everything the planners need about a campaign whose orders could be read. */
export interface CampaignAnalysis {
  readonly data: CampaignData;
  readonly report: KpiReport;
  readonly analyses: AnalysisResults;
  readonly verdict: Verdict;
  readonly thresholds: TargetThresholds;
}

export interface AnalyzeResult {
  readonly ingest: IngestResult;
  /** null when no usable orders table was found (the ingest warnings say why). */
  readonly analysis: CampaignAnalysis | null;
}

/**
 * The engine, from raw cells to results:
 *
 *   raw tables ─ingest─▶ campaign data + rejected rows ─KPIs─▶ report ─analyses─▶ diagnostics ─▶ verdict
 *
 * Pure: no clock, no randomness, no host. The planners turn the result into a workbook plan.
 */
export function analyzeCampaign(tables: readonly RawTable[], options: AnalyzeOptions = {}): AnalyzeResult {
  const ingested = ingest(tables, options.ingest);
  const data = ingested.data;
  if (!data) return { ingest: ingested, analysis: null };
  const thresholds: TargetThresholds = { exceeded: 1, nearlyMet: 0.9, ...options.thresholds };
  const report = computeKpis(data, { thresholds });
  const analyses = runAnalyses(data);
  const verdict = computeVerdict(
    report.targets.map((t) => ({ kpi: t.kpi, attainment: t.attainment.value })),
    { met: thresholds.exceeded, nearlyMet: thresholds.nearlyMet },
  );
  return { ingest: ingested, analysis: { data, report, analyses, verdict, thresholds } };
}

function runAnalyses(data: CampaignData): AnalysisResults {
  const run = <K extends keyof typeof ANALYSES>(id: K) => ANALYSES[id].run(data) as AnalysisResults[K];
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
