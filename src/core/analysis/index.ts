import { abTestAnalysis } from './abTest';
import { anomaliesAnalysis } from './anomalies';
import { attributionAnalysis } from './attribution';
import { channelsAnalysis } from './channels';
import { couponAbuseAnalysis } from './couponAbuse';
import { customersAnalysis } from './customers';
import { decompositionAnalysis } from './decomposition';
import type { AnalysisId } from './definition';
import { funnelAnalysis } from './funnel';
import { mixAnalysis } from './mixDecomposition';
import { phasesAnalysis } from './phases';
import { stockoutsAnalysis } from './stockouts';

/**
 * The diagnostic analyses, one per file, each declaring what it requires. The exhaustive record makes a
 * new id in ANALYSIS_IDS fail to compile until its analysis is listed here.
 */
export const ANALYSES = {
  phases: phasesAnalysis,
  decomposition: decompositionAnalysis,
  mix: mixAnalysis,
  funnel: funnelAnalysis,
  anomalies: anomaliesAnalysis,
  channels: channelsAnalysis,
  customers: customersAnalysis,
  attribution: attributionAnalysis,
  ab_test: abTestAnalysis,
  coupon_abuse: couponAbuseAnalysis,
  stockouts: stockoutsAnalysis,
} as const satisfies Record<AnalysisId, { readonly id: AnalysisId }>;

export type AnalysisResults = { readonly [K in AnalysisId]: ReturnType<(typeof ANALYSES)[K]['run']> };
