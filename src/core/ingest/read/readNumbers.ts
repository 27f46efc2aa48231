import type { FieldId } from '../../model/fields';
import type { TableKind } from '../../model/tableKinds';
import { parseNumber, plainDecimal } from '../parse/number';
import { cellProblem, createTally, emptyCell, flushTally } from './cellProblems';
import { readWhole, type ColumnReader } from './columnReader';
import { ROW_USED, type ReadContext } from './context';
import { presenceOf, type Presence } from './presence';

/** A number column reader (NaN where empty or rejected), or null when the table lacks the field. */
export function numberReader<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence: Presence = presenceOf(ctx.kind, field),
): ColumnReader<Float64Array> | null {
  const column = ctx.columns[field];
  if (column === undefined) return null;
  const { rows, state } = ctx;
  const tally = createTally();
  return {
    read(from, to, out) {
      for (let i = from; i < to; i++) {
        out[i - from] = NaN;
        if (state[i] !== ROW_USED) continue;
        const cell = rows[i]?.[column] ?? null;
        if (typeof cell === 'number' && Number.isFinite(cell)) {
          out[i - from] = cell;
          continue;
        }
        if (typeof cell === 'string') {
          const plain = plainDecimal(cell);
          if (!Number.isNaN(plain)) {
            out[i - from] = plain;
            continue;
          }
        }
        const result = parseNumber(cell);
        if (!result.ok) cellProblem(ctx, i, column, presence, result.problem, tally);
        else if (result.value === null) emptyCell(ctx, i, column, presence);
        else out[i - from] = result.value;
      }
    },
    finish: () => flushTally(ctx, column, tally),
  };
}

/** A whole number column, or null when the table lacks the field. */
export function readNumbers<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence?: Presence,
): Float64Array | null {
  return readWhole(numberReader(ctx, field, presence), () => new Float64Array(ctx.size), ctx.size);
}
