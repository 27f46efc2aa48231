/** What a value parser can object to. Messages for each live in src/core/messages/ingest. */
export const PARSE_PROBLEM_CODES = [
  'excel_error',
  'not_a_number',
  'not_a_date',
  'not_a_flag',
  'unknown_status',
  'unknown_phase',
] as const;
export type ParseProblemCode = (typeof PARSE_PROBLEM_CODES)[number];

export interface ParseProblem {
  readonly code: ParseProblemCode;
  /** The cell as the user wrote it. */
  readonly value: string;
}

/**
 * The outcome of reading one cell. `value: null` means the cell was empty (null, '', whitespace or a
 * placeholder such as '-'). Parsers never throw.
 */
export type ParseResult<T> =
  { readonly ok: true; readonly value: T | null } | { readonly ok: false; readonly problem: ParseProblem };

/** The one shared "empty cell" result, so empty cells allocate nothing. */
export const EMPTY: ParseResult<never> = Object.freeze({ ok: true, value: null });

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function problem(code: ParseProblemCode, value: string): ParseResult<never> {
  return { ok: false, problem: { code, value } };
}
