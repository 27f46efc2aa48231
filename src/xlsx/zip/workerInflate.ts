import { Worker } from 'node:worker_threads';

/** Where a deflated part lies in a zip file, for a worker to read it. */
export interface DeflatedPart {
  readonly file: string;
  /** Offset of the entry's local file header. */
  readonly headerOffset: number;
  readonly compressedSize: number;
}

/** Inflated chunks of 1 MiB: few messages between the threads, and still a fine-grained pipeline. */
const CHUNK = 1 << 20;
/** Chunks the worker may inflate ahead of the reader: the memory a part can take in flight. */
const WINDOW = 4;

/**
 * The worker: reads the part's compressed bytes from the file and inflates them as a stream, posting each
 * inflated chunk (moved, not copied, across threads) while it holds a credit; the reader returns one per
 * chunk it takes. Plain JavaScript with only Node's built-ins, so that it runs from the compiled CLI and
 * from the TypeScript sources alike.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const zlib = require('node:zlib');
const { file, headerOffset, compressedSize, chunk, window } = workerData;
let credits = window;
let failed = false;
const fail = (err) => {
  if (failed) return;
  failed = true;
  parentPort.postMessage({ error: String((err && err.message) || err) });
};
try {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(30);
  const got = fs.readSync(fd, head, 0, 30, headerOffset);
  const signature = got === 30 ? head.readUInt32LE(0) : -1;
  if (signature !== 0x04034b50) throw new Error('invalid local file header signature: 0x' + signature.toString(16));
  const start = headerOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  const raw = fs.createReadStream('', { fd, start, end: start + compressedSize - 1, highWaterMark: chunk });
  const inflate = zlib.createInflateRaw({ chunkSize: chunk });
  raw.on('error', fail);
  inflate.on('error', fail);
  raw.pipe(inflate);
  inflate.on('data', (bytes) => {
    const own = new Uint8Array(bytes);
    parentPort.postMessage(own, [own.buffer]);
    if (--credits <= 0) inflate.pause();
  });
  inflate.on('end', () => parentPort.postMessage({ end: true }));
  parentPort.on('message', (more) => {
    credits += more;
    if (credits > 0 && inflate.isPaused()) inflate.resume();
  });
} catch (err) {
  fail(err);
}
`;

/**
 * A deflated part inflated on a worker thread while the caller parses the chunks before: the read,
 * inflate and stream bookkeeping leave the main thread, which only takes 1 MiB chunks from a queue.
 * At most WINDOW chunks are inflated ahead, so a zip bomb costs no more memory here than in a stream.
 * Iterate once; `close` stops the worker early (it also stops by itself at the end or on an error).
 */
export class WorkerInflate implements AsyncIterable<Buffer> {
  private readonly worker: Worker;
  private readonly queue: Buffer[] = [];
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(part: DeflatedPart) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...part, chunk: CHUNK, window: WINDOW },
    });
    this.worker.on('message', (message: Uint8Array | { end: true } | { error: string }) => {
      if (message instanceof Uint8Array) {
        this.queue.push(Buffer.from(message.buffer, message.byteOffset, message.byteLength));
      } else if ('error' in message) this.failure = new Error(message.error);
      else this.ended = true;
      this.notify();
    });
    this.worker.on('error', (err) => {
      this.failure ??= err;
      this.notify();
    });
    this.worker.on('exit', () => {
      if (!this.ended) this.failure ??= new Error('inflate worker stopped before the end of the part');
      this.notify();
    });
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    try {
      for (;;) {
        const chunk = this.queue.shift();
        if (chunk) {
          this.worker.postMessage(1);
          yield chunk;
          continue;
        }
        if (this.failure) throw this.failure;
        if (this.ended) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      this.close();
    }
  }

  close(): void {
    this.ended = true;
    void this.worker.terminate();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
