import { dayOf, isoDay, MS_PER_DAY } from '../../model/day';
import type { FieldId } from '../../model/fields';
import type { TableKind } from '../../model/tableKinds';
import {
  isoTimestamp,
  isYearLastDate,
  parseDateTime,
  slashOrderOf,
  timestampFromNumber,
  type SlashOrder,
} from '../parse/dateTime';
import { cellProblem, createTally, emptyCell, flushTally } from './cellProblems';
import { readWhole, type ColumnReader } from './columnReader';
import { rejectRow, ROW_USED, type ReadContext } from './context';
import { inWindow, type DateWindow } from './dateWindow';
import { ingestMessages } from '../../messages';
import { presenceOf, type Presence } from './presence';

/**
 * A date-time column reader (naive timestamps, NaN where empty or rejected), or null when the table lacks
 * the field. The day/month order of year-last dates ('9/1/2023') is decided once for the whole column
 * (slashOrderOf), the first time one is met. With a `window`, a date outside it rejects the row
 * (date_out_of_range) instead of stretching the campaign period.
 */
export function timeReader<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence: Presence = presenceOf(ctx.kind, field),
  window?: DateWindow,
): ColumnReader<Float64Array> | null {
  const column = ctx.columns[field];
  if (column === undefined) return null;
  const { rows, state } = ctx;
  const tally = createTally();
  let order: SlashOrder | null = null;
  const columnOrder = (): SlashOrder => {
    const texts: string[] = [];
    for (let i = 0; i < ctx.size; i++) {
      const cell = rows[i]?.[column];
      if (state[i] === ROW_USED && typeof cell === 'string' && isYearLastDate(cell)) texts.push(cell);
    }
    return slashOrderOf(texts);
  };
  const outOfWindow = (i: number, cell: unknown): void => {
    if (!window) return;
    const [start, end] = [isoDay(dayOf(window.start)), isoDay(dayOf(window.end))];
    rejectRow(ctx, i, 'date_out_of_range', column, (ref) =>
      ingestMessages.dateOutOfRange(ref, String(cell), start, end),
    );
  };
  return {
    read(from, to, out) {
      for (let i = from; i < to; i++) {
        out[i - from] = NaN;
        if (state[i] !== ROW_USED) continue;
        const cell = rows[i]?.[column] ?? null;
        const fast =
          typeof cell === 'number'
            ? timestampFromNumber(cell)
            : typeof cell === 'string'
              ? isoTimestamp(cell)
              : NaN;
        if (!Number.isNaN(fast)) {
          if (inWindow(window, fast)) out[i - from] = fast;
          else outOfWindow(i, cell);
          continue;
        }
        if (order === null && typeof cell === 'string' && isYearLastDate(cell)) order = columnOrder();
        const result = parseDateTime(cell, order ?? 'mdy');
        if (!result.ok) cellProblem(ctx, i, column, presence, result.problem, tally);
        else if (result.value === null) emptyCell(ctx, i, column, presence);
        else if (inWindow(window, result.value)) out[i - from] = result.value;
        else outOfWindow(i, cell);
      }
    },
    finish: () => flushTally(ctx, column, tally),
  };
}

/** A whole date-time column, or null when the table lacks the field. */
export function readTimes<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence?: Presence,
): Float64Array | null {
  return readWhole(timeReader(ctx, field, presence), () => new Float64Array(ctx.size), ctx.size);
}

/** A whole date column as Day numbers (-1 where empty or rejected), or null when the table lacks the field. */
export function readDays<K extends TableKind>(
  ctx: ReadContext<K>,
  field: FieldId<K>,
  presence?: Presence,
): Int32Array | null {
  const times = readTimes(ctx, field, presence);
  if (times === null) return null;
  const days = new Int32Array(ctx.size).fill(-1);
  for (let i = 0; i < ctx.size; i++) {
    const t = times[i] ?? NaN;
    if (!Number.isNaN(t)) days[i] = Math.floor(t / MS_PER_DAY);
  }
  return days;
}
