import type { KpiId } from '../../../metrics/kpiIds';
import { normaliseHeader } from '../../headers/normaliseHeader';
import { AMBIGUOUS_ROI, METRIC_NAMES } from './metricNames';

const NOISE = /[\s\p{P}\p{S}]+/gu;

/** A metric name's comparison form, keeping bracket contents: '退款率(订单)' → '退款率订单'. */
export function metricKey(metric: string): string {
  return metric.normalize('NFKC').toLowerCase().replace(NOISE, '');
}

const TABLE: ReadonlyMap<string, KpiId> = new Map(
  (Object.keys(METRIC_NAMES) as KpiId[]).flatMap((kpi) =>
    METRIC_NAMES[kpi].map((name) => [metricKey(name), kpi] as const),
  ),
);

export interface MetricMatch {
  readonly kpi: KpiId | null;
  /** The name was a bare "ROI", read as ROAS. */
  readonly roiAsRoas: boolean;
}

/** The KPI a target metric names: first as written, then with bracketed units dropped ('GMV(万元)' → GMV). */
export function metricKpi(metric: string): MetricMatch {
  const full = metricKey(metric);
  const bare = normaliseHeader(metric);
  const key = TABLE.has(full) ? full : bare;
  return { kpi: TABLE.get(key) ?? null, roiAsRoas: key === AMBIGUOUS_ROI };
}
