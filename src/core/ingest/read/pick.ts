import type { DictColumn } from '../../model/campaign';

/** The values of `column` at the rows `keep`, for compacting a table to its used rows. */
export function pickNumbers(column: Float64Array, keep: Int32Array): Float64Array {
  const out = new Float64Array(keep.length);
  for (let k = 0; k < keep.length; k++) out[k] = column[keep[k] ?? 0] ?? NaN;
  return out;
}

export function pickInts(column: Int32Array, keep: Int32Array): Int32Array {
  const out = new Int32Array(keep.length);
  for (let k = 0; k < keep.length; k++) out[k] = column[keep[k] ?? 0] ?? -1;
  return out;
}

export function pickDict(column: DictColumn, keep: Int32Array): DictColumn {
  return { codes: pickInts(column.codes, keep), values: column.values };
}

export function pickTexts(column: readonly (string | null)[], keep: Int32Array): string[] {
  const out = new Array<string>(keep.length);
  for (let k = 0; k < keep.length; k++) out[k] = column[keep[k] ?? 0] ?? '';
  return out;
}
