import { kpiReport } from '../metrics/computeKpis';
import type { KpiOptions, KpiReport } from '../metrics/report';
import type { TargetRow } from '../model/campaign';
import { aggregatesToCubes, type AggregateRows } from './aggregatesToCubes';
import type { SqlMapping } from './mapping';

/**
 * The KPI report from the aggregate tables of the generated SQL: the same cubes the engine fills, then the
 * same groups, measures, KPIs, targets, baseline comparison and warnings.
 */
export function aggregatesToReport(
  rows: AggregateRows,
  mapping: SqlMapping,
  targets: readonly TargetRow[] = [],
  options: KpiOptions = {},
): KpiReport {
  const { orders, refunds } = mapping.tables;
  const refundBasis =
    orders.columns.refund_amount !== undefined || refunds !== undefined ? 'refund_amount' : 'refunded_status';
  return kpiReport(aggregatesToCubes(rows, mapping), targets, refundBasis, options);
}
