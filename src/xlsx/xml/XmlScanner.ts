/**
 * A small, fast, streaming XML tokenizer for the parts of an .xlsx package. It reports start tags (with
 * the raw attribute text, parsed only on demand by `readAttributes`), end tags and text, with element
 * names stripped of their namespace prefix. It does not validate, resolve namespaces or expand DTDs:
 * SpreadsheetML parts need none of that, and skipping it is what makes a million-row sheet fast.
 *
 * Feed it decoded text in chunks of any size with `write`; a token cut by a chunk boundary waits for the
 * next chunk. Text is handed over raw (entities not yet decoded) so that consumers decode only the text
 * they keep; CDATA sections arrive already literal through `onCdata`.
 *
 * A construct still open when a chunk ends (an unclosed quote or comment) is tried again only once the
 * text after it has doubled, so such a part costs linear time, not a rescan of the open text per chunk.
 */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data between two tags; `decodeXmlText` turns it into the string it stands for. */
  text(raw: string): void;
  cdata?(text: string): void;
}

export class XmlScanner {
  private pending = '';
  private waiting: string[] = [];
  private waitingLength = 0;
  /** Characters consumed before `pending`. */
  private consumed = 0;
  /** Characters looked at again because a construct was still open: tests hold this linear. */
  rescanned = 0;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    if (this.pending.length === 0) return this.scanFrom(chunk);
    this.waiting.push(chunk);
    this.waitingLength += chunk.length;
    if (this.waitingLength >= this.pending.length) this.retry();
  }

  /**
   * Call after the last chunk. Text after the last tag (whitespace in any real part) is dropped; a construct
   * still open is a broken tag, whose offset is returned (-1 when there is none).
   */
  end(): number {
    if (this.waiting.length > 0) this.retry();
    const open = this.pending.length > 0 && this.pending.charCodeAt(0) === 60 ? this.consumed : -1;
    this.pending = '';
    return open;
  }

  /** Length of the construct left open so far (0 when none). */
  get openLength(): number {
    return this.pending.length + this.waitingLength;
  }

  /** Offset (in characters) where the construct left open starts. */
  get openOffset(): number {
    return this.consumed;
  }

  private retry(): void {
    this.rescanned += this.pending.length;
    const buf = this.pending + this.waiting.join('');
    this.pending = '';
    this.waiting = [];
    this.waitingLength = 0;
    this.scanFrom(buf);
  }

  private scanFrom(buf: string): void {
    const pos = this.scan(buf);
    this.consumed += pos;
    this.pending = pos === 0 ? buf : buf.slice(pos);
  }

  /** Tokenizes as far as complete tokens go and returns where the unfinished rest starts. */
  private scan(buf: string): number {
    const h = this.handler;
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) return pos;
      if (lt > pos) h.text(buf.slice(pos, lt));
      pos = lt;
      const next = buf.charCodeAt(lt + 1);
      if (next !== next) return pos; // NaN: '<' is the last character so far
      if (next === 47 /* / */) {
        const gt = buf.indexOf('>', lt + 2);
        if (gt < 0) return pos;
        h.close(localName(buf.slice(lt + 2, gt).trim()));
        pos = gt + 1;
      } else if (next === 63 /* ? */) {
        const end = buf.indexOf('?>', lt + 2);
        if (end < 0) return pos;
        pos = end + 2;
      } else if (next === 33 /* ! */) {
        const end = this.special(buf, lt);
        if (end < 0) return pos;
        pos = end;
      } else {
        const gt = tagEnd(buf, lt + 1);
        if (gt < 0) return pos;
        const selfClosing = buf.charCodeAt(gt - 1) === 47;
        const inner = buf.slice(lt + 1, selfClosing ? gt - 1 : gt);
        const space = firstSpace(inner);
        const name = space < 0 ? inner : inner.slice(0, space);
        h.open(localName(name), space < 0 ? '' : inner.slice(space), selfClosing);
        if (selfClosing) h.close(localName(name));
        pos = gt + 1;
      }
    }
  }

  /** Comments, CDATA and DOCTYPE; returns the index after the construct, or -1 when it is incomplete. */
  private special(buf: string, lt: number): number {
    if (buf.startsWith('<!--', lt)) {
      const end = buf.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (buf.startsWith('<![CDATA[', lt)) {
      const end = buf.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      const text = buf.slice(lt + 9, end);
      if (this.handler.cdata) this.handler.cdata(text);
      return end + 3;
    }
    if (buf.length - lt < 9) return -1;
    const gt = buf.indexOf('>', lt);
    return gt < 0 ? -1 : gt + 1;
  }
}

/** Index of the '>' closing a start tag, skipping any '>' inside quoted attribute values. */
function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    }
  }
  return -1;
}

function firstSpace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) return i;
  }
  return -1;
}

/** 'x:c' → 'c'. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
