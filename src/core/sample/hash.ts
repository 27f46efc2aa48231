/**
 * A stateless 32-bit hash of a few integers (murmur3's finaliser applied per word). Used where a value must
 * depend only on who it belongs to, not on the order of generation: a customer's device id, IP and
 * address hash, an experiment group, a stream's seed.
 */
export function hash32(a: number, b: number, c = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = mix(h ^ b);
  h = mix(h ^ c);
  return h >>> 0;
}

function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** hash32 as a uniform number in [0, 1). */
export function hashUnit(a: number, b: number, c = 0): number {
  return hash32(a, b, c) / 4294967296;
}

const HEX_CODES = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

/** Sixteen lowercase hex digits from two salts' hashes: an id-like string (device ids, address hashes). */
export function hashHex16(a: number, b: number, high: number, low: number): string {
  const h = hash32(a, b, high);
  const l = hash32(a, b, low);
  const digit = (value: number, shift: number): number => HEX_CODES[(value >>> shift) & 15] ?? 48;
  return String.fromCharCode(
    digit(h, 28),
    digit(h, 24),
    digit(h, 20),
    digit(h, 16),
    digit(h, 12),
    digit(h, 8),
    digit(h, 4),
    digit(h, 0),
    digit(l, 28),
    digit(l, 24),
    digit(l, 20),
    digit(l, 16),
    digit(l, 12),
    digit(l, 8),
    digit(l, 4),
    digit(l, 0),
  );
}
