import type { FieldId } from '../../../model/fields';

/** Header aliases of the targets table, best first. */
export const TARGET_ALIASES = {
  metric: ['指标', '指标名称', '目标指标', 'KPI', '项目', 'Metric', 'Target Metric', 'KPI Name', 'Measure'],
  target: ['目标值', '目标', '目标数值', 'Target', 'Target Value', 'Goal', 'Goal Value', 'Value'],
  channel: ['渠道', 'Channel'],
} as const satisfies Record<FieldId<'targets'>, readonly string[]>;
