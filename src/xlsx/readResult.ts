import type { RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';

export const READ_ERROR_KINDS = [
  'notFound',
  'unreadable',
  'notZip',
  'encrypted',
  'corrupt',
  'notWorkbook',
  'empty',
  'unsupported',
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

export function readFailure(kind: ReadErrorKind, message: LocalizedText): ReadResult {
  return { ok: false, error: { kind, message } };
}
