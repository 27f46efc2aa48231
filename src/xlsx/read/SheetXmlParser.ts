import type { CellValue } from '../../core/model/raw';
import { readAttribute } from '../xml/attributes';
import { decodeCellText } from '../xml/decodeXmlText';
import { XmlScanner } from '../xml/XmlScanner';
import { DATE_1904_OFFSET_DAYS, isoToSerial } from './serial';

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Set for 1904-based workbooks: the styles whose cells are dates, shifted to the 1900 system. */
  readonly date1904Styles?: ReadonlySet<number>;
}

/**
 * Receives each worksheet row that holds at least one value: its 0-based row index and its cells as
 * parallel arrays (0-based columns, in file order). The arrays are reused for the next row: copy what
 * you keep. Return false to stop reading.
 */
export type RowSink = (
  row: number,
  columns: readonly number[],
  values: readonly CellValue[],
) => boolean | void;

/**
 * A worksheet part's <sheetData>, parsed cell by cell straight from the text: a generic tokenizer spends
 * most of its time on allocations a million-row sheet cannot afford, so this reads `<c>` elements whole,
 * with attributes and values picked out by character codes. Everything but rows and cells is skipped.
 * Feed chunks with `write`; an element cut by a chunk boundary is parsed when the rest arrives.
 */
export class SheetXmlParser {
  stopped = false;
  private pending = '';
  private row = -1;
  private col = -1;
  private readonly columns: number[] = [];
  private readonly values: CellValue[] = [];
  /** Attribute values of the cell being read, set by `cellAttributes`. */
  private ref = -1;
  private refRow = -1;
  private type = '';
  private style = 0;

  constructor(
    private readonly context: SheetContext,
    private readonly sink: RowSink,
  ) {}

  write(chunk: string): void {
    const buf = this.pending.length > 0 ? this.pending + chunk : chunk;
    const pos = this.parse(buf);
    this.pending = pos < buf.length ? buf.slice(pos) : '';
  }

  end(): void {
    this.pending = '';
    this.flush();
  }

  private parse(buf: string): number {
    let pos = 0;
    while (!this.stopped) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) return buf.length;
      // Fast path: an unprefixed cell, the bulk of any sheet.
      if (buf.charCodeAt(lt + 1) === 99 /* c */ && isNameEnd(buf.charCodeAt(lt + 2))) {
        const end = this.cell(buf, lt + 1, lt + 2);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      const isEnd = buf.charCodeAt(lt + 1) === 47;
      const nameStart = isEnd ? lt + 2 : lt + 1;
      const nameEnd = nameEndAt(buf, nameStart);
      if (nameEnd < 0) return lt;
      const local = localStart(buf, nameStart, nameEnd);
      const isRow = nameEnd - local === 3 && buf.startsWith('row', local);
      if (isEnd) {
        const gt = buf.indexOf('>', nameEnd);
        if (gt < 0) return lt;
        if (isRow) this.flush();
        pos = gt + 1;
      } else if (nameEnd - local === 1 && buf.charCodeAt(local) === 99) {
        const end = this.cell(buf, nameStart, nameEnd);
        if (end < 0) return lt;
        pos = end;
      } else {
        const gt = tagEnd(buf, nameEnd);
        if (gt < 0) return lt;
        if (isRow) {
          this.flush();
          const r = readAttribute(buf.slice(nameEnd, gt), 'r');
          this.row = r === undefined ? this.row + 1 : Number(r) - 1;
          this.col = -1;
        }
        pos = gt + 1;
      }
    }
    return buf.length;
  }

  /** Reads one `<c …>…</c>` element; returns the index after it, or -1 when it is not complete yet. */
  private cell(buf: string, nameStart: number, nameEnd: number): number {
    const gt = this.cellAttributes(buf, nameEnd);
    if (gt < 0) return -1;
    const selfClosing = buf.charCodeAt(gt - 1) === 47;
    let end = gt + 1;
    let contentEnd = gt;
    if (!selfClosing) {
      const closing = nameEnd - nameStart === 1 ? '</c>' : `</${buf.slice(nameStart, nameEnd)}>`;
      contentEnd = buf.indexOf(closing, gt + 1);
      if (contentEnd < 0) return -1;
      end = contentEnd + closing.length;
    }
    this.col = this.ref >= 0 ? this.ref : this.col + 1;
    if (this.row < 0 && this.refRow >= 0) this.row = this.refRow;
    if (!selfClosing) {
      const value = this.cellValue(buf, gt + 1, contentEnd);
      if (value !== null) {
        this.columns.push(this.col);
        this.values.push(value);
      }
    }
    return end;
  }

  /**
   * Reads the attributes of a cell's start tag from `from` on, setting `ref`, `refRow`, `type` and
   * `style`; returns the index of the tag's closing '>', or -1 when the buffer ends first.
   */
  private cellAttributes(buf: string, from: number): number {
    this.ref = -1;
    this.refRow = -1;
    this.type = '';
    this.style = 0;
    const n = buf.length;
    let i = from;
    for (;;) {
      while (i < n && buf.charCodeAt(i) <= 32) i++;
      if (i >= n) return -1;
      const c = buf.charCodeAt(i);
      if (c === 62 /* > */) return i;
      if (c === 47 /* / */) {
        i++;
        continue;
      }
      const eq = buf.indexOf('=', i);
      if (eq < 0) return -1;
      let q = eq + 1;
      while (q < n && buf.charCodeAt(q) <= 32) q++;
      const quote = buf.charCodeAt(q);
      const valueEnd = buf.indexOf(quote === 39 ? "'" : '"', q + 1);
      if (valueEnd < 0) return -1;
      let nameEnd = eq;
      while (buf.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
      if (nameEnd - i === 1) {
        if (c === 114 /* r */) this.readRef(buf, q + 1, valueEnd);
        else if (c === 116 /* t */) this.type = buf.slice(q + 1, valueEnd);
        else if (c === 115 /* s */) this.style = digits(buf, q + 1, valueEnd);
      }
      i = valueEnd + 1;
    }
  }

  private readRef(buf: string, from: number, to: number): void {
    let col = 0;
    let i = from;
    for (; i < to; i++) {
      const c = buf.charCodeAt(i) & ~32;
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    this.ref = i === from ? -1 : col - 1;
    this.refRow = i < to ? digits(buf, i, to) - 1 : -1;
  }

  /** The value of a cell whose content (between the tags) is buf[from, to). */
  private cellValue(buf: string, from: number, to: number): CellValue {
    const type = this.type;
    if (type === 'inlineStr') {
      const text = inlineText(buf.slice(from, to));
      return text === '' ? null : text;
    }
    const v = findValue(buf, from, to);
    if (v < 0) return null;
    const vEnd = buf.indexOf('<', v);
    if (vEnd < 0 || vEnd > to) return null;
    switch (type) {
      case 's': {
        const text = this.context.sharedStrings[digits(buf, v, vEnd)];
        return text === undefined || text === '' ? null : text;
      }
      case 'str':
      case 'e': {
        const text = decodeCellText(buf.slice(v, vEnd));
        return text === '' ? null : text;
      }
      case 'b': {
        const text = buf.slice(v, vEnd).trim();
        return text === '1' || text === 'true';
      }
      case 'd': {
        const text = decodeCellText(buf.slice(v, vEnd));
        const serial = isoToSerial(text);
        return Number.isNaN(serial) ? text : serial;
      }
      default: {
        if (vEnd === v) return null;
        let n = decimal(buf, v, vEnd);
        if (Number.isNaN(n)) {
          const raw = buf.slice(v, vEnd);
          n = Number(raw);
          if (Number.isNaN(n)) return decodeCellText(raw);
        }
        return this.context.date1904Styles?.has(this.style) ? n + DATE_1904_OFFSET_DAYS : n;
      }
    }
  }

  /** Hands the pending row, if any, to the sink. */
  private flush(): void {
    if (this.values.length > 0 && !this.stopped) {
      if (this.sink(this.row, this.columns, this.values) === false) this.stopped = true;
    }
    this.columns.length = 0;
    this.values.length = 0;
  }
}

function isNameEnd(c: number): boolean {
  return c <= 32 || c === 62 || c === 47;
}

/** Where a start tag's name ends (at a space, '>' or '/'); -1 when the buffer ends first. */
function nameEndAt(buf: string, from: number): number {
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c <= 32 || c === 62 || c === 47) return i;
  }
  return -1;
}

/** Where the local part of the name buf[from, to) starts, after any namespace prefix. */
function localStart(buf: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (buf.charCodeAt(i) === 58 /* : */) return i + 1;
  return from;
}

/** Index of the '>' closing a start tag, skipping any '>' inside quoted attribute values. */
function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

function digits(buf: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = buf.charCodeAt(i) - 48;
    if (d < 0 || d > 9) {
      if (d === -16 || d === -38 || d === -39 || d === -35) continue; // whitespace
      return NaN;
    }
    n = n * 10 + d;
  }
  return n;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A plain decimal ('-12', '99.5') of at most 15 digits, parsed without making a string: the integer of
 * its digits divided by an exact power of ten is the correctly rounded value (Clinger's fast path).
 * NaN for anything else (exponents, more digits), which the caller parses with Number().
 */
function decimal(buf: string, from: number, to: number): number {
  let i = from;
  const negative = buf.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0;
  let scale = -1;
  let n = 0;
  for (; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = scale > 0 ? n / (POWERS_OF_TEN[scale] as number) : n;
  return negative ? -value : value;
}

/** Start of the text of the <v> element within buf[from, to), or -1 (also for an empty <v/>). */
function findValue(buf: string, from: number, to: number): number {
  let i = from;
  for (;;) {
    const lt = buf.indexOf('<', i);
    if (lt < 0 || lt >= to) return -1;
    const nameEnd = nameEndAt(buf, lt + 1);
    if (nameEnd < 0) return -1;
    const local = localStart(buf, lt + 1, nameEnd);
    const gt = tagEnd(buf, nameEnd);
    if (gt < 0 || gt >= to) return -1;
    if (nameEnd - local === 1 && buf.charCodeAt(local) === 118 /* v */) {
      return buf.charCodeAt(gt - 1) === 47 ? -1 : gt + 1;
    }
    if (nameEnd - local === 1 && buf.charCodeAt(local) === 102 /* f */ && buf.charCodeAt(gt - 1) !== 47) {
      // Skip the formula text: it may hold '<' only as '&lt;', so the next '<' ends it.
      i = buf.indexOf('<', gt + 1);
      if (i < 0) return -1;
      i = buf.indexOf('>', i) + 1;
      continue;
    }
    i = gt + 1;
  }
}

/** The plain text of an inline string (<is>): runs joined, phonetic guides left out. */
function inlineText(xml: string): string {
  let text = '';
  let inT = false;
  let phonetic = 0;
  const scanner = new XmlScanner({
    open(name, _attributes, selfClosing) {
      if (name === 't' && phonetic === 0 && !selfClosing) inT = true;
      else if (name === 'rPh' && !selfClosing) phonetic++;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
    },
    text(raw) {
      if (inT) text += decodeCellText(raw);
    },
    cdata(raw) {
      if (inT) text += raw;
    },
  });
  scanner.write(xml);
  scanner.end();
  return text;
}
