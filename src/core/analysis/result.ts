import type { LocalizedText } from '../model/text';

/**
 * What every analysis returns: its findings, or why it could not run and which data would unlock it.
 * Results are plain, serialisable objects (no classes, no functions, no typed arrays).
 */
export interface Unavailable {
  readonly kind: 'unavailable';
  /** Which table or column is missing, and what adding it would unlock. */
  readonly reason: LocalizedText;
}

export type AnalysisResult<T extends object> = ({ readonly kind: 'ok' } & T) | Unavailable;

export function ok<T extends object>(value: T): { readonly kind: 'ok' } & T {
  return { kind: 'ok', ...value };
}

export function unavailable(reason: LocalizedText): Unavailable {
  return { kind: 'unavailable', reason };
}
