import type { FieldId } from '../../model/fields';
import type { CellValue } from '../../model/raw';
import type { TableKind } from '../../model/tableKinds';
import type { ingestMessages } from '../../messages';
import type { ParseResult } from '../parse/result';
import { cellProblem, createTally, emptyCell, flushTally } from './cellProblems';
import { readWhole, type ColumnReader } from './columnReader';
import { ROW_USED, type ReadContext } from './context';
import { presenceOf, type Presence } from './presence';

const EMPTY_CODE = -1;
const PROBLEM_CODE = -2;

/** How a categorical column is read: its parser, and the small code each value is stored as. */
export interface Coding<T> {
  readonly parse: (cell: CellValue) => ParseResult<T>;
  readonly code: (value: T) => number;
  readonly hint?: ingestMessages.FlagHint;
}

/**
 * A categorical column reader (status, flags, phases) giving small codes (-1 where empty or rejected), or
 * null when the table lacks the field. Each distinct cell is parsed once.
 */
export function codedReader<K extends TableKind, T>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  coding: Coding<T>,
  presence: Presence = presenceOf(ctx.kind, field),
): ColumnReader<Int8Array> | null {
  const column = ctx.columns[field];
  if (column === undefined) return null;
  const { rows, state } = ctx;
  const tally = createTally();
  const cache = new Map<CellValue, number>();
  let lastCell: CellValue | undefined = undefined;
  let lastCode = EMPTY_CODE;
  return {
    read(from, to, out) {
      for (let i = from; i < to; i++) {
        out[i - from] = EMPTY_CODE;
        if (state[i] !== ROW_USED) continue;
        const cell = rows[i]?.[column] ?? null;
        let code = cell === lastCell ? lastCode : cache.get(cell);
        if (code === undefined) {
          const result = coding.parse(cell);
          code = !result.ok ? PROBLEM_CODE : result.value === null ? EMPTY_CODE : coding.code(result.value);
          cache.set(cell, code);
        }
        lastCell = cell;
        lastCode = code;
        if (code >= 0) out[i - from] = code;
        else if (code === EMPTY_CODE) emptyCell(ctx, i, column, presence);
        else {
          const result = coding.parse(cell);
          if (!result.ok) cellProblem(ctx, i, column, presence, result.problem, tally, coding.hint);
        }
      }
    },
    finish: () => flushTally(ctx, column, tally),
  };
}

/** A whole categorical column, or null when the table lacks the field. */
export function readCoded<K extends TableKind, T>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  coding: Coding<T>,
  presence?: Presence,
): Int8Array | null {
  return readWhole(codedReader(ctx, field, coding, presence), () => new Int8Array(ctx.size), ctx.size);
}
