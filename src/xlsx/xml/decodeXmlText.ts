const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Expands XML character and entity references ('&lt;', '&#20013;', '&#x4E2D;'). */
export function decodeXmlText(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * SpreadsheetML escapes characters XML cannot hold (control characters) as '_xHHHH_', and a literal
 * '_x' that would read as such an escape as '_x005F_x'. This undoes both (ECMA-376 ST_Xstring).
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Both decodings: what a cell's text really is. */
export function decodeCellText(raw: string): string {
  return decodeOoxmlEscapes(decodeXmlText(raw));
}
