import type { DictColumn } from '../../model/campaign';
import {
  codeOf as indexCodeOf,
  createStringIndex,
  hashOf,
  intern,
  internHashed,
  reserve,
} from './stringIndex';

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

const ENCODE_BLOCK = 4096;

/**
 * The codes of texts[0..n) in `dict`, -1 for null: a block's texts are hashed first, then looked up, so that
 * the lookups' memory accesses overlap; a text equal to the one before reuses its code.
 * Used where a column of many distinct texts needs codes: the customer once orders are assembled, device /
 * IP / address in the coupon-abuse analysis. `known`: the texts' hashOf() values, when computed already
 * (while the texts were last in the processor's cache).
 */
export function encodeTexts(
  dict: Dictionary,
  texts: readonly (string | null)[],
  n = texts.length,
  known: Int32Array | null = null,
): Int32Array {
  const codes = new Int32Array(n);
  const hashes = new Int32Array(Math.min(n, ENCODE_BLOCK));
  const before = dict.values.length;
  for (let start = 0; start < n; start += ENCODE_BLOCK) {
    // After the first block: a column of mostly new values gets room for all of them at once.
    if (start === ENCODE_BLOCK && (dict.values.length - before) * 4 >= start)
      dict.reserve(before + Math.ceil(((dict.values.length - before) / start) * n));
    const end = Math.min(n, start + ENCODE_BLOCK);
    if (known !== null) hashes.set(known.subarray(start, end));
    else {
      for (let i = start; i < end; i++) {
        const text = texts[i] ?? null;
        if (text !== null) hashes[i - start] = hashOf(text);
      }
    }
    let previous: string | null = null;
    let code = -1;
    for (let i = start; i < end; i++) {
      const text = texts[i] ?? null;
      if (text === null) codes[i] = -1;
      else if (text === previous) codes[i] = code;
      else {
        code = dict.encodeHashed(text, hashes[i - start] ?? 0);
        codes[i] = code;
        previous = text;
      }
    }
  }
  return codes;
}
