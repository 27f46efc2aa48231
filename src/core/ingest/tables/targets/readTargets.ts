import type { IngestWarning, TargetRow } from '../../../model/campaign';
import type { CellValue } from '../../../model/raw';
import { ingestMessages } from '../../../messages';
import { headerSaysPercent, headerSaysTenThousand } from '../../headers/normaliseHeader';
import { parseNumber } from '../../parse/number';
import { hasPercentSign, parsePercent, percentToRatio } from '../../parse/percent';
import type { ParseResult } from '../../parse/result';
import { cellProblem, createTally, emptyCell, flushTally } from '../../read/cellProblems';
import { ROW_USED, worksheetRow, type ReadContext } from '../../read/context';
import { rejectDuplicateRows, type SeenRows } from '../../read/duplicateRows';
import { readTexts } from '../../read/readTexts';
import type { KpiId } from '../../../metrics/kpiIds';
import { metricKpi } from './metricKpi';
import { SHARE_KPIS } from './metricNames';

const TEN_THOUSAND = 1e4;

/**
 * Every targets table, one TargetRow per row used. The value: '12%' is 0.12; for a share KPI (conversion,
 * bounce, return, repurchase rates) a bare number above 1, or any bare number under a '%' unit in the metric
 * name or the target header, is a percentage; a '(万)' unit multiplies other values by 10,000; '500万' is
 * 5,000,000. An unknown metric is kept with kpi null.
 */
export function readTargets(ctxs: readonly ReadContext<'targets'>[]): {
  rows: TargetRow[];
  warnings: IngestWarning[];
} {
  const rows: TargetRow[] = [];
  const warnings: IngestWarning[] = [];
  const seen: SeenRows = new Map();
  for (const ctx of ctxs) {
    const metrics = readTexts(ctx, 'metric') ?? [];
    const channels = readTexts(ctx, 'channel');
    const column = ctx.columns.target;
    if (column === undefined) continue;
    const header = ctx.headers[column] ?? '';
    const tally = createTally();
    const values = new Float64Array(ctx.size).fill(NaN);
    const kpis: (KpiId | null)[] = [];
    for (let i = 0; i < ctx.size; i++) {
      if (ctx.state[i] !== ROW_USED) continue;
      const metric = metrics[i] ?? '';
      const match = metricKpi(metric);
      kpis[i] = match.kpi;
      const percent = headerSaysPercent(metric) || headerSaysPercent(header);
      const tenThousand = headerSaysTenThousand(metric) || headerSaysTenThousand(header);
      const result = targetValue(ctx.rows[i]?.[column] ?? null, match.kpi, percent, tenThousand);
      if (!result.ok) cellProblem(ctx, i, column, 'required', result.problem, tally);
      else if (result.value === null) emptyCell(ctx, i, column, 'required');
      else values[i] = result.value;
    }
    flushTally(ctx, column, tally);
    rejectDuplicateRows(ctx, seen);
    for (let i = 0; i < ctx.size; i++) {
      if (ctx.state[i] !== ROW_USED) continue;
      const metric = metrics[i] ?? '';
      const row = worksheetRow(ctx, i);
      const kpi = kpis[i] ?? null;
      if (kpi === null) {
        warnings.push({
          code: 'unknown_target_metric',
          text: ingestMessages.unknownTargetMetric(ctx.source.sheet, row, metric),
        });
      } else if (metricKpi(metric).roiAsRoas) {
        warnings.push({
          code: 'roi_read_as_roas',
          text: ingestMessages.roiReadAsRoas(ctx.source.sheet, row, metric),
        });
      }
      rows.push({ metric, kpi, value: values[i] ?? NaN, channel: channels?.[i] ?? null, sourceRow: row });
    }
  }
  return { rows, warnings };
}

function targetValue(
  cell: CellValue,
  kpi: KpiId | null,
  percent: boolean,
  tenThousand: boolean,
): ParseResult<number> {
  if (hasPercentSign(cell)) return parsePercent(cell);
  const result = parseNumber(cell);
  if (!result.ok || result.value === null) return result;
  const value = result.value;
  const share = kpi !== null && SHARE_KPIS.has(kpi);
  if (percent || (share && Math.abs(value) > 1)) return { ok: true, value: percentToRatio(value) };
  return { ok: true, value: tenThousand ? Number((value * TEN_THOUSAND).toPrecision(15)) : value };
}
