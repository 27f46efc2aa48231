import type { FieldId } from '../../model/fields';
import type { TableKind } from '../../model/tableKinds';
import { needsTrim, parseText } from '../parse/text';
import { cellProblem, createTally, emptyCell, flushTally } from './cellProblems';
import { ROW_USED, type ReadContext } from './context';
import { presenceOf, type Presence } from './presence';

const HASH = 35;
/** Texts longer than every placeholder, without edge spaces and not starting with '#', are taken as they are. */
const LONGEST_PLACEHOLDER = 4;

/** Whether a string cell can skip parseText: it is already its own value. */
export function isCleanText(cell: string): boolean {
  return cell.length > LONGEST_PLACEHOLDER && cell.charCodeAt(0) !== HASH && !needsTrim(cell);
}

/** An id column as texts (null where empty or rejected), or null when the table lacks the field. */
export function readTexts<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence: Presence = presenceOf(ctx.kind, field),
): (string | null)[] | null {
  const column = ctx.columns[field];
  if (column === undefined) return null;
  const out = new Array<string | null>(ctx.size).fill(null);
  const { rows, state } = ctx;
  const tally = createTally();
  for (let i = 0; i < ctx.size; i++) {
    if (state[i] !== ROW_USED) continue;
    const cell = rows[i]?.[column] ?? null;
    if (typeof cell === 'string' && isCleanText(cell)) {
      out[i] = cell;
      continue;
    }
    const result = parseText(cell);
    if (!result.ok) cellProblem(ctx, i, column, presence, result.problem, tally);
    else if (result.value === null) emptyCell(ctx, i, column, presence);
    else out[i] = result.value;
  }
  flushTally(ctx, column, tally);
  return out;
}
