import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { hostileWorkbook, ordersRows, withDeclaredSize } from '../support/hostile/corpus';
import { STACK_LINE } from './support/runCli';
import { tempDir } from './support/sampleFiles';

/**
 * Peak memory of `fupan` on the hostile classes of issue 13, measured in a child process (its own heap,
 * its own peak resident set), since a run in the test process shares the heap with everything before it.
 * The issue saw 4.4 GB and crashes (exit 133/134) on files of a few KB; the ceiling is its 2 GB. The child
 * transpiles the sources as it loads them, once per source text (tests/cli/support/cliChild.cjs caches the
 * output): the first child's peak holds about 250 MB of TypeScript compiler, so the bound says "bounded",
 * not "lean".
 */

const CEILING_KB = 2 * 1024 * 1024;
const CHILD = join(__dirname, 'support', 'cliChild.cjs');

interface ChildRun {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stderr: string;
  /** Peak resident set in kB, or null when the child died before it could say. */
  readonly peakKb: number | null;
}

function runChild(args: readonly string[], peakFile: string): Promise<ChildRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CHILD, ...args],
      { env: { ...process.env, FUPAN_PEAK_FILE: peakFile }, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        const peakKb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : null;
        resolve({ code, signal: error?.signal ?? null, stderr, peakKb });
      },
    );
  });
}

let dir: string;
beforeAll(() => {
  dir = tempDir('hostile-memory');
});

/** Runs `fupan retro` on `file` in a child; checks the exit code, no stack trace, and the peak. */
async function expectBounded(name: string, file: string, exit: number): Promise<number> {
  const run = await runChild(
    ['retro', file, '-o', join(dir, `${name}-retro.xlsx`), '--quiet', '--lang', 'en-US'],
    join(dir, `${name}.peak`),
  );
  expect([name, run.code, run.signal]).toEqual([name, exit, null]);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.peakKb).not.toBeNull();
  expect(run.peakKb!).toBeGreaterThan(0);
  expect(run.peakKb!).toBeLessThan(CEILING_KB);
  return run.peakKb!;
}

const csv = (rows: readonly string[]) => ['order_id,order_time,amount,status,channel', ...rows].join('\n');

describe('hostile inputs stay under 2 GB in a process of their own', () => {
  it('one order dated 9999-12-31 (the issue: 3 KB → 4.4 GB → crash)', async () => {
    const file = join(dir, 'far-off.csv');
    const rows = Array.from({ length: 20 }, (_, i) => `O${i},2023-11-${10 + (i % 3)} 10:00,100,paid,Web`);
    writeFileSync(
      file,
      csv([...rows, 'X1,9999-12-31 10:00,100,paid,Web', 'X2,1900-01-01 10:00,100,paid,Web']),
    );
    await expectBounded('far-off', file, EXIT.ok);
  }, 120_000);

  it('a cell on row 400,000,000, and a table ref to row 900,000,000', async () => {
    const cell = join(dir, 'far-cell.xlsx');
    writeFileSync(
      cell,
      await hostileWorkbook({
        sheet: ordersRows(3) + '<row r="400000000"><c r="A400000000"><v>1</v></c></row>',
      }),
    );
    await expectBounded('far-cell', cell, EXIT.badInput);
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const tableXml =
      `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${NS}" id="1" name="T" displayName="T" ref="A1:E900000000">` +
      '<tableColumns count="5"><tableColumn id="1" name="order_id"/><tableColumn id="2" name="order_time"/>' +
      '<tableColumn id="3" name="amount"/><tableColumn id="4" name="status"/><tableColumn id="5" name="channel"/>' +
      '</tableColumns></table>';
    const table = join(dir, 'far-table.xlsx');
    writeFileSync(table, await hostileWorkbook({ sheet: ordersRows(3), tableXml }));
    await expectBounded('far-table', table, EXIT.badInput);
  }, 180_000);

  it('1,100,000 rows without references (past Excel’s 1,048,576), and a zip entry that lies', async () => {
    const rows = join(dir, 'many-rows.xlsx');
    writeFileSync(
      rows,
      await hostileWorkbook({ sheet: ordersRows(3) + '<row><c><v>1</v></c></row>'.repeat(1_100_000) }),
    );
    await expectBounded('many-rows', rows, EXIT.badInput);
    const liar = join(dir, 'liar.xlsx');
    const honest = await hostileWorkbook({ sheet: ordersRows(200) });
    writeFileSync(liar, withDeclaredSize(honest, 'xl/worksheets/sheet1.xml', 100));
    await expectBounded('liar', liar, EXIT.badInput);
  }, 180_000);

  it('an unterminated attribute quote in a 1 MiB part', async () => {
    const file = join(dir, 'open-quote.xlsx');
    const sheet = ordersRows(3) + '<row r="5"><c r="A5 t="s"><v>0</v></c></row>' + '<row/>'.repeat(200_000);
    writeFileSync(file, await hostileWorkbook({ sheet, stored: true }));
    await expectBounded('open-quote', file, EXIT.badInput);
  }, 120_000);

  it('200,000 rejected rows in retro (the issue: 41 s and 2.5 GB)', async () => {
    const file = join(dir, 'rejected.csv');
    const good = Array.from({ length: 20 }, (_, i) => `O${i},2023-11-${10 + (i % 3)} 10:00,100,paid,Web`);
    const bad = Array.from({ length: 200_000 }, (_, i) => `B${i},2023-11-10 10:00,not a number,paid,Web`);
    writeFileSync(file, csv([...good, ...bad]));
    const peak = await expectBounded('rejected', file, EXIT.ok);
    expect(peak).toBeLessThan(1024 * 1024);
  }, 300_000);
});
