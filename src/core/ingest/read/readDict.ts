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
/** A dictionary this small (a category, a channel) is looked up through the column's recent values first. */
const SMALL_DICT = 64;
/** Recent distinct cells remembered, with their codes, for a small dictionary. */
const RECENT = 8;
/** After this many rows, a column whose values are mostly new has room made for the whole column at once. */
const RESERVE_AFTER = 4096;

/**
 * A text column reader that dictionary-encodes into `dict` (code -1 where empty or rejected), or null when
 * the table lacks the field. While the dictionary is small, each row is looked up among the last few
 * distinct cells (compared with ===, no hashing) before the dictionary. Otherwise each block of rows is read
 * in two passes: the first hashes clean texts and marks cells equal to the one before; the second looks the
 * hashes up. Other cells (numbers, short or padded texts) are parsed, once per distinct value. Only cells
 * that gave a code are remembered, so an empty or unreadable cell always reaches parse() and its rejection.
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
  const recentCells: CellValue[] = new Array<CellValue>(RECENT).fill(null);
  const recentCodes = new Int32Array(RECENT).fill(EMPTY_CODE);
  let recentNext = 0;
  let lastCell: CellValue | undefined = undefined;
  let lastCode = EMPTY_CODE;
  const startSize = dict.values.length;
  let rowsRead = 0;
  let reserved = false;
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
  const recentCode = (cell: CellValue): number => {
    for (let r = 0; r < RECENT; r++) if (recentCells[r] === cell) return recentCodes[r] ?? EMPTY_CODE;
    return EMPTY_CODE;
  };
  const smallBlock = (from: number, to: number, out: Int32Array, at: number): void => {
    for (let i = from; i < to; i++) {
      const o = at + i - from;
      if (state[i] !== ROW_USED) {
        out[o] = EMPTY_CODE;
        continue;
      }
      const cell = rows[i]?.[column] ?? null;
      if (cell === lastCell && lastCode >= 0) {
        out[o] = lastCode;
        continue;
      }
      let code = cell === null ? EMPTY_CODE : recentCode(cell);
      if (code < 0) {
        code = typeof cell === 'string' && isCleanText(cell) ? dict.encode(cell) : parse(i, cell);
        if (code >= 0) {
          recentCells[recentNext] = cell;
          recentCodes[recentNext] = code;
          recentNext = (recentNext + 1) % RECENT;
        }
      }
      out[o] = lastCode = code;
      lastCell = cell;
    }
  };
  const hashedBlock = (from: number, to: number, out: Int32Array, at: number): void => {
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
  /** Once RESERVE_AFTER rows are read: a column at least a quarter new values gets room for all its rows. */
  const reserveAhead = (): void => {
    if (reserved || rowsRead < RESERVE_AFTER) return;
    reserved = true;
    const added = dict.values.length - startSize;
    if (added * 4 >= rowsRead)
      dict.reserve(dict.values.length + Math.ceil((added / rowsRead) * (ctx.size - rowsRead)));
  };
  return {
    read(from, to, out) {
      for (let start = from; start < to; start += BLOCK) {
        const end = Math.min(to, start + BLOCK);
        if (dict.values.length <= SMALL_DICT) smallBlock(start, end, out, start - from);
        else hashedBlock(start, end, out, start - from);
        rowsRead += end - start;
        reserveAhead();
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
