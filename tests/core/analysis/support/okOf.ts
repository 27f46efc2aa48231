import type { AnalysisResult } from '../../../../src/core/analysis/result';

/** The findings of an `ok` result; throws with the reason otherwise. */
export function okOf<T extends object>(r: AnalysisResult<T>): T {
  if (r.kind !== 'ok') throw new Error(`expected ok, got: ${r.reason['en-US']}`);
  return r;
}
