import type { AnalyzeOptions } from '../core/analyze';
import { ingest } from '../core/ingest';
import { computeKpis } from '../core/metrics';
import type { KpiReport, TargetThresholds } from '../core/metrics/report';
import type { IngestResult } from '../core/model/campaign';
import type { RawTable } from '../core/model/raw';
import { computeVerdict, type Verdict } from '../core/retro/verdict';

/** What `kpis` prints from: the part of `analyzeCampaign`'s result that the KPIs and the verdict need. */
export interface KpisResult {
  readonly ingest: IngestResult;
  /** null when no usable orders table was found (the ingest warnings say why). */
  readonly analysis: { readonly report: KpiReport; readonly verdict: Verdict } | null;
}

/**
 * `analyzeCampaign` without the diagnostics: ingest, KPIs and verdict, the same steps with the same
 * defaults, so `kpis` gives exactly the numbers `retro` writes without spending time and memory on
 * analyses it does not print. `take` hands over the raw tables and forgets them, so that once ingest has
 * turned them into campaign data nothing keeps a million rows of raw cells alive.
 * Keep in step with `analyzeCampaign` (src/core/analyze.ts): tests/cli/kpisJson checks both agree.
 */
export function computeKpisOnly(take: () => readonly RawTable[], options: AnalyzeOptions = {}): KpisResult {
  const ingested = ingest(take(), options.ingest);
  const data = ingested.data;
  if (!data) return { ingest: ingested, analysis: null };
  const thresholds: TargetThresholds = { exceeded: 1, nearlyMet: 0.9, ...options.thresholds };
  const report = computeKpis(data, { thresholds });
  const verdict = computeVerdict(
    report.targets.map((t) => ({ kpi: t.kpi, attainment: t.attainment.value })),
    { met: thresholds.exceeded, nearlyMet: thresholds.nearlyMet },
  );
  return { ingest: ingested, analysis: { report, verdict } };
}
