import type { CellValue } from '../../core/model/raw';
import { cellAddress } from '../../core/plan/a1';
import { limitMessages } from '../limitMessages';
import { LimitError, LIMITS } from '../limits';
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

/** Cell types (the `t` attribute), as small integers so the hot path compares no strings. */
const enum CellType {
  Number,
  Shared,
  Str,
  Error,
  Bool,
  Date,
  Inline,
}

/**
 * A worksheet part's <sheetData>, parsed cell by cell straight from its UTF-8 bytes: a generic tokenizer
 * spends most of its time on allocations a million-row sheet cannot afford, so this reads `<c>` elements
 * whole, with attributes and values picked out byte by byte. Nothing is decoded but the text a cell holds,
 * and repeated texts of a column come out as one shared string (see `TextCache`): a million rows of a
 * channel column cost one string, not a million. Everything but rows and cells is skipped.
 * Feed chunks with `write`; an element cut by a chunk boundary is parsed when the rest arrives.
 *
 * Hostile input has bounded cost: a cell beyond Excel's grid (a row past 1,048,576, a column past XFD,
 * also counted when rows and cells carry no reference) stops the part with a LimitError, as does an element
 * left open past LIMITS.openConstructBytes. An open element is tried again only once the bytes after it
 * have doubled, so an unclosed quote costs linear time, not a rescan per chunk.
 */
export class SheetXmlParser {
  stopped = false;
  private pending: Buffer | undefined;
  /** Chunks held back while an open element waits for enough bytes to be worth another try. */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  /** Bytes of the part consumed before `pending`, for messages. */
  private consumed = 0;
  /** Bytes looked at again because an element was still open: tests hold this linear. */
  rescannedBytes = 0;
  private row = -1;
  private col = -1;
  private readonly columns: number[] = [];
  private readonly values: CellValue[] = [];
  private readonly texts = new TextCache();
  /** Attribute values of the cell being read, set by `cellAttributes`. */
  private ref = -1;
  private refRow = -1;
  private type = CellType.Number;
  private style = 0;

  constructor(
    private readonly context: SheetContext,
    private readonly sink: RowSink,
    /** The part's name, for messages. */
    private readonly part = 'worksheet',
  ) {}

  /** Feeds the next piece of the part: its bytes (UTF-8), or text. */
  write(chunk: Uint8Array | string): void {
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const pending = this.pending;
    if (!pending) return this.parseFrom(bytes);
    this.waiting.push(bytes);
    this.waitingBytes += bytes.length;
    if (this.waitingBytes >= pending.length) this.retry();
  }

  /** Call after the last chunk: an element still open then is a broken tag, and said so. */
  end(): void {
    if (this.pending && !this.stopped) this.retry();
    const open = this.pending;
    if (open && !this.stopped) {
      const excerpt = open.toString('utf8', 0, Math.min(open.length, 40)).replace(/\s+/g, ' ');
      throw new LimitError(limitMessages.truncatedPart(this.part, this.consumed, excerpt));
    }
    this.pending = undefined;
    this.flush();
  }

  /** Parses the open element again with the chunks held back after it. */
  private retry(): void {
    const pending = this.pending as Buffer;
    this.rescannedBytes += pending.length;
    const buf = Buffer.concat([pending, ...this.waiting]);
    this.pending = undefined;
    this.waiting = [];
    this.waitingBytes = 0;
    this.parseFrom(buf);
  }

  private parseFrom(buf: Buffer): void {
    const pos = this.parse(buf);
    this.consumed += pos;
    this.pending = pos < buf.length ? buf.subarray(pos) : undefined;
    if (this.pending && this.pending.length > LIMITS.openConstructBytes) {
      throw new LimitError(limitMessages.openConstruct(this.part, this.consumed));
    }
  }

  private parse(buf: Buffer): number {
    const n = buf.length;
    let pos = 0;
    while (!this.stopped) {
      const lt = indexOfByte(buf, 60 /* < */, pos, n);
      if (lt < 0) return n;
      if (lt + 2 >= n) return lt;
      // Fast path: an unprefixed cell, the bulk of any sheet.
      if (buf[lt + 1] === 99 /* c */ && isNameEnd(buf[lt + 2] as number)) {
        const end = this.cell(buf, lt + 1, lt + 2);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      const isEnd = buf[lt + 1] === 47;
      const nameStart = isEnd ? lt + 2 : lt + 1;
      const nameEnd = nameEndAt(buf, nameStart);
      if (nameEnd < 0) return lt;
      const local = localStart(buf, nameStart, nameEnd);
      const isRow =
        nameEnd - local === 3 && buf[local] === 114 && buf[local + 1] === 111 && buf[local + 2] === 119;
      if (isEnd) {
        const gt = indexOfByte(buf, 62 /* > */, nameEnd, n);
        if (gt < 0) return lt;
        if (isRow) this.flush();
        pos = gt + 1;
      } else if (nameEnd - local === 1 && buf[local] === 99) {
        const end = this.cell(buf, nameStart, nameEnd);
        if (end < 0) return lt;
        pos = end;
      } else {
        const gt = tagEnd(buf, nameEnd);
        if (gt < 0) return lt;
        if (isRow) {
          this.flush();
          const r = rowNumber(buf, nameEnd, gt);
          this.row = r === undefined || !Number.isInteger(r) || r < 1 ? this.row + 1 : r - 1;
          this.col = -1;
        }
        pos = gt + 1;
      }
    }
    return n;
  }

  /** Reads one `<c …>…</c>` element; returns the index after it, or -1 when it is not complete yet. */
  private cell(buf: Buffer, nameStart: number, nameEnd: number): number {
    const gt = this.cellAttributes(buf, nameEnd);
    if (gt < 0) return -1;
    if (buf[gt - 1] === 47) {
      this.place();
      return gt + 1;
    }
    if (nameEnd - nameStart === 1 && this.type !== CellType.Inline) {
      const end = this.plainValue(buf, gt + 1);
      if (end !== 0) return end;
    }
    let end: number;
    let contentEnd: number;
    if (nameEnd - nameStart === 1) {
      contentEnd = closingCell(buf, gt + 1);
      if (contentEnd < 0) return -1;
      end = contentEnd + 4;
    } else {
      const closing = Buffer.from(`</${buf.toString('latin1', nameStart, nameEnd)}>`, 'latin1');
      contentEnd = buf.indexOf(closing, gt + 1);
      if (contentEnd < 0) return -1;
      end = contentEnd + closing.length;
    }
    this.place();
    const value = this.cellValue(buf, gt + 1, contentEnd);
    if (value !== null) this.keep(value);
    return end;
  }

  /** Sets the position of a cell read whole: its reference, else the cell after the previous one. */
  private place(): void {
    this.col = this.ref >= 0 ? this.ref : this.col + 1;
    if (this.row < 0 && this.refRow >= 0) this.row = this.refRow;
    if (this.col >= LIMITS.columns || this.row >= LIMITS.rows) {
      throw new LimitError(limitMessages.beyondGrid(this.part, cellAddress(this.row, this.col)));
    }
  }

  /**
   * The bulk of any sheet, read in one pass: an unprefixed cell whose content is exactly `<v>…</v>`
   * (from `from`, after the start tag). Returns the index after `</c>`, -1 when the buffer ends first, or
   * 0 when the content has another shape (a formula, an inline string, whitespace…) for `cellValue`.
   */
  private plainValue(buf: Buffer, from: number): number {
    const n = buf.length;
    if (from + 3 > n) return -1;
    if (buf[from] !== 60 || buf[from + 1] !== 118 || buf[from + 2] !== 62) return 0;
    const v = from + 3;
    let vEnd = v;
    while (vEnd < n && buf[vEnd] !== 60) vEnd++;
    if (vEnd + 8 > n) return -1;
    if (
      buf[vEnd + 1] !== 47 ||
      buf[vEnd + 2] !== 118 ||
      buf[vEnd + 3] !== 62 ||
      buf[vEnd + 4] !== 60 ||
      buf[vEnd + 5] !== 47 ||
      buf[vEnd + 6] !== 99 ||
      buf[vEnd + 7] !== 62
    ) {
      return 0;
    }
    this.place();
    const value = this.valueText(buf, v, vEnd);
    if (value !== null) this.keep(value);
    return vEnd + 8;
  }

  private keep(value: CellValue): void {
    this.columns.push(this.col);
    this.values.push(value);
  }

  /**
   * Reads the attributes of a cell's start tag from `from` on, setting `ref`, `refRow`, `type` and
   * `style`; returns the index of the tag's closing '>', or -1 when the buffer ends first.
   */
  private cellAttributes(buf: Buffer, from: number): number {
    this.ref = -1;
    this.refRow = -1;
    this.type = CellType.Number;
    this.style = 0;
    const n = buf.length;
    let i = from;
    for (;;) {
      while (i < n && (buf[i] as number) <= 32) i++;
      if (i >= n) return -1;
      const c = buf[i] as number;
      if (c === 62 /* > */) return i;
      if (c === 47 /* / */) {
        i++;
        continue;
      }
      const eq = indexOfByte(buf, 61 /* = */, i, n);
      if (eq < 0) return -1;
      let q = eq + 1;
      while (q < n && (buf[q] as number) <= 32) q++;
      if (q >= n) return -1;
      const valueEnd = indexOfByte(buf, buf[q] === 39 ? 39 : 34, q + 1, n);
      if (valueEnd < 0) return -1;
      let nameEnd = eq;
      while ((buf[nameEnd - 1] as number) <= 32) nameEnd--;
      if (nameEnd - i === 1) {
        if (c === 114 /* r */) this.readRef(buf, q + 1, valueEnd);
        else if (c === 116 /* t */) this.type = cellType(buf, q + 1, valueEnd);
        else if (c === 115 /* s */) this.style = digits(buf, q + 1, valueEnd);
      }
      i = valueEnd + 1;
    }
  }

  private readRef(buf: Buffer, from: number, to: number): void {
    let col = 0;
    let i = from;
    for (; i < to; i++) {
      const c = (buf[i] as number) & ~32;
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    this.ref = i === from ? -1 : col - 1;
    this.refRow = i < to ? digits(buf, i, to) - 1 : -1;
  }

  /** The value of a cell whose content (between the tags) is buf[from, to). */
  private cellValue(buf: Buffer, from: number, to: number): CellValue {
    const type = this.type;
    if (type === CellType.Inline) {
      const text = this.texts.get(this.col, buf, from, to, inlineText);
      return text === '' ? null : text;
    }
    const v = findValue(buf, from, to);
    if (v < 0) return null;
    const vEnd = indexOfByte(buf, 60 /* < */, v, to + 1);
    if (vEnd < 0) return null;
    return this.valueText(buf, v, vEnd);
  }

  /** The value of the cell being read from the text of its <v> element, buf[v, vEnd). */
  private valueText(buf: Buffer, v: number, vEnd: number): CellValue {
    switch (this.type) {
      case CellType.Shared: {
        const text = this.context.sharedStrings[digits(buf, v, vEnd)];
        return text === undefined || text === '' ? null : text;
      }
      case CellType.Str:
      case CellType.Error: {
        const text = this.texts.get(this.col, buf, v, vEnd, decodeCellText);
        return text === '' ? null : text;
      }
      case CellType.Bool: {
        const text = buf.toString('utf8', v, vEnd).trim();
        return text === '1' || text === 'true';
      }
      case CellType.Date: {
        const text = decodeCellText(buf.toString('utf8', v, vEnd));
        const serial = isoToSerial(text);
        return Number.isNaN(serial) ? text : serial;
      }
      default: {
        if (vEnd === v) return null;
        let n = decimal(buf, v, vEnd);
        if (Number.isNaN(n)) {
          const raw = buf.toString('utf8', v, vEnd);
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

/** Most distinct texts a column keeps in the cache; a column of ids stops being cached past it. */
const DISTINCT_PER_COLUMN = 4096;

/**
 * The texts of cells, keyed by column and by the raw bytes they were decoded from, so a text repeated
 * down a column (a channel, a status, a category) is decoded once and shared. An open-addressing hash
 * table over the bytes: a hit costs no allocation. A column with more distinct texts than
 * DISTINCT_PER_COLUMN (order ids, device ids) is no longer looked up, only decoded.
 */
class TextCache {
  private mask = 1023;
  private used = 0;
  private hashes = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024).fill(-1);
  private strings: string[] = new Array<string>(1024).fill('');
  private pool = new Uint8Array(1 << 16);
  private poolUsed = 0;
  /** Distinct texts cached per column; -1 once the column is past the limit. */
  private readonly distinct: number[] = [];

  /** The text of buf[from, to) in column `col`: `decode` of its UTF-8 decoding. */
  get(col: number, buf: Buffer, from: number, to: number, decode: (raw: string) => string): string {
    const seen = this.distinct[col] ?? 0;
    if (seen < 0) return decode(buf.toString('utf8', from, to));
    let h = (col + 1) * 0x9e3779b1;
    for (let i = from; i < to; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
    const length = to - from;
    let slot = h & this.mask;
    for (;;) {
      const len = this.lengths[slot] as number;
      if (len < 0) break;
      if (len === length && this.hashes[slot] === h && this.sameBytes(slot, buf, from, length)) {
        return this.strings[slot] as string;
      }
      slot = (slot + 1) & this.mask;
    }
    const text = decode(buf.toString('utf8', from, to));
    if (seen >= DISTINCT_PER_COLUMN) {
      this.distinct[col] = -1;
      return text;
    }
    this.distinct[col] = seen + 1;
    this.insert(slot, h, buf, from, length, text);
    return text;
  }

  private sameBytes(slot: number, buf: Buffer, from: number, length: number): boolean {
    const pool = this.pool;
    const start = this.starts[slot] as number;
    for (let i = 0; i < length; i++) if (pool[start + i] !== buf[from + i]) return false;
    return true;
  }

  private insert(slot: number, h: number, buf: Buffer, from: number, length: number, text: string): void {
    if (this.poolUsed + length > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + length));
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    this.pool.set(buf.subarray(from, from + length), this.poolUsed);
    this.hashes[slot] = h;
    this.starts[slot] = this.poolUsed;
    this.lengths[slot] = length;
    this.strings[slot] = text;
    this.poolUsed += length;
    if (++this.used * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { hashes, starts, lengths, strings } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size).fill(-1);
    this.strings = new Array<string>(size).fill('');
    for (let old = 0; old < lengths.length; old++) {
      if ((lengths[old] as number) < 0) continue;
      let slot = (hashes[old] as number) & this.mask;
      while ((this.lengths[slot] as number) >= 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hashes[old] as number;
      this.starts[slot] = starts[old] as number;
      this.lengths[slot] = lengths[old] as number;
      this.strings[slot] = strings[old] as string;
    }
  }
}

/** The `t` attribute buf[from, to) of a cell; an unknown type reads as a number, as Excel does. */
function cellType(buf: Buffer, from: number, to: number): CellType {
  const length = to - from;
  const c = buf[from];
  if (length === 1) {
    if (c === 115 /* s */) return CellType.Shared;
    if (c === 101 /* e */) return CellType.Error;
    if (c === 98 /* b */) return CellType.Bool;
    if (c === 100 /* d */) return CellType.Date;
    return CellType.Number;
  }
  if (length === 3 && c === 115 && buf[from + 1] === 116 && buf[from + 2] === 114) return CellType.Str;
  if (length === 9 && buf.toString('latin1', from, to) === 'inlineStr') return CellType.Inline;
  return CellType.Number;
}

/** The `r` attribute of a row's start tag (attributes in buf[from, to)), or undefined. */
function rowNumber(buf: Buffer, from: number, to: number): number | undefined {
  let i = from;
  while (i < to) {
    while (i < to && (buf[i] as number) <= 32) i++;
    const eq = indexOfByte(buf, 61 /* = */, i, to);
    if (eq < 0) return undefined;
    let nameEnd = eq;
    while (nameEnd > i && (buf[nameEnd - 1] as number) <= 32) nameEnd--;
    let q = eq + 1;
    while (q < to && (buf[q] as number) <= 32) q++;
    const quote = buf[q];
    if (quote !== 34 && quote !== 39) return undefined;
    const valueEnd = indexOfByte(buf, quote, q + 1, to);
    if (valueEnd < 0) return undefined;
    if (nameEnd - i === 1 && buf[i] === 114 /* r */) {
      const r = digits(buf, q + 1, valueEnd);
      return Number.isNaN(r) ? Number(buf.toString('utf8', q + 1, valueEnd)) : r;
    }
    i = valueEnd + 1;
  }
  return undefined;
}

/** Index of the first `byte` in buf[from, to), or -1. */
function indexOfByte(buf: Buffer, byte: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (buf[i] === byte) return i;
  return -1;
}

/** Index of the '</c>' ending an unprefixed cell's content, from `from` on; -1 when not there yet. */
function closingCell(buf: Buffer, from: number): number {
  const last = buf.length - 3;
  for (let i = from; i < last; i++) {
    if (buf[i] === 60 && buf[i + 1] === 47 && buf[i + 2] === 99 && buf[i + 3] === 62) return i;
  }
  return -1;
}

function isNameEnd(c: number): boolean {
  return c <= 32 || c === 62 || c === 47;
}

/** Where a start tag's name ends (at a space, '>' or '/'); -1 when the buffer ends first. */
function nameEndAt(buf: Buffer, from: number): number {
  for (let i = from; i < buf.length; i++) {
    const c = buf[i] as number;
    if (c <= 32 || c === 62 || c === 47) return i;
  }
  return -1;
}

/** Where the local part of the name buf[from, to) starts, after any namespace prefix. */
function localStart(buf: Buffer, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if ((buf[i] as number) === 58 /* : */) return i + 1;
  return from;
}

/** Index of the '>' closing a start tag, skipping any '>' inside quoted attribute values. */
function tagEnd(buf: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf[i] as number;
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

function digits(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = (buf[i] as number) - 48;
    if (d < 0 || d > 9) {
      if (d === -16 || d === -38 || d === -39 || d === -35) continue; // whitespace
      return NaN;
    }
    n = n * 10 + d;
  }
  return n;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const EXACT_INTEGERS = 2 ** 53;

/**
 * A plain decimal ('-12', '99.5', '45962.00001157408') whose digits, as an integer, are below 2^53,
 * parsed without making a string: that integer and a power of ten up to 10^22 are exact doubles, so one
 * division gives the correctly rounded value (Clinger's fast path). NaN for anything else (exponents,
 * 17 significant digits…), which the caller parses with Number().
 */
function decimal(buf: Buffer, from: number, to: number): number {
  let i = from;
  const negative = (buf[i] as number) === 45;
  if (negative) i++;
  let digits = 0;
  let scale = -1;
  let n = 0;
  for (; i < to; i++) {
    const c = buf[i] as number;
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return NaN;
  }
  // Once a partial integer reaches 2^53 the rest may be rounded, but never back below it.
  if (digits === 0 || n >= EXACT_INTEGERS || scale > 22) return NaN;
  const value = scale > 0 ? n / (POWERS_OF_TEN[scale] as number) : n;
  return negative ? -value : value;
}

/** Start of the text of the <v> element within buf[from, to), or -1 (also for an empty <v/>). */
function findValue(buf: Buffer, from: number, to: number): number {
  let i = from;
  for (;;) {
    const lt = indexOfByte(buf, 60 /* < */, i, to);
    if (lt < 0) return -1;
    const nameEnd = nameEndAt(buf, lt + 1);
    if (nameEnd < 0) return -1;
    const local = localStart(buf, lt + 1, nameEnd);
    const gt = tagEnd(buf, nameEnd);
    if (gt < 0 || gt >= to) return -1;
    if (nameEnd - local === 1 && buf[local] === 118 /* v */) {
      return buf[gt - 1] === 47 ? -1 : gt + 1;
    }
    if (nameEnd - local === 1 && buf[local] === 102 /* f */ && buf[gt - 1] !== 47) {
      // Skip the formula text: it may hold '<' only as '&lt;', so the next '<' ends it.
      i = indexOfByte(buf, 60 /* < */, gt + 1, buf.length);
      if (i < 0) return -1;
      i = indexOfByte(buf, 62 /* > */, i, buf.length) + 1;
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
