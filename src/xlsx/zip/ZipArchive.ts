import { TextDecoder } from 'node:util';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import * as yauzl from 'yauzl';
import type { LocalizedText } from '../../core/model/text';
import { limitMessages } from '../limitMessages';
import { LimitError, LIMITS } from '../limits';
import { WorkerInflate } from './workerInflate';

/** Inflated chunks of 256 KiB: fewer, larger chunks make a big sheet parse faster than zlib's 16 KiB. */
const INFLATE_CHUNK = 1 << 18;

/** A deflated part from this size up is inflated on a worker thread (see `chunks`). */
export const WORKER_PART_BYTES = 32 * 1024 * 1024;

/** A part's inflated bytes, chunk by chunk; `close` stops the inflating when the reader stops early. */
export interface PartChunks extends AsyncIterable<Buffer> {
  close(): void;
}

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
    /** The file the archive was opened from; undefined for a buffer. */
    private readonly file: string | undefined,
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
    return new ZipArchive(zip, entries, typeof input === 'string' ? input : undefined);
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

  /**
   * The part's inflated bytes, for a reader that parses them as they come. A deflated part of
   * `workerFrom` bytes or more, in an archive opened from a file, is read and inflated on a worker thread
   * (WorkerInflate), so that the caller's parsing and the inflating run side by side; any other part
   * comes from `stream`. The same limits hold either way.
   */
  async chunks(path: string, workerFrom: number = WORKER_PART_BYTES): Promise<PartChunks> {
    const entry = this.entries.get(normalise(path));
    if (!entry) throw new Error(`Missing part ${path}`);
    const viaWorker =
      this.file !== undefined &&
      entry.compressionMethod === 8 &&
      entry.compressedSize > 0 &&
      entry.uncompressedSize >= workerFrom;
    if (!viaWorker) {
      const stream = await this.stream(path);
      return { [Symbol.asyncIterator]: () => stream[Symbol.asyncIterator](), close: () => stream.destroy() };
    }
    const inflating = new WorkerInflate({
      file: this.file as string,
      headerOffset: entry.relativeOffsetOfLocalHeader,
      compressedSize: entry.compressedSize,
    });
    const count = this.count(entry, Infinity);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const chunk of inflating) {
          const broken = count(chunk.length);
          if (broken) throw new LimitError(broken);
          yield chunk;
        }
      },
      close: () => inflating.close(),
    };
  }

  /** Counts a part's inflated bytes and stops it at the first limit it breaks. */
  private counter(entry: yauzl.Entry, limit: number): Transform {
    const count = this.count(entry, limit);
    return new Transform({
      transform: (chunk: Buffer, _encoding, done: TransformCallback) => {
        const broken = count(chunk.length);
        if (broken) done(new LimitError(broken));
        else done(null, chunk);
      },
    });
  }

  /** Adds a chunk's bytes to the part's count and the package's; says which limit they break, if any. */
  private count(entry: yauzl.Entry, limit: number): (chunkBytes: number) => LocalizedText | undefined {
    let bytes = 0;
    return (chunkBytes) => {
      bytes += chunkBytes;
      this.inflated += chunkBytes;
      return bytes > entry.uncompressedSize
        ? limitMessages.sizeMismatch(entry.fileName, entry.uncompressedSize)
        : bytes > limit
          ? limitMessages.partTooLarge(entry.fileName, bytes, limit)
          : this.inflated > LIMITS.totalInflatedBytes
            ? limitMessages.packageTooLarge(this.inflated)
            : tooDense(entry.fileName, bytes, entry.compressedSize);
    };
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
