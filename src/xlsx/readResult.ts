import type { RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';
import { LimitError } from './limits';

export const READ_ERROR_KINDS = [
  'notFound',
  'unreadable',
  'notZip',
  'encrypted',
  'corrupt',
  'notWorkbook',
  'empty',
  'unsupported',
  /** A .csv file whose bytes are not text. */
  'notText',
  /** A limit of docs/limits.md broken (src/xlsx/limits.ts). */
  'limit',
] as const;
export type ReadErrorKind = (typeof READ_ERROR_KINDS)[number];

export interface ReadError {
  readonly kind: ReadErrorKind;
  readonly message: LocalizedText;
}

/** What a host reader returns: the tables found, or why there are none. Never throws for a bad file. */
export type ReadResult =
  | { readonly ok: true; readonly tables: readonly RawTable[]; readonly warnings: readonly LocalizedText[] }
  | { readonly ok: false; readonly error: ReadError };

/** The failure for an exception met while reading: a broken limit says so, anything else is damage. */
export function failureOf(err: unknown, corrupt: (detail: string) => LocalizedText): ReadResult {
  if (err instanceof LimitError) return readFailure('limit', err.text);
  return readFailure('corrupt', corrupt(err instanceof Error ? err.message : String(err)));
}

export function readFailure(kind: ReadErrorKind, message: LocalizedText): ReadResult {
  return { ok: false, error: { kind, message } };
}
