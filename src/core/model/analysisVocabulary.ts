/**
 * The names the analyses and their sentences share: analysis ids, anomaly metrics, funnel steps, coupon-abuse
 * link kinds. They live here, beneath both, so that core/messages can name them without importing the
 * analyses, which import core/messages for their sentences (docs/architecture.md).
 */

/** The diagnostic analyses, in the order the diagnostics sheet lists them. */
export const ANALYSIS_IDS = [
  'phases',
  'decomposition',
  'mix',
  'funnel',
  'anomalies',
  'channels',
  'customers',
  'attribution',
  'ab_test',
  'coupon_abuse',
  'stockouts',
] as const;
export type AnalysisId = (typeof ANALYSIS_IDS)[number];

export function isAnalysisId(value: unknown): value is AnalysisId {
  return typeof value === 'string' && (ANALYSIS_IDS as readonly string[]).includes(value);
}

/** The daily metrics the anomaly analysis scores. */
export const ANOMALY_METRICS = ['gmv', 'orders', 'uv', 'cvr'] as const;
export type AnomalyMetric = (typeof ANOMALY_METRICS)[number];

/** The funnel's steps, in order. */
export const FUNNEL_STEPS = ['visit', 'view', 'cart', 'order', 'pay'] as const;
export type FunnelStepId = (typeof FUNNEL_STEPS)[number];

/** What links accounts in the coupon-abuse analysis. */
export type LinkKind = 'device' | 'ip' | 'address';
