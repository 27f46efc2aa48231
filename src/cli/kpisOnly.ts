import { measureCampaign, type AnalyzeOptions, type MeasureResult } from '../core/analyze';
import type { RawTable } from '../core/model/raw';

/** What `kpis` prints from: ingest, KPIs and verdict — `analyzeCampaign` without the diagnostics. */
export type KpisResult = MeasureResult;

/**
 * `take` hands over the raw tables and forgets them, so that once ingest has turned them into campaign data
 * nothing keeps a million rows of raw cells alive.
 */
export function computeKpisOnly(take: () => readonly RawTable[], options: AnalyzeOptions = {}): KpisResult {
  return measureCampaign(take, options);
}
