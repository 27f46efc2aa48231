import { TextDecoder } from 'node:util';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import * as yauzl from 'yauzl';

/** Inflated chunks of 256 KiB: fewer, larger chunks make a big sheet parse faster than zlib's 16 KiB. */
const INFLATE_CHUNK = 1 << 18;

/**
 * Random access to the parts of a zip package (an .xlsx), from a file path or a buffer, with each part
 * inflated as a stream by Node's zlib: a large sheet is never held in memory whole. Part names are
 * matched case-insensitively, as OPC requires.
 */
export class ZipArchive {
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

  async stream(path: string): Promise<Readable> {
    const entry = this.entries.get(normalise(path));
    if (!entry) throw new Error(`Missing part ${path}`);
    const deflated = entry.compressionMethod === 8;
    const raw = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, { decompress: deflated ? false : null }, (err, stream) =>
        err || !stream ? reject(err) : resolve(stream),
      );
    });
    if (!deflated) return raw;
    const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
    raw.on('error', (err) => inflate.destroy(err));
    return raw.pipe(inflate);
  }

  async readBuffer(path: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(path)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async readText(path: string): Promise<string> {
    return decodeXmlBytes(await this.readBuffer(path));
  }

  close(): void {
    this.zip.close();
  }
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
