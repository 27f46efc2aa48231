import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planWorkbook } from '../../src/core/plan/planWorkbook';
import type { SampleCampaign } from '../../src/core/sample/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { engineResult, tablesOf } from './support/engine';
import { kpisJsonOf, runCli, STACK_LINE } from './support/runCli';
import { writeSourceWorkbook } from '../../src/xlsx/writeSourceWorkbook';
import {
  smallSample,
  sourceSheets,
  tempDir,
  writeSampleCsvFolder,
  writeSampleWorkbook,
} from './support/sampleFiles';
import { workbookParts } from './support/workbookParts';

describe('fupan retro on the sample campaign', () => {
  let dir: string;
  let sample: SampleCampaign;
  let input: string;
  let output: string;
  let stdout: string;
  let fupanSheets: string[];

  beforeAll(async () => {
    dir = tempDir('retro');
    sample = smallSample('zh-CN');
    input = await writeSampleWorkbook(join(dir, 'double12.xlsx'), sample);
    output = join(dir, 'out', 'double12-retro.xlsx');
    const run = await runCli(['retro', input, '-o', output]);
    if (run.code !== 0) throw new Error(run.stderr);
    stdout = run.stdout;
    const engine = await engineResult(input);
    fupanSheets = planWorkbook(engine.ingest, engine.analysis, 'zh-CN').sheets.map((s) => s.name);
  });

  it('writes a copy of the workbook with the source sheets first and Fupan’s sheets after them', async () => {
    const parts = await workbookParts(output);
    expect(parts.sheets).toEqual([...sample.sheets.map((s) => s.name), ...fupanSheets]);
    expect(fupanSheets).toEqual(expect.arrayContaining(['复盘-概览', '复盘-数据质量', '复盘-活动复盘']));
    for (const name of ['overview', 'trend', 'channels', 'quality', 'retro']) {
      expect(parts.definedNames).toContain(`FupanSheet_${name}`);
    }
    expect(parts.definedNames).toContain('Fupan_KPI_gmv');
  });

  it('prints the verdict, the headline KPIs, the rejected rows and where the workbook went', () => {
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^总体结论: \S+/);
    expect(stdout).toContain('支付金额: ¥97.5万');
    expect(lines.at(-2)).toMatch(/^被拒绝的行：\d+（详见数据质量表）$/);
    expect(lines.at(-1)).toBe(`→ ${output}`);
  });

  it('writes next to the input as <name>-retro.xlsx when no output is given', async () => {
    const copy = await writeSampleWorkbook(join(dir, 'copy.xlsx'), sample, { drop: ['touchpoints'] });
    const run = await runCli(['retro', copy, '--quiet']);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'copy-retro.xlsx'))).toBe(true);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`→ ${join(dir, 'copy-retro.xlsx')}`);
  });

  it('round trip: reading the output gives back the source tables, Fupan’s sheets skipped, and the same KPIs', async () => {
    const read = await readWorkbook(output);
    if (!read.ok) throw new Error(read.error.message['en-US']);
    expect(read.tables).toEqual(await tablesOf(input));
    expect(read.warnings.map((w) => w['en-US'])).toEqual(
      fupanSheets.map(
        (name) => `Sheet "${name}" is an output sheet Fupan wrote, so it is not read as source data.`,
      ),
    );
    const before = await kpisJsonOf([input]);
    const after = await kpisJsonOf([output]);
    expect({ ...after, input: '', warnings: [] }).toEqual({ ...before, input: '', warnings: [] });
  });

  it('runs again on its own output: Fupan’s sheets are replaced, not duplicated', async () => {
    const again = join(dir, 'again.xlsx');
    const run = await runCli(['retro', output, '-o', again]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/已有一个名为/); // no sheet had to be renamed
    const first = await workbookParts(output);
    const second = await workbookParts(again);
    expect(second.sheets).toEqual(first.sheets);
    // Unique within their scope: each sheet has its own print area (_xlnm.Print_Area, local to it).
    expect(new Set(second.scopedNames).size).toBe(second.scopedNames.length);
    expect([...second.scopedNames].sort()).toEqual([...first.scopedNames].sort());
    expect(second.scopedNames.filter((n) => n.startsWith('_xlnm.Print_Area@'))).toHaveLength(
      fupanSheets.length,
    );
    expect(second.parts.filter((p) => p.startsWith('xl/charts/chart')).length).toBe(
      first.parts.filter((p) => p.startsWith('xl/charts/chart')).length,
    );
    expect(await tablesOf(again)).toEqual(await tablesOf(input));
    // And once more, in English: the Chinese sheets give way to the English ones.
    const english = join(dir, 'english.xlsx');
    expect((await runCli(['retro', again, '-o', english, '--lang', 'en-US'])).code).toBe(0);
    const third = await workbookParts(english);
    expect(third.sheets.filter((s) => s.startsWith('复盘-'))).toEqual([]);
    expect(third.sheets.filter((s) => s.startsWith('Fupan '))).toHaveLength(fupanSheets.length);
  });

  it('reads a folder of CSV files and writes a new workbook holding only Fupan’s sheets', async () => {
    const csvDir = writeSampleCsvFolder(tempDir('retro-csv'), sample, 'utf-8');
    const out = join(dir, 'from-csv.xlsx');
    const run = await runCli(['retro', '--csv-dir', csvDir, '-o', out]);
    expect(run.code).toBe(0);
    expect((await workbookParts(out)).sheets).toEqual(fupanSheets);
  });
});

describe('fupan retro next to a sheet of the analyst’s that has a Fupan sheet’s name', () => {
  it('keeps the analyst’s sheet, writes Fupan’s under another name, and says so on stderr', async () => {
    const dir = tempDir('retro-clash');
    const input = join(dir, 'clash.xlsx');
    await writeSourceWorkbook(input, [
      ...sourceSheets(smallSample('en-US'), { drop: ['touchpoints', 'customers', 'inventory'] }),
      { name: 'Fupan Overview', header: ['My notes'], rows: [['keep me']] },
    ]);
    const output = join(dir, 'out.xlsx');
    const run = await runCli(['retro', input, '-o', output, '--lang', 'en-US']);
    expect(run.code).toBe(0);
    const renamed =
      /already has a sheet named "Fupan Overview" that Fupan did not write, so it was kept and the new sheet is named "([^"]+)"/.exec(
        run.stderr,
      );
    expect(renamed).not.toBeNull();
    const sheets = (await workbookParts(output)).sheets;
    expect(sheets).toContain('Fupan Overview');
    expect(sheets).toContain(renamed?.[1]);
    // A second run replaces the renamed sheet (it is marked as Fupan's) and keeps the analyst's.
    const again = join(dir, 'again.xlsx');
    expect((await runCli(['retro', output, '-o', again, '--lang', 'en-US'])).code).toBe(0);
    expect((await workbookParts(again)).sheets).toEqual(sheets);
  });
});

describe('fupan retro without orders', () => {
  it('writes the sheets the other tables support, and says what orders would unlock', async () => {
    const dir = tempDir('retro-no-orders');
    const input = await writeSampleWorkbook(join(dir, 'no-orders.xlsx'), smallSample('en-US'), {
      drop: ['orders'],
    });
    const output = join(dir, 'out.xlsx');
    const run = await runCli(['retro', input, '-o', output, '--lang', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^There is no orders table: the retro holds what the other tables/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`→ ${output}`);
    const parts = await workbookParts(output);
    expect(parts.sheets).toContain('Fupan Retro');
    expect(parts.sheets).toContain('Fupan Data Quality');
  });

  it('writes only the data-quality sheet when nothing at all was recognised', async () => {
    const dir = tempDir('retro-nothing');
    const input = join(dir, 'notes.csv');
    writeFileSync(input, 'anything,else\nhello,world\n');
    const output = join(dir, 'out.xlsx');
    const run = await runCli(['retro', input, '-o', output, '--lang', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^No usable orders table: only the data-quality sheet was written\./);
    expect(run.stdout).toContain('No orders table was found');
    const parts = await workbookParts(output);
    expect(parts.sheets.filter((s) => s.startsWith('Fupan '))).toEqual(['Fupan Data Quality']);
  });
});

describe('progress and output streams', () => {
  let file: string;
  let tty: boolean | undefined;

  beforeAll(async () => {
    file = await writeSampleWorkbook(join(tempDir('progress'), 'small.xlsx'), smallSample('en-US'), {
      drop: ['touchpoints', 'customers', 'inventory'],
    });
    tty = process.stderr.isTTY;
  });

  afterEach(() => {
    process.stderr.isTTY = tty as boolean;
  });

  it('draws the progress bar on stderr when it is a terminal, and keeps stdout for the summary', async () => {
    process.stderr.isTTY = true;
    const run = await runCli([
      'retro',
      file,
      '-o',
      join(tempDir('progress-out'), 'a.xlsx'),
      '--lang',
      'en-US',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/\d+% \| (Reading|Analysing|Writing)/);
    expect(run.stdout).not.toMatch(/%\s*\|/);
    expect(run.stdout).toMatch(/^Verdict: /);
  });

  it('draws nothing with --quiet, or when stderr is not a terminal (logs and CI stay clean)', async () => {
    process.stderr.isTTY = true;
    const quiet = await runCli(['retro', file, '-q', '-o', join(tempDir('progress-out'), 'b.xlsx')]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    process.stderr.isTTY = false;
    const piped = await runCli(['retro', file, '-o', join(tempDir('progress-out'), 'c.xlsx')]);
    expect(piped.stderr).toBe('');
    expect(piped.stderr).not.toMatch(STACK_LINE);
  });
});
