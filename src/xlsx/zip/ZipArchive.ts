import { TextDecoder } from 'node:util';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import * as yauzl from 'yauzl';
import { limitMessages } from '../limitMessages';
import { LimitError, LIMITS } from '../limits';

/** Inflated chunks of 256 KiB: fewer, larger chunks make a big sheet parse faster than zlib's 16 KiB. */
const INFLATE_CHUNK = 1 << 18;

/**
 * Random access to the parts of a zip package (an .xlsx), from a file path or a buffer, with each part
 * inflated as a stream by Node's zlib: a large sheet is never held in memory whole. Part names are
 * matched case-insensitively, as OPC requires.
 *
 * Sizes are checked against what is actually inflated, never trusted from the entry: a part that inflates
 * past its declared size, past LIMITS.inflateRatio times its compressed size, or a package past
 * LIMITS.totalInflatedBytes, stops the stream with a LimitError.
 */
export class ZipArchive {
  /** Bytes inflated so far from every part. */
  private inflated = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  static async open(input: string | Buffer): Promise<ZipArchive> {
    const options: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: true };
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      const done = (err: Error | null, file?: yauzl.ZipFile): void =>
        err || !file ? reject(err ?? new Error('zip')) : resolve(file);
      if (typeof input === 'string') yauzl.open(input, options, done);
      else yauzl.fromBuffer(input, options, done);
    });
    const entries = new Map<string, yauzl.Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(normalise(entry.fileName), entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (err: Error) => reject(err));
      zip.readEntry();
    });
    checkDeclaredSizes(entries.values());
    return new ZipArchive(zip, entries);
  }

  has(path: string): boolean {
    return this.entries.has(normalise(path));
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.fileName);
  }

  /** The uncompressed size of a part in bytes, or undefined when it is absent. */
  size(path: string): number | undefined {
    return this.entries.get(normalise(path))?.uncompressedSize;
  }

  /** Whether any part is encrypted with zip's own (legacy) encryption. */
  hasEncryptedEntries(): boolean {
    return [...this.entries.values()].some((e) => (e.generalPurposeBitFlag & 1) !== 0);
  }

  /** The part's inflated bytes as a stream, stopped with a LimitError past `limit` bytes. */
  async stream(path: string, limit: number = Infinity): Promise<Readable> {
    const entry = this.entries.get(normalise(path));
    if (!entry) throw new Error(`Missing part ${path}`);
    const deflated = entry.compressionMethod === 8;
    const raw = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, { decompress: deflated ? false : null }, (err, stream) =>
        err || !stream ? reject(err) : resolve(stream),
      );
    });
    const inflated = deflated ? raw.pipe(createInflateRaw({ chunkSize: INFLATE_CHUNK })) : raw;
    if (deflated) raw.on('error', (err) => inflated.destroy(err));
    const counted = inflated.pipe(this.counter(entry, limit));
    inflated.on('error', (err) => counted.destroy(err));
    return counted;
  }

  /** Counts a part's inflated bytes and stops it at the first limit it breaks. */
  private counter(entry: yauzl.Entry, limit: number): Transform {
    let bytes = 0;
    return new Transform({
      transform: (chunk: Buffer, _encoding, done: TransformCallback) => {
        bytes += chunk.length;
        this.inflated += chunk.length;
        const broken =
          bytes > entry.uncompressedSize
            ? limitMessages.sizeMismatch(entry.fileName, entry.uncompressedSize)
            : bytes > limit
              ? limitMessages.partTooLarge(entry.fileName, bytes, limit)
              : this.inflated > LIMITS.totalInflatedBytes
                ? limitMessages.packageTooLarge(this.inflated)
                : tooDense(entry.fileName, bytes, entry.compressedSize);
        if (broken) done(new LimitError(broken));
        else done(null, chunk);
      },
    });
  }

  /**
   * Inflates the parts `check` selects (name, declared size) and discards the bytes: an entry that lies
   * about its size, or breaks a limit, throws its LimitError here rather than in a reader that trusts it.
   */
  async verifySizes(check: (part: string, declaredSize: number) => boolean): Promise<void> {
    for (const entry of this.entries.values()) {
      if (entry.fileName.endsWith('/') || !check(entry.fileName, entry.uncompressedSize)) continue;
      for await (const chunk of await this.stream(entry.fileName)) void chunk;
    }
  }

  /** A part read whole: at most LIMITS.wholePartBytes, so a huge part cannot exhaust a string. */
  async readBuffer(path: string, limit: number = LIMITS.wholePartBytes): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(path, limit)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async readText(path: string): Promise<string> {
    return decodeXmlBytes(await this.readBuffer(path));
  }

  close(): void {
    this.zip.close();
  }
}

const MIB = 1024 * 1024;

function tooDense(part: string, bytes: number, compressed: number) {
  return bytes > MIB && bytes > LIMITS.inflateRatio * Math.max(compressed, 1)
    ? limitMessages.inflateRatio(part, bytes / Math.max(compressed, 1))
    : undefined;
}

/** What the entries claim, checked before anything is inflated (the claims are checked again as it is). */
function checkDeclaredSizes(entries: Iterable<yauzl.Entry>): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const dense = tooDense(entry.fileName, entry.uncompressedSize, entry.compressedSize);
    if (dense) throw new LimitError(dense);
  }
  if (total > LIMITS.totalInflatedBytes) throw new LimitError(limitMessages.packageTooLarge(total));
}

function normalise(path: string): string {
  return path.replace(/^\/+/, '').toLowerCase();
}

/** Package parts are UTF-8 (rarely UTF-16 with a byte-order mark). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
