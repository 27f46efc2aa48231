import type { DictColumn } from '../../model/campaign';
import { createStringIndex, intern, type StringIndex } from './stringIndex';

/** Dictionary encoding shared by every table of one kind: text → code; `index.keys` are the values. */
export interface Dictionary {
  readonly index: StringIndex;
}

/** `expected`: how many distinct values to make room for at once (more still fit). */
export function createDictionary(expected = 0): Dictionary {
  return { index: createStringIndex(expected) };
}

export function encode(dict: Dictionary, text: string): number {
  return intern(dict.index, text);
}

export function dictValues(dict: Dictionary): readonly string[] {
  return dict.index.keys;
}

export function dictColumn(codes: Int32Array, dict: Dictionary): DictColumn {
  return { codes, values: dict.index.keys };
}
