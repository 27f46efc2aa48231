import fsp from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { EXIT } from '../../src/cli/exitCodes';
import { hostileWorkbook, ordersRows } from '../support/hostile/corpus';
import { runCli, STACK_LINE, type CliRun } from './support/runCli';
import { tempDir } from './support/sampleFiles';

/** A failed run: its exit code, a `fupan: …` message, never a stack trace. */
function expectFailure(run: CliRun, code: number, message: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toMatch(/unexpected error/);
}

describe('the output never costs the user a file', () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = tempDir('hostile-out');
    input = join(dir, 'campaign.xlsx');
    writeFileSync(input, await hostileWorkbook({ sheet: ordersRows(20) }));
  });

  it('-o naming the input is refused (exit 2) before anything is read or written', async () => {
    const before = readFileSync(input);
    for (const output of [input, join(dir, '.', 'campaign.xlsx')]) {
      expectFailure(
        await runCli(['retro', input, '-o', output, '--quiet', '--lang', 'en-US']),
        EXIT.usage,
        /-o names the input itself .* Fupan never overwrites its input/,
      );
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('a write failing midway (disk full) leaves the previous output intact and no temporary file', async () => {
    const output = join(dir, 'out.xlsx');
    expect((await runCli(['retro', input, '-o', output, '--quiet'])).code).toBe(0);
    const previous = readFileSync(output);
    const realOpen = fsp.open;
    const spy = jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      const realWrite = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
      let calls = 0;
      // The first write lands half the bytes, the next fails as a full disk does.
      handle.write = (async (buffer: Uint8Array, offset: number, length: number) => {
        if (calls++ > 0)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return realWrite(buffer, offset, Math.ceil(length / 2));
      }) as typeof handle.write;
      return handle;
    });
    try {
      expectFailure(
        await runCli(['retro', input, '-o', output, '--quiet', '--lang', 'en-US']),
        EXIT.badInput,
        /Cannot write ".*out\.xlsx": ENOSPC/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(output).equals(previous)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('hostile inputs: a clear error, exit 1, no stack trace', () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir('hostile-in');
  });

  it.each([
    [
      'a cell beyond the grid',
      ordersRows(3) + '<row r="400000000"><c r="A400000000"><v>1</v></c></row>',
      /beyond Excel's grid/,
    ],
    [
      'a broken tag',
      ordersRows(3) + '<row r="5><c r="A5"><v>1</v></c></row>' + ordersRows(2, 6),
      /never ends/,
    ],
  ])('%s', async (_name, sheet, message) => {
    const file = join(dir, 'bad.xlsx');
    writeFileSync(file, await hostileWorkbook({ sheet }));
    expectFailure(await runCli(['kpis', file, '--lang', 'en-US']), EXIT.badInput, message);
    expectFailure(await runCli(['retro', file, '--lang', 'en-US', '--quiet']), EXIT.badInput, message);
  });

  it('random bytes named .csv are not text', async () => {
    const file = join(dir, 'random.csv');
    writeFileSync(file, randomBytes(4096));
    expectFailure(await runCli(['kpis', file, '--lang', 'en-US']), EXIT.badInput, /is not a text file/);
  });

  it('a Word document is not a workbook (it was "no data")', async () => {
    const zip = new JSZip();
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      'word/document.xml',
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>',
    );
    const file = join(dir, 'letter.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    expectFailure(await runCli(['kpis', file, '--lang', 'en-US']), EXIT.badInput, /holds no Excel workbook/);
  });
});
