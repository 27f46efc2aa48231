import * as text from '../messages/metrics';
import type { TargetRow } from '../model/campaign';
import { channelKey } from './channelIndex';
import type { KpiDirection } from './kpiDefinition';
import { isKpiId, type KpiId } from './kpiIds';
import { known, missing, type KpiValue } from './kpiValue';
import { KPI_DEFINITIONS } from './kpis';
import type { ChannelKpis, KpiGroup, TargetResult, TargetStatus, TargetThresholds } from './report';

export const DEFAULT_THRESHOLDS: TargetThresholds = { exceeded: 1, nearlyMet: 0.9 };

export function resolveThresholds(given: Partial<TargetThresholds> | undefined): TargetThresholds {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...given };
  const { exceeded, nearlyMet } = thresholds;
  if (!(Number.isFinite(exceeded) && Number.isFinite(nearlyMet) && nearlyMet <= exceeded)) {
    throw new Error(`Broken contract: target thresholds must be numbers with nearlyMet ≤ exceeded.`);
  }
  return thresholds;
}

/** actual ÷ target ('higher' is better) or target ÷ actual ('lower'); the target must be positive. */
export function attainment(kpi: KpiId, actual: KpiValue, target: number): KpiValue {
  if (actual.value === null) return actual;
  if (!(target > 0)) return missing(text.targetNotPositive(target));
  const { direction, name } = KPI_DEFINITIONS[kpi];
  if (direction === 'higher') return known(actual.value / target);
  if (actual.value > 0) return known(target / actual.value);
  return missing(text.actualNotPositive(name, actual.value));
}

export function targetStatus(
  direction: KpiDirection,
  actual: KpiValue,
  target: number,
  achieved: KpiValue,
  thresholds: TargetThresholds,
): TargetStatus {
  if (achieved.value === null) {
    // A lower-is-better KPI at exactly 0 beats any positive target, though the ratio is undefined. A target
    // of 0 or less is no target (docs/metrics.md: a target must be positive), whatever the actual.
    return direction === 'lower' && actual.value === 0 && target > 0 ? 'exceeded' : 'not_computed';
  }
  if (achieved.value >= thresholds.exceeded) return 'exceeded';
  if (achieved.value >= thresholds.nearlyMet) return 'nearly_met';
  return 'missed';
}

/**
 * Every target row, in order, none dropped: a metric Fupan does not compute, or a channel no table
 * mentions, is kept with status 'not_computed' and the reason. A channel target reads that channel's KPI.
 */
export function evaluateTargets(
  rows: readonly TargetRow[],
  total: KpiGroup,
  channels: readonly ChannelKpis[],
  thresholds: TargetThresholds,
): TargetResult[] {
  const byKey = new Map(channels.map((group) => [group.key, group]));
  return rows.map((row) => {
    const base = { metric: row.metric, channel: row.channel, target: row.value, sourceRow: row.sourceRow };
    if (!isKpiId(row.kpi)) {
      const reason = missing(text.unknownTargetMetric(row.metric));
      return {
        ...base,
        kpi: null,
        direction: null,
        actual: reason,
        attainment: reason,
        status: 'not_computed',
      };
    }
    const kpi = row.kpi;
    const direction = KPI_DEFINITIONS[kpi].direction;
    const channel = row.channel === null || channelKey(row.channel) === '' ? null : channelKey(row.channel);
    const group = channel === null ? total : byKey.get(channel);
    const actual = group ? group.kpis[kpi] : missing(text.targetChannelNotFound(row.channel ?? ''));
    const achieved = attainment(kpi, actual, row.value);
    const status = targetStatus(direction, actual, row.value, achieved, thresholds);
    return { ...base, kpi, direction, actual, attainment: achieved, status };
  });
}
