/** Escapes text for XML element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;',
  );
}

/**
 * Cell text as SpreadsheetML stores it: characters XML 1.0 cannot hold become '_xHHHH_', and a literal
 * '_xHHHH_' in the text is protected as '_x005F_xHHHH_' so that it reads back unchanged (ST_Xstring).
 */
export function escapeCellText(text: string): string {
  const protectedText = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
  return escapeXml(protectedText);
}

/** A <t> element keeping leading/trailing spaces and line breaks. */
export function textElement(text: string, tag = 't'): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<${tag}${preserve}>${escapeCellText(text)}</${tag}>`;
}
