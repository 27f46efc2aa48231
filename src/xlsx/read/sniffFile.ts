/** What the first bytes of a file say it is. */
export type FileSignature = 'zip' | 'cfb' | 'other';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A zip package starts with 'PK'; an OLE compound file (a legacy .xls, or an .xlsx encrypted with a
 * password, which Excel wraps in one) with D0 CF 11 E0 A1 B1 1A E1.
 */
export function sniffSignature(head: Uint8Array): FileSignature {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b) return 'zip';
  if (head.length >= 8 && CFB.every((b, i) => head[i] === b)) return 'cfb';
  return 'other';
}
