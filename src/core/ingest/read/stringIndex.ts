/**
 * An insert-only hash index of strings → dense codes 0, 1, 2… in first-seen order. Open addressing over one
 * Int32Array of (code, hash) pairs keeps a million keys off the JS heap (a Map that size costs a garbage
 * collection that walks the whole workbook) and lets a probe skip a slot without touching its string. The
 * keys themselves are the `keys` array, which doubles as a dictionary's values.
 */
export interface StringIndex {
  readonly keys: string[];
  /** Pairs (code, hash); code -1 marks a free slot. */
  slots: Int32Array;
  /** Slot count - 1 (a power of two minus one). */
  mask: number;
}

const FREE = -1;
const INITIAL_SLOTS = 64;

export function createStringIndex(expected = 0): StringIndex {
  let size = INITIAL_SLOTS;
  while (size < expected * 2) size *= 2;
  return { keys: [], slots: new Int32Array(size * 2).fill(FREE), mask: size - 1 };
}

/**
 * FNV-1a over pairs of UTF-16 code units (one 32-bit word per step: half the multiply chain of one unit per
 * step, on the id columns that dominate a large table), seeded with the length, then MurmurHash3's
 * finaliser so that the low bits (the slot) vary.
 */
export function hashOf(s: string): number {
  const n = s.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  let i = 0;
  for (; i + 1 < n; i += 2) h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i < n) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The code of `key`, or -1 when it is not in the index. */
export function codeOf(index: StringIndex, key: string): number {
  const { slots, mask, keys } = index;
  const hash = hashOf(key);
  for (let j = hash & mask; ; j = (j + 1) & mask) {
    const code = slots[2 * j] ?? FREE;
    if (code === FREE) return FREE;
    if (slots[2 * j + 1] === hash && keys[code] === key) return code;
  }
}

/** The code of `key`, adding it when new. */
export function intern(index: StringIndex, key: string): number {
  return internHashed(index, key, hashOf(key));
}

/**
 * intern() with the hash computed beforehand: hashing a block of cells first, then probing, lets the
 * processor overlap the probes' memory accesses.
 */
export function internHashed(index: StringIndex, key: string, hash: number): number {
  const { slots, mask, keys } = index;
  for (let j = hash & mask; ; j = (j + 1) & mask) {
    const code = slots[2 * j] ?? FREE;
    if (code === FREE) {
      const added = keys.length;
      keys.push(key);
      slots[2 * j] = added;
      slots[2 * j + 1] = hash;
      if (keys.length * 2 > mask + 1) grow(index);
      return added;
    }
    if (slots[2 * j + 1] === hash && keys[code] === key) return code;
  }
}

/**
 * Makes room for `expected` keys in all (at most half the slots in use), rehashing once: a reader that
 * sees a column's values are mostly distinct reserves for the whole column instead of doubling its way up.
 */
export function reserve(index: StringIndex, expected: number): void {
  let size = index.mask + 1;
  while (size < expected * 2) size *= 2;
  if (size > index.mask + 1) rehash(index, size);
}

function grow(index: StringIndex): void {
  rehash(index, (index.mask + 1) * 2);
}

function rehash(index: StringIndex, size: number): void {
  const old = index.slots;
  const slots = new Int32Array(size * 2).fill(FREE);
  const mask = size - 1;
  for (let s = 0; s < old.length; s += 2) {
    const code = old[s] ?? FREE;
    if (code === FREE) continue;
    const hash = old[s + 1] ?? 0;
    let j = hash & mask;
    while (slots[2 * j] !== FREE) j = (j + 1) & mask;
    slots[2 * j] = code;
    slots[2 * j + 1] = hash;
  }
  index.slots = slots;
  index.mask = mask;
}
