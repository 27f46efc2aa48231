import { decodeXmlText } from './decodeXmlText';

/**
 * The attributes of a start tag, from the raw text `XmlScanner` reports (' r="A1" t="s"'). Names keep
 * their prefix ('r:id'); values are decoded.
 */
export function readAttributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  const n = raw.length;
  while (i < n) {
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    const eq = raw.indexOf('=', i);
    if (eq < 0) break;
    const name = raw.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && raw.charCodeAt(q) <= 32) q++;
    const quote = raw[q];
    if (quote !== '"' && quote !== "'") break;
    const end = raw.indexOf(quote, q + 1);
    if (end < 0) break;
    out.set(name, decodeXmlText(raw.slice(q + 1, end)));
    i = end + 1;
  }
  return out;
}

/** One attribute's decoded value, or undefined. Cheaper than `readAttributes` for a hot tag. */
export function readAttribute(raw: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = raw.indexOf(name, from);
    if (at < 0) return undefined;
    const before = at === 0 ? 32 : raw.charCodeAt(at - 1);
    let eq = at + name.length;
    while (raw.charCodeAt(eq) === 32) eq++;
    if (before <= 32 && raw.charCodeAt(eq) === 61 /* = */) {
      let q = eq + 1;
      while (raw.charCodeAt(q) === 32) q++;
      const quote = raw[q];
      if (quote === '"' || quote === "'") {
        const end = raw.indexOf(quote, q + 1);
        if (end > q) return decodeXmlText(raw.slice(q + 1, end));
      }
    }
    from = at + name.length;
  }
}
