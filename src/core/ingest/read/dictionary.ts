import type { DictColumn } from '../../model/campaign';
import { codeOf as indexCodeOf, createStringIndex, intern, internHashed, reserve } from './stringIndex';

/** Dictionary encoding shared by every table of one kind: text → code, `values[code]` → text. */
export interface Dictionary {
  readonly values: readonly string[];
  /** The code of `text`, adding it when new. */
  encode(text: string): number;
  /** encode() for a text whose hashOf() is known. */
  encodeHashed(text: string, hash: number): number;
  /** The code of `text`, or -1. */
  codeOf(text: string): number;
  /** Makes room for `expected` distinct values in all (a hint: codes are unaffected). */
  reserve(expected: number): void;
}

/**
 * A dictionary over an open-addressing string index (stringIndex.ts): cheaper than a Map for the hundreds
 * of thousands of distinct ids an orders table holds, and no slower for categories. `expected`: how many
 * distinct values to make room for at once (more still fit).
 */
export function createDictionary(expected = 0): Dictionary {
  const index = createStringIndex(expected);
  return {
    values: index.keys,
    encode: (text) => intern(index, text),
    encodeHashed: (text, hash) => internHashed(index, text, hash),
    codeOf: (text) => indexCodeOf(index, text),
    reserve: (expected) => reserve(index, expected),
  };
}

export function dictValues(dict: Dictionary): readonly string[] {
  return dict.values;
}

export function dictColumn(codes: Int32Array, dict: Dictionary): DictColumn {
  return { codes, values: dict.values };
}
