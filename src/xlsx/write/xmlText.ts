/** Characters XML 1.0 cannot hold, even escaped (a tab, line feed and carriage return it can). */
export const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A UTF-16 surrogate without its pair: no character at all, which no XML part may hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** '\u0001' → '_x0001_', as Excel writes such a character in any ST_Xstring (cells, charts, names). */
function ooxmlEscape(ch: string): string {
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * Escapes text for XML element content or a double-quoted attribute value. Characters XML cannot hold
 * become '_xHHHH_' as Excel writes them, and a lone surrogate the replacement character, so that no
 * user text (a channel name with a control character) can make a written part ill-formed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(XML_ILLEGAL, ooxmlEscape)
    .replace(/[&<>"]/g, (ch) =>
      ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;',
    );
}

/**
 * Cell text as SpreadsheetML stores it: characters XML 1.0 cannot hold become '_xHHHH_', and a literal
 * '_xHHHH_' in the text is protected as '_x005F_xHHHH_' so that it reads back unchanged (ST_Xstring).
 */
export function escapeCellText(text: string): string {
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));
}

/** A <t> element keeping leading/trailing spaces and line breaks. */
export function textElement(text: string, tag = 't'): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<${tag}${preserve}>${escapeCellText(text)}</${tag}>`;
}
