import type { FieldId } from '../../model/fields';
import type { CellValue } from '../../model/raw';
import type { TableKind } from '../../model/tableKinds';
import { ingestMessages } from '../../messages';
import { headerSaysPercent } from '../headers/normaliseHeader';
import { inferPercentScale, parsePercent } from '../parse/percent';
import { cellProblem, createTally, emptyCell, flushTally } from './cellProblems';
import { rejectRow, ROW_USED, warn, type ReadContext } from './context';
import { presenceOf, type Presence } from './presence';

/**
 * A rate column as ratios 0..1. '45.2%' is always a percentage; bare numbers follow the column rule of
 * inferPercentScale (a '%' header, or any bare number above 1, makes them percentages). A rate outside
 * 0 %–100 % rejects the row.
 */
export function readRates<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence: Presence = presenceOf(ctx.kind, field),
): Float64Array | null {
  const column = ctx.columns[field];
  if (column === undefined) return null;
  const header = ctx.headers[column] ?? '';
  const cells: CellValue[] = [];
  for (let i = 0; i < ctx.size; i++) if (ctx.state[i] === ROW_USED) cells.push(ctx.rows[i]?.[column] ?? null);
  const saysPercent = headerSaysPercent(header);
  const scale = inferPercentScale(cells, saysPercent);
  if (scale === 'percent' && !saysPercent) {
    warn(
      ctx,
      'percent_scale_inferred',
      ingestMessages.percentScaleInferred(ctx.kind, ctx.source.sheet, header),
    );
  }
  const out = new Float64Array(ctx.size).fill(NaN);
  const tally = createTally();
  for (let i = 0; i < ctx.size; i++) {
    if (ctx.state[i] !== ROW_USED) continue;
    const cell = ctx.rows[i]?.[column] ?? null;
    const result = parsePercent(cell, scale);
    if (!result.ok) cellProblem(ctx, i, column, presence, result.problem, tally);
    else if (result.value === null) emptyCell(ctx, i, column, presence);
    else if (result.value < 0 || result.value > 1) {
      rejectRow(ctx, i, 'rate_out_of_range', column, (ref) =>
        ingestMessages.rateOutOfRange(ref, String(cell)),
      );
    } else out[i] = result.value;
  }
  flushTally(ctx, column, tally);
  return out;
}
