import type { DictColumn } from '../../model/campaign';
import type { FieldId } from '../../model/fields';
import type { CellValue } from '../../model/raw';
import type { TableKind } from '../../model/tableKinds';
import { parseText } from '../parse/text';
import { cellProblem, createTally, emptyCell, flushTally } from './cellProblems';
import { readWhole, type ColumnReader } from './columnReader';
import { ROW_USED, type ReadContext } from './context';
import { dictColumn, encode, type Dictionary } from './dictionary';
import { presenceOf, type Presence } from './presence';
import { isCleanText } from './readTexts';

const EMPTY_CODE = -1;
const PROBLEM_CODE = -2;
/** Cells that need parsing are remembered up to this many distinct values. */
const CACHE_LIMIT = 4096;

/**
 * A text column reader that dictionary-encodes into `dict` (code -1 where empty or rejected), or null when
 * the table lacks the field. A cell equal to the previous one reuses its code; clean texts go straight to
 * the dictionary; other cells (numbers, short or padded texts) are parsed, once per distinct value.
 */
export function dictReader<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  dict: Dictionary,
  presence: Presence = presenceOf(ctx.kind, field),
): ColumnReader<Int32Array> | null {
  const column = ctx.columns[field];
  if (column === undefined) return null;
  const { rows, state } = ctx;
  const tally = createTally();
  const cache = new Map<CellValue, number>();
  let lastCell: CellValue | undefined = undefined;
  let lastCode = EMPTY_CODE;
  const slow = (i: number, cell: CellValue): number => {
    let code = cache.get(cell);
    if (code === undefined) {
      const result = parseText(cell);
      code = !result.ok ? PROBLEM_CODE : result.value === null ? EMPTY_CODE : encode(dict, result.value);
      if (cache.size < CACHE_LIMIT) cache.set(cell, code);
    }
    if (code === EMPTY_CODE) emptyCell(ctx, i, column, presence);
    else if (code === PROBLEM_CODE) {
      const result = parseText(cell);
      if (!result.ok) cellProblem(ctx, i, column, presence, result.problem, tally);
    }
    return code < 0 ? EMPTY_CODE : code;
  };
  return {
    read(from, to, out) {
      for (let i = from; i < to; i++) {
        out[i - from] = EMPTY_CODE;
        if (state[i] !== ROW_USED) continue;
        const cell = rows[i]?.[column] ?? null;
        if (cell === lastCell) out[i - from] = lastCode;
        else if (typeof cell === 'string' && isCleanText(cell)) out[i - from] = lastCode = encode(dict, cell);
        else {
          out[i - from] = slow(i, cell);
          continue;
        }
        lastCell = cell;
      }
    },
    finish: () => flushTally(ctx, column, tally),
  };
}

/** A whole dictionary-encoded column, or null when the table lacks the field. */
export function readDict<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  dict: Dictionary,
  presence?: Presence,
): DictColumn | null {
  const codes = readWhole(dictReader(ctx, field, dict, presence), () => new Int32Array(ctx.size), ctx.size);
  return codes === null ? null : dictColumn(codes, dict);
}
