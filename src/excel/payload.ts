/**
 * Office.js limits (see docs/excel-host.md): Excel on the web rejects a request or a response over 5 MB, and
 * a read of more than 5,000,000 cells fails (or returns null) on every platform. Fupan aims well below both,
 * because the serialized request carries more than the values themselves.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** What one sync is planned to carry at most, leaving a fifth of the limit for framing and estimates. */
export const PAYLOAD_TARGET_BYTES = 4_000_000;
export const READ_CELL_LIMIT = 5_000_000;
/** Cells read in one request at most. */
export const READ_CELL_TARGET = 4_000_000;

/** UTF-8 length of a string without allocating (Chinese text is 3 bytes a character). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Serialized size of a value as Office.js sends it (JSON), counted the stricter of two ways: UTF-8 bytes,
 * or UTF-16 code units × 2 (the form a string has in the host's memory and, on some hosts, on the bridge
 * between the add-in and Excel). ASCII-heavy data weighs twice as much in UTF-16 as in UTF-8; Chinese text
 * weighs 3 bytes a character in UTF-8, 2 in UTF-16. Measured through Microsoft's client on the workbook
 * emulator (tests/support/officeEmulator), counting UTF-8 alone let a read response reach 6.4 MB in UTF-16.
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  return Math.max(utf8Length(text), text.length * 2);
}
