import type { ZipArchive } from '../zip/ZipArchive';
import { LIMITS } from '../limits';
import { decodeCellText } from '../xml/decodeXmlText';
import { plainSharedString, readSharedStrings } from './sharedStrings';

/** The shared strings a sheet's cells refer to by index; undefined past the end of the table. */
export interface SharedStringLookup {
  get(index: number): string | undefined;
}

/** Most text bytes the table keeps undecoded; a larger table is read the general way. */
const MAX_POOL_BYTES = 1 << 30;

/**
 * A shared-string table kept as the UTF-8 bytes of its texts, each decoded when a cell first refers to
 * it and then shared by every cell that does: a table of millions of ids costs one byte scan and no
 * string until a sheet needs it. Items other than plain `<si><t>…</t></si>` (rich text, phonetic guides)
 * are decoded as they are read, as `readSharedStrings` does.
 */
export class SharedStringTable implements SharedStringLookup {
  private pool = new Uint8Array(1 << 16);
  private poolUsed = 0;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  /** Texts decoded so far; for a rich item, its text from the start. */
  private readonly texts: (string | undefined)[] = [];
  count = 0;

  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const known = this.texts[index];
    if (known !== undefined) return known;
    const pool = Buffer.from(this.pool.buffer, this.pool.byteOffset, this.poolUsed);
    const text = decodeCellText(pool.toString('utf8', this.starts[index], this.ends[index]));
    this.texts[index] = text;
    return text;
  }

  /** Adds a plain item from its text's raw bytes; false when the table would grow past its bound. */
  addBytes(buf: Uint8Array, from: number, to: number): boolean {
    const length = to - from;
    if (this.poolUsed + length > this.pool.length) {
      const size = Math.max(this.pool.length * 2, this.poolUsed + length);
      if (size > MAX_POOL_BYTES) return false;
      const grown = new Uint8Array(size);
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    this.pool.set(buf.subarray(from, to), this.poolUsed);
    this.slot(this.poolUsed, this.poolUsed + length);
    this.poolUsed += length;
    return true;
  }

  /** Adds an item decoded as it was read. */
  addText(text: string): void {
    this.texts[this.count] = text;
    this.slot(0, 0);
  }

  private slot(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

/**
 * The shared strings of a workbook for its sheets: the byte-level table when the part allows, else
 * (and when there is no part) readSharedStrings' array.
 */
export async function readSharedStringLookup(
  zip: ZipArchive,
  part: string | undefined,
): Promise<SharedStringLookup | readonly string[]> {
  if (!part) return [];
  return (await readSharedStringTable(zip, part)) ?? (await readSharedStrings(zip, part));
}

/**
 * Reads the table byte by byte, or gives undefined when the part holds anything but a prolog, an
 * unprefixed `<sst>` and its `<si>` items — a comment, a DTD, a CDATA section, a prefix, UTF-16 — so that
 * the caller reads it with the general XML scanner, whose checks and messages then apply unchanged.
 */
export async function readSharedStringTable(
  zip: ZipArchive,
  part: string,
): Promise<SharedStringTable | undefined> {
  const table = new SharedStringTable();
  const chunks = await zip.chunks(part);
  let rest: Buffer | undefined;
  try {
    for await (const chunk of chunks) {
      const buf = rest ? Buffer.concat([rest, chunk]) : chunk;
      if (rest === undefined && table.count === 0 && (buf[0] === 0xff || buf[0] === 0xfe)) return undefined;
      const pos = readItems(buf, table);
      if (pos < 0) return undefined;
      rest = pos < buf.length ? buf.subarray(pos) : undefined;
      if (rest && rest.length > LIMITS.openConstructBytes) return undefined;
    }
  } finally {
    chunks.close();
  }
  if (rest && rest.some((b) => b > 32)) return undefined;
  return table;
}

const SST = Buffer.from('sst');
const SST_END = Buffer.from('/sst>');
const SI_OPEN = Buffer.from('<si>');
const SI_CLOSE = Buffer.from('</si>');
const T_PLAIN = Buffer.from('<t>');
const T_PRESERVE = Buffer.from('<t xml:space="preserve">');
const T_CLOSE_SI = Buffer.from('</t></si>');

/** Reads the items complete in buf; returns where the first incomplete one starts, or -1 to give up. */
function readItems(buf: Buffer, table: SharedStringTable): number {
  const n = buf.length;
  let pos = 0;
  for (;;) {
    const lt = buf.indexOf(60 /* < */, pos);
    if (lt < 0) return n;
    if (lt + 1 >= n) return lt;
    const next = buf[lt + 1] as number;
    if (next === 33 /* ! */) return -1;
    if (next === 63 /* ? */) {
      if (lt !== 0 || table.count > 0) return -1;
      const end = buf.indexOf('?>', lt + 2);
      if (end < 0) return lt;
      pos = end + 2;
      continue;
    }
    if (startsWith(buf, lt, SI_OPEN)) {
      const end = readItem(buf, lt + SI_OPEN.length, table);
      if (end === 0) return -1;
      if (end < 0) return lt;
      pos = end;
      continue;
    }
    // Only <sst …> and </sst> besides the items: anything else is read the general way.
    const isStart = startsWith(buf, lt + 1, SST) && isNameEnd(buf[lt + 4]);
    const isEnd = startsWith(buf, lt + 1, SST_END);
    if (!isStart && !isEnd) return lt + 5 > n ? lt : -1;
    const gt = tagEnd(buf, lt + 1);
    if (gt < 0) return lt;
    pos = gt + 1;
  }
}

/**
 * One item whose content starts at `from`: its index after `</si>`, -1 when the buffer ends first, 0 when
 * it holds what only the general reader reads.
 */
function readItem(buf: Buffer, from: number, table: SharedStringTable): number {
  const open = startsWith(buf, from, T_PLAIN)
    ? T_PLAIN.length
    : startsWith(buf, from, T_PRESERVE)
      ? T_PRESERVE.length
      : 0;
  if (open > 0) {
    const text = from + open;
    const lt = buf.indexOf(60 /* < */, text);
    if (lt < 0 || lt + T_CLOSE_SI.length > buf.length) return -1;
    if (startsWith(buf, lt, T_CLOSE_SI)) {
      return table.addBytes(buf, text, lt) ? lt + T_CLOSE_SI.length : 0;
    }
  }
  const end = buf.indexOf(SI_CLOSE, from);
  if (end < 0) return -1;
  const inner = buf.subarray(from, end);
  if (
    inner.includes('<!') ||
    inner.includes('<?') ||
    /<\/?[A-Za-z_][\w.-]*:/.test(inner.toString('latin1'))
  ) {
    return 0;
  }
  table.addText(plainSharedString(inner.toString('utf8')));
  return end + SI_CLOSE.length;
}

function isNameEnd(c: number | undefined): boolean {
  return c === undefined || c <= 32 || c === 62 || c === 47;
}

/** Index of the '>' closing the tag from `from` on, skipping quoted attribute values; -1 when not there. */
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

function startsWith(buf: Buffer, at: number, bytes: Buffer): boolean {
  if (at + bytes.length > buf.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[at + i] !== bytes[i]) return false;
  return true;
}
