/** The KPI engine: definitions, values and the report over a campaign. */
export { computeKpis } from './computeKpis';
export { KPI_DEFINITIONS } from './kpis';
export { KPI_IDS, LOWER_IS_BETTER, isKpiId, type KpiId } from './kpiIds';
export { known, missing, isKnown, type KpiValue, type KnownKpiValue, type MissingKpiValue } from './kpiValue';
export { MEASURE_IDS, MEASURE_NAMES, type MeasureId, type MeasureSet } from './measures';
export type { KpiSet } from './evaluateKpis';
export type {
  ColumnRef,
  KpiDefinition,
  KpiDirection,
  KpiFormat,
  KpiFormatKind,
  KpiInputs,
  KpiRequirements,
  KpiUnit,
} from './kpiDefinition';
export { KPI_FORMAT_KINDS, KPI_UNITS } from './kpiDefinition';
export { CHANNEL_SOURCES, channelKey, type ChannelSource } from './channelIndex';
export { NEW_CUSTOMER_SOURCES, type NewCustomerSource } from './accumulate/newCustomerBasis';
export { DEFAULT_THRESHOLDS, attainment, targetStatus } from './targets';
export { GROUP_SCOPES, type GroupScope } from './measureAvailability';
export {
  METRICS_WARNING_CODES,
  TARGET_STATUSES,
  type BaselineComparison,
  type CategoryKpis,
  type ChannelKpis,
  type DayKpis,
  type DayPart,
  type KpiBasis,
  type KpiComparison,
  type KpiGroup,
  type KpiOptions,
  type KpiReport,
  type MetricsWarning,
  type MetricsWarningCode,
  type PhaseKpis,
  type TargetResult,
  type TargetStatus,
  type TargetThresholds,
  type ValueComparison,
} from './report';
