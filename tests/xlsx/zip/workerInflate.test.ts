import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LimitError } from '../../../src/xlsx/limits';
import { ZipArchive } from '../../../src/xlsx/zip/ZipArchive';
import { centralEntries, hostileWorkbook, ordersRows, withDeclaredSize } from '../../support/hostile/corpus';

const SHEET = 'xl/worksheets/sheet1.xml';

/** A part's bytes: through the worker (`chunks` from 0 bytes up), or through the main thread's stream. */
async function partBytes(zip: ZipArchive, viaWorker: boolean): Promise<Buffer> {
  const out: Buffer[] = [];
  if (viaWorker) for await (const chunk of await zip.chunks(SHEET, 0)) out.push(chunk);
  else for await (const chunk of await zip.stream(SHEET)) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

describe('a big sheet inflated on a worker thread', () => {
  let dir: string;
  /** A workbook whose sheet inflates to a few MiB: several of the worker's chunks. */
  let big: string;
  const file = (name: string, bytes: Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fupan-worker-inflate-'));
    big = file('big.xlsx', await hostileWorkbook({ sheet: ordersRows(60_000) }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('gives the bytes the stream gives, across many 1 MiB chunks', async () => {
    const zip = await ZipArchive.open(big);
    try {
      const [worker, stream] = [await partBytes(zip, true), await partBytes(zip, false)];
      expect(worker.length).toBeGreaterThan(3 * 2 ** 20);
      expect(worker.equals(stream)).toBe(true);
    } finally {
      zip.close();
    }
  });

  test('a part inflating past its declared size stops with the same LimitError', async () => {
    const honest = await hostileWorkbook({ sheet: ordersRows(2_000) });
    const zip = await ZipArchive.open(file('lying.xlsx', withDeclaredSize(honest, SHEET, 100)));
    try {
      const error = await partBytes(zip, true).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(LimitError);
      expect((error as LimitError).text['en-US']).toContain(`${SHEET} inflates to more than the 100 bytes`);
    } finally {
      zip.close();
    }
  });

  test('damaged deflate data is an error, not a hang or a short part', async () => {
    const bytes = Buffer.from(await hostileWorkbook({ sheet: ordersRows(20_000) }));
    const entry = centralEntries(bytes).find((e) => e.name === SHEET);
    if (!entry) throw new Error('no sheet');
    const dataStart = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26);
    bytes.fill(0xff, dataStart + 2_000, dataStart + 2_400);
    const zip = await ZipArchive.open(file('damaged.xlsx', bytes));
    try {
      await expect(partBytes(zip, true)).rejects.toThrow(/invalid|incorrect|unexpected/i);
    } finally {
      zip.close();
    }
  });

  test('a reader that stops early stops the worker', async () => {
    const zip = await ZipArchive.open(big);
    try {
      const chunks = await zip.chunks(SHEET, 0);
      let seen = 0;
      for await (const chunk of chunks) {
        seen += chunk.length;
        break;
      }
      expect(seen).toBe(2 ** 20);
    } finally {
      zip.close();
    }
  });
});
