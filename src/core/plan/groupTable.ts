import type { Locale } from '../locale';
import { KPI_DEFINITIONS } from '../metrics/kpis';
import type { KpiId } from '../metrics/kpiIds';
import { MEASURE_NAMES, type MeasureId } from '../metrics/measures';
import type { KpiGroup } from '../metrics/report';
import { cellAddress } from './a1';
import { kpiCell, kpiNumberFormat, measureNumberFormat } from './kpiCells';
import type { PlacedTable, SheetBuilder } from './sheetBuilder';
import type { PlanCell } from './types';

export interface GroupTableSpec {
  readonly name: string;
  readonly labelHeaders: readonly string[];
  readonly labelFormats?: readonly (string | undefined)[];
  readonly groups: readonly { readonly labels: readonly PlanCell[]; readonly group: KpiGroup }[];
  /** Aggregate columns, written as values. */
  readonly measures: readonly MeasureId[];
  /** KPI columns, written as formulas over the aggregate columns of the same row where possible. */
  readonly kpis: readonly KpiId[];
  /**
   * Measures that equal another column for this kind of group (for a single day, buyer-days are that day's
   * buyers): formulas read the aliased column instead.
   */
  readonly aliases?: Partial<Record<MeasureId, MeasureId>>;
  /** Header overrides for measure columns (default: the measure's name). */
  readonly measureHeaders?: Partial<Record<MeasureId, string>>;
}

export interface PlacedGroupTable extends PlacedTable {
  /** Column index (within the table) of a measure or KPI. */
  readonly indexOf: (id: MeasureId | KpiId) => number;
}

/** A table of groups (days, phases, channels, categories): labels, aggregates, then KPIs as formulas. */
export function groupTable(
  sheet: SheetBuilder,
  spec: GroupTableSpec,
  locale: Locale,
  col = 0,
): PlacedGroupTable {
  const labelCount = spec.labelHeaders.length;
  const measureIndex = new Map(spec.measures.map((m, i) => [m, labelCount + i]));
  const kpiIndex = new Map(spec.kpis.map((k, i) => [k, labelCount + spec.measures.length + i]));
  const firstDataRow = sheet.nextRow + 1;
  const ref = (row: number) => (m: MeasureId) => {
    const index = measureIndex.get(spec.aliases?.[m] ?? m);
    return index === undefined ? null : cellAddress(row, col + index);
  };
  const placed = sheet.table(
    {
      name: spec.name,
      header: [
        ...spec.labelHeaders,
        ...spec.measures.map((m) => spec.measureHeaders?.[m] ?? MEASURE_NAMES[m][locale]),
        ...spec.kpis.map((k) => KPI_DEFINITIONS[k].name[locale]),
      ],
      rows: spec.groups.map(({ labels, group }, i) => [
        ...labels,
        ...spec.measures.map((m) => group.measures[m].value),
        ...spec.kpis.map((k) => kpiCell(k, group.kpis[k], group.measures, ref(firstDataRow + i), locale)),
      ]),
      formats: [
        ...spec.labelHeaders.map((_, i) => spec.labelFormats?.[i]),
        ...spec.measures.map((m) => measureNumberFormat(m, locale)),
        ...spec.kpis.map((k) => kpiNumberFormat(k, locale)),
      ],
    },
    col,
  );
  return {
    ...placed,
    indexOf: (id) => {
      const index = measureIndex.get(id as MeasureId) ?? kpiIndex.get(id as KpiId);
      if (index === undefined) throw new Error(`Broken contract: ${id} is not a column of ${spec.name}.`);
      return index;
    },
  };
}
