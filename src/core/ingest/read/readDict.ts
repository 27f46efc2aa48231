import type { DictColumn } from '../../model/campaign';
import type { FieldId } from '../../model/fields';
import type { CellValue } from '../../model/raw';
import type { TableKind } from '../../model/tableKinds';
import { parseText } from '../parse/text';
import { cellProblem, createTally, emptyCell, flushTally } from './cellProblems';
import { readWhole, type ColumnReader } from './columnReader';
import { ROW_USED, type ReadContext } from './context';
import { dictColumn, type Dictionary } from './dictionary';
import { presenceOf, type Presence } from './presence';
import { isCleanText } from './readTexts';
import { hashOf } from './stringIndex';

const EMPTY_CODE = -1;
const PROBLEM_CODE = -2;
/** Cells that need parsing are remembered up to this many distinct values. */
const CACHE_LIMIT = 4096;
/** How a row is encoded in the second pass. */
const SKIP = 0;
const HASHED = 1;
const AS_BEFORE = 2;
const PARSE = 3;
const BLOCK = 8192;

/**
 * A text column reader that dictionary-encodes into `dict` (code -1 where empty or rejected), or null when
 * the table lacks the field. Each block of rows is read in two passes: the first hashes clean texts and
 * marks cells equal to the one before; the second looks the hashes up. Other cells (numbers, short or padded
 * texts) are parsed, once per distinct value.
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
  const how = new Uint8Array(BLOCK);
  const hashes = new Int32Array(BLOCK);
  let lastCell: CellValue | undefined = undefined;
  let lastCode = EMPTY_CODE;
  const parse = (i: number, cell: CellValue): number => {
    let code = cache.get(cell);
    if (code === undefined) {
      const result = parseText(cell);
      code = !result.ok ? PROBLEM_CODE : result.value === null ? EMPTY_CODE : dict.encode(result.value);
      if (cache.size < CACHE_LIMIT) cache.set(cell, code);
    }
    if (code === EMPTY_CODE) emptyCell(ctx, i, column, presence);
    else if (code === PROBLEM_CODE) {
      const result = parseText(cell);
      if (!result.ok) cellProblem(ctx, i, column, presence, result.problem, tally);
    }
    return code < 0 ? EMPTY_CODE : code;
  };
  const block = (from: number, to: number, out: Int32Array, at: number): void => {
    let previous = lastCell;
    for (let i = from; i < to; i++) {
      const b = i - from;
      if (state[i] !== ROW_USED) {
        how[b] = SKIP;
        continue;
      }
      const cell = rows[i]?.[column] ?? null;
      if (cell === previous) how[b] = AS_BEFORE;
      else if (typeof cell === 'string' && isCleanText(cell)) {
        how[b] = HASHED;
        hashes[b] = hashOf(cell);
      } else how[b] = PARSE;
      previous = cell;
    }
    for (let i = from; i < to; i++) {
      const b = i - from;
      const o = at + b;
      const kind = how[b];
      if (kind === SKIP) {
        out[o] = EMPTY_CODE;
        continue;
      }
      const cell = rows[i]?.[column] ?? null;
      if (kind === AS_BEFORE && lastCode >= 0) out[o] = lastCode;
      else if (kind === HASHED) out[o] = lastCode = dict.encodeHashed(cell as string, hashes[b] ?? 0);
      else out[o] = lastCode = parse(i, cell);
      lastCell = cell;
    }
  };
  return {
    read(from, to, out) {
      for (let start = from; start < to; start += BLOCK)
        block(start, Math.min(to, start + BLOCK), out, start - from);
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
