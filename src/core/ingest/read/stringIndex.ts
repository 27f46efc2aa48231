/**
 * An insert-only hash index of strings → dense codes 0, 1, 2… in first-seen order. Open addressing over an
 * Int32Array keeps a million keys off the JS heap (a Map of that size costs a garbage collection that
 * walks the whole workbook); the keys themselves are the `keys` array, which doubles as a dictionary.
 */
export interface StringIndex {
  readonly keys: string[];
  slots: Int32Array;
  mask: number;
}

const EMPTY_SLOT = -1;
const INITIAL_SLOTS = 64;

export function createStringIndex(expected = 0): StringIndex {
  let size = INITIAL_SLOTS;
  while (size < expected * 2) size *= 2;
  return { keys: [], slots: new Int32Array(size).fill(EMPTY_SLOT), mask: size - 1 };
}

/** FNV-1a over UTF-16 code units, then MurmurHash3's finaliser so that the low bits (the slot) vary. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The code of `key`, or -1 when it is not in the index. */
export function codeOf(index: StringIndex, key: string): number {
  const { slots, mask, keys } = index;
  for (let j = hashOf(key) & mask; ; j = (j + 1) & mask) {
    const code = slots[j] ?? EMPTY_SLOT;
    if (code === EMPTY_SLOT) return EMPTY_SLOT;
    if (keys[code] === key) return code;
  }
}

/** The code of `key`, adding it when new. */
export function intern(index: StringIndex, key: string): number {
  const { slots, mask, keys } = index;
  for (let j = hashOf(key) & mask; ; j = (j + 1) & mask) {
    const code = slots[j] ?? EMPTY_SLOT;
    if (code === EMPTY_SLOT) {
      const added = keys.length;
      keys.push(key);
      slots[j] = added;
      if (keys.length * 2 > slots.length) grow(index);
      return added;
    }
    if (keys[code] === key) return code;
  }
}

function grow(index: StringIndex): void {
  const size = index.slots.length * 2;
  const slots = new Int32Array(size).fill(EMPTY_SLOT);
  const mask = size - 1;
  index.keys.forEach((key, code) => {
    let j = hashOf(key) & mask;
    while (slots[j] !== EMPTY_SLOT) j = (j + 1) & mask;
    slots[j] = code;
  });
  index.slots = slots;
  index.mask = mask;
}
