import type { FieldId } from '../model/fields';
import type { TableKind } from '../model/tableKinds';
import type { LocalizedText } from '../model/text';
import type { KpiId } from './kpiIds';
import type { KpiValue } from './kpiValue';
import type { MeasureId } from './measures';

/** What a KPI's number is counted in. */
export const KPI_UNITS = ['money', 'count', 'ratio', 'per_money'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** How the sheets show it: a hint the plan turns into a number format for the workbook's locale. */
export const KPI_FORMAT_KINDS = ['money', 'integer', 'percent', 'multiple'] as const;
export type KpiFormatKind = (typeof KPI_FORMAT_KINDS)[number];
export interface KpiFormat {
  readonly kind: KpiFormatKind;
  readonly decimals: number;
}

export type KpiDirection = 'higher' | 'lower';

/** A source column, as `table.field` with the field ids of model/fields.ts. */
export type ColumnRef = { [K in TableKind]: `${K}.${FieldId<K>}` }[TableKind];

export interface KpiRequirements {
  /** Tables that must be present for the KPI to have a value. */
  readonly tables: readonly TableKind[];
  /** Columns the KPI reads when present (alternatives included; the definition says which wins). */
  readonly columns: readonly ColumnRef[];
  /** Other KPIs it is computed from. */
  readonly kpis: readonly KpiId[];
  /** Aggregates it is computed from. */
  readonly measures: readonly MeasureId[];
}

/** What `compute` may read: only what `requires` declares (reading anything else throws). */
export interface KpiInputs {
  kpi(id: KpiId): KpiValue;
  measure(id: MeasureId): KpiValue;
}

export interface KpiDefinition {
  readonly id: KpiId;
  readonly name: LocalizedText;
  readonly unit: KpiUnit;
  readonly format: KpiFormat;
  readonly direction: KpiDirection;
  /** Sums over disjoint sets of days (and of channels): per-day averages are meaningful. */
  readonly additive: boolean;
  readonly requires: KpiRequirements;
  /** One sentence: what is counted, over which orders. */
  readonly definition: LocalizedText;
  /** The formula as docs and output sheets show it. */
  readonly formula: LocalizedText;
  readonly compute: (inputs: KpiInputs) => KpiValue;
}
