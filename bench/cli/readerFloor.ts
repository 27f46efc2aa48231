import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import * as yauzl from 'yauzl';

/** What the floor saw: the sheets' inflated bytes and their cells (`<c` start tags). */
export interface FloorCount {
  readonly sheets: number;
  readonly inflatedBytes: number;
  readonly cells: number;
}

/** The same inflated chunk size as the reader's zip layer: zlib's default 16 KiB is slower per byte. */
const CHUNK = 1 << 18;

/**
 * The reader's floor: every worksheet part of the workbook inflated as a stream by Node's zlib, and each
 * inflated chunk scanned once, byte by byte, counting `<c` start tags (a cell, with `<col`/`<cols` left
 * out). No value is read, no string made, nothing kept: any .xlsx reader does at least this much, so
 * readWorkbook's time over this one, measured in the same run, says what its parsing and the values it
 * builds cost on top. Shares no code with the reader (yauzl is the zip library both use).
 */
export async function readerFloor(path: string): Promise<FloorCount> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, file) =>
      err || !file ? reject(err ?? new Error('zip')) : resolve(file),
    ),
  );
  try {
    const sheets = await worksheetEntries(zip);
    let inflatedBytes = 0;
    let cells = 0;
    for (const entry of sheets) {
      const counted = await countCells(await inflated(zip, entry));
      inflatedBytes += counted.bytes;
      cells += counted.cells;
    }
    return { sheets: sheets.length, inflatedBytes, cells };
  } finally {
    zip.close();
  }
}

function worksheetEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.fileName)) entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function inflated(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  const deflated = entry.compressionMethod === 8;
  const raw = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, { decompress: deflated ? false : null }, (err, stream) =>
      err || !stream ? reject(err ?? new Error('entry')) : resolve(stream),
    ),
  );
  return deflated ? raw.pipe(createInflateRaw({ chunkSize: CHUNK })) : raw;
}

/** `<c` followed by a space, '>' or '/': carried across chunk boundaries by the previous bytes' state. */
async function countCells(stream: Readable): Promise<{ bytes: number; cells: number }> {
  let bytes = 0;
  let cells = 0;
  // 0: nothing; 1: after '<'; 2: after '<c'.
  let state = 0;
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    bytes += buf.length;
    for (let i = 0; i < buf.length; i++) {
      const b = buf[i] as number;
      if (state === 2 && (b <= 32 || b === 62 || b === 47)) cells++;
      state = b === 60 ? 1 : state === 1 && b === 99 ? 2 : 0;
    }
  }
  return { bytes, cells };
}
