import type { FieldId } from '../../model/fields';
import type { TableKind } from '../../model/tableKinds';
import { needsTrim, parseText } from '../parse/text';
import { cellProblem, createTally, emptyCell, flushTally } from './cellProblems';
import { readWhole, type ColumnReader } from './columnReader';
import { ROW_USED, type ReadContext } from './context';
import { presenceOf, type Presence } from './presence';

const HASH = 35;
/** Texts longer than every placeholder, without edge spaces and not starting with '#', are taken as they are. */
const LONGEST_PLACEHOLDER = 4;

/** Whether a string cell can skip parseText: it is already its own value. */
export function isCleanText(cell: string): boolean {
  return cell.length > LONGEST_PLACEHOLDER && cell.charCodeAt(0) !== HASH && !needsTrim(cell);
}

/** A texts array for `size` rows, every entry null. */
export function emptyTexts(size: number): (string | null)[] {
  return new Array<string | null>(size).fill(null);
}

/**
 * A text column reader (null where empty or rejected), or null when the table lacks the field. The texts
 * are the cells themselves where they are clean, so reading costs no copy and no hashing: for id columns
 * (customer, device, IP) with hundreds of thousands of distinct values, what is done with them is left to
 * whoever needs it.
 */
export function textReader<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence: Presence = presenceOf(ctx.kind, field),
): ColumnReader<(string | null)[]> | null {
  const column = ctx.columns[field];
  if (column === undefined) return null;
  const { rows, state } = ctx;
  const tally = createTally();
  return {
    read(from, to, out) {
      for (let i = from; i < to; i++) {
        const cell = state[i] === ROW_USED ? (rows[i]?.[column] ?? null) : null;
        if (typeof cell === 'string' && isCleanText(cell)) {
          out[i - from] = cell;
          continue;
        }
        out[i - from] = null;
        if (state[i] !== ROW_USED) continue;
        const result = parseText(cell);
        if (!result.ok) cellProblem(ctx, i, column, presence, result.problem, tally);
        else if (result.value === null) emptyCell(ctx, i, column, presence);
        else out[i - from] = result.value;
      }
    },
    finish: () => flushTally(ctx, column, tally),
  };
}

/** A whole text column, or null when the table lacks the field. */
export function readTexts<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence?: Presence,
): (string | null)[] | null {
  return readWhole(textReader(ctx, field, presence), () => emptyTexts(ctx.size), ctx.size);
}
