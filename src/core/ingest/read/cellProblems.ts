import type { LocalizedText } from '../../model/text';
import { ingestMessages } from '../../messages';
import type { ParseProblem } from '../parse/result';
import { rejectRow, warn, worksheetRow, type ReadContext } from './context';
import type { Presence } from './presence';

type RowRef = ingestMessages.RowRef;

/** The reason text for a cell a parser could not read. */
export function problemReason(
  ref: RowRef,
  problem: ParseProblem,
  hint: ingestMessages.FlagHint,
): LocalizedText {
  switch (problem.code) {
    case 'excel_error':
      return ingestMessages.excelErrorInRequired(ref, problem.value);
    case 'not_a_number':
      return ingestMessages.notANumber(ref, problem.value);
    case 'not_a_date':
      return ingestMessages.notADate(ref, problem.value);
    case 'not_a_flag':
      return ingestMessages.notAFlag(ref, problem.value, hint);
    case 'unknown_status':
      return ingestMessages.unknownStatus(ref, problem.value);
    case 'unknown_phase':
      return ingestMessages.unknownPhase(ref, problem.value);
  }
}

/** Excel errors read as empty in one optional column, reported once per column. */
export interface ErrorTally {
  count: number;
  firstRow: number;
  value: string;
}

export function createTally(): ErrorTally {
  return { count: 0, firstRow: 0, value: '' };
}

/** Rejects the row, or (an Excel error in an optional column) counts the cell as empty. */
export function cellProblem(
  ctx: ReadContext,
  index: number,
  column: number,
  presence: Presence,
  problem: ParseProblem,
  tally: ErrorTally,
  hint: ingestMessages.FlagHint = 'flag',
): void {
  if (problem.code === 'excel_error' && presence === 'optional') {
    if (tally.count === 0) {
      tally.firstRow = worksheetRow(ctx, index);
      tally.value = problem.value;
    }
    tally.count++;
    return;
  }
  rejectRow(ctx, index, problem.code, column, (ref) => problemReason(ref, problem, hint));
}

/** An empty cell: rejects the row when the column is required. */
export function emptyCell(ctx: ReadContext, index: number, column: number, presence: Presence): void {
  if (presence === 'required') rejectRow(ctx, index, 'missing_value', column, ingestMessages.missingValue);
}

export function flushTally(ctx: ReadContext, column: number, tally: ErrorTally): void {
  if (tally.count === 0) return;
  const header = ctx.headers[column] ?? '';
  warn(
    ctx,
    'excel_errors_read_as_empty',
    ingestMessages.excelErrorsReadAsEmpty(
      ctx.kind,
      ctx.source.sheet,
      header,
      tally.count,
      tally.firstRow,
      tally.value,
    ),
  );
}
