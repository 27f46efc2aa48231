const FULL_WIDTH_OR_SPECIAL = /[\uFF01-\uFF5E\u3000\uFFE5\uFFE0\uFFE1\u2212\u00A0\u2009\u202F]/;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_SHIFT = 0xfee0;

const SPECIAL: Readonly<Record<string, string>> = {
  '\u3000': ' ',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\uFFE5': '¥',
  '\uFFE0': '¢',
  '\uFFE1': '£',
  '\u2212': '-',
};

/**
 * Full-width ASCII (０-９, Ａ-Ｚ, （）, ％, ，…) to its half-width form, the ideographic and no-break spaces to a
 * space, ￥ to ¥ and the minus sign to '-'. Texts without such characters are returned as they are.
 */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH_OR_SPECIAL.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST)
      out += String.fromCharCode(code - FULL_WIDTH_SHIFT);
    else out += SPECIAL[ch] ?? ch;
  }
  return out;
}
