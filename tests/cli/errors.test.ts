import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXIT } from '../../src/cli/exitCodes';
import { runCli, STACK_LINE, type CliRun } from './support/runCli';
import { smallSample, tempDir, writeSampleWorkbook } from './support/sampleFiles';

/** A failed run: the exit code, one `fupan: …` message on stderr, nothing on stdout, never a stack trace. */
function expectFailure(run: CliRun, code: number, message: RegExp): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code, stdout: '' });
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toMatch(/TypeError|ReferenceError|unexpected error/);
}

describe('exit code 1: input Fupan cannot read, with a message saying what to do', () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir('errors');
  });

  it('a missing file', async () => {
    const missing = join(dir, 'nope.xlsx');
    expectFailure(
      await runCli(['retro', missing]),
      EXIT.badInput,
      /^fupan: 找不到“.*nope\.xlsx”。请检查路径是否正确。\n$/,
    );
    expectFailure(
      await runCli(['kpis', '--json', missing, '--lang', 'en-US']),
      EXIT.badInput,
      /^fupan: Cannot find ".*nope\.xlsx"\. Check the path\.\n$/,
    );
  });

  it('random bytes named .xlsx', async () => {
    const file = join(dir, 'random.xlsx');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    expectFailure(
      await runCli(['kpis', file, '--lang', 'en-US']),
      EXIT.badInput,
      /"random\.xlsx" is not an \.xlsx workbook \(it is not a zip package\)\. If it is a CSV file, give it the \.csv extension/,
    );
  });

  it('a zip package cut short (a damaged .xlsx)', async () => {
    const whole = await new ExcelJS.Workbook().xlsx.writeBuffer();
    const file = join(dir, 'truncated.xlsx');
    writeFileSync(file, Buffer.from(whole).subarray(0, 200));
    expectFailure(
      await runCli(['retro', file, '--lang', 'en-US']),
      EXIT.badInput,
      /"truncated\.xlsx" is damaged and cannot be opened as \.xlsx .*Open it in Excel, let Excel repair it/,
    );
  });

  it('an OLE compound file: a password-protected workbook or a legacy .xls', async () => {
    const file = join(dir, 'protected.xlsx');
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(file, Buffer.concat([header, Buffer.alloc(4096 - header.length, 0)]));
    expectFailure(
      await runCli(['retro', file, '--lang', 'en-US']),
      EXIT.badInput,
      /"protected\.xlsx" is password-protected or a legacy \.xls .* remove the password/,
    );
    expectFailure(await runCli(['kpis', file]), EXIT.badInput, /“protected\.xlsx”受密码保护/);
  });

  it('a Word document renamed .xlsx', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    );
    const file = join(dir, 'letter.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    expectFailure(
      await runCli(['kpis', file, '--lang', 'en-US']),
      EXIT.badInput,
      /"letter\.xlsx" is an Office package but holds no Excel workbook/,
    );
  });

  it('an empty workbook, and one whose only sheet holds no header row', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    const emptyFile = join(dir, 'empty.xlsx');
    await empty.xlsx.writeFile(emptyFile);
    expectFailure(
      await runCli(['retro', emptyFile, '--lang', 'en-US']),
      EXIT.badInput,
      /"empty\.xlsx" holds no data to read: no Excel table and no range with a header row\./,
    );
    const numbers = new ExcelJS.Workbook();
    const sheet = numbers.addWorksheet('Numbers');
    for (let r = 1; r <= 5; r++) sheet.addRow([r, r * 2, r * 3]);
    const numbersFile = join(dir, 'numbers.xlsx');
    await numbers.xlsx.writeFile(numbersFile);
    const run = await runCli(['kpis', numbersFile, '--lang', 'en-US']);
    expectFailure(run, EXIT.badInput, /holds no data to read/);
  });

  it('an empty CSV file, and a folder without CSV files', async () => {
    const csv = join(dir, 'empty.csv');
    writeFileSync(csv, '');
    expectFailure(
      await runCli(['kpis', csv, '--lang', 'en-US']),
      EXIT.badInput,
      /The CSV file "empty\.csv" is empty or has no header row/,
    );
    const folder = join(dir, 'no-csv');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'hello');
    expectFailure(
      await runCli(['retro', '--csv-dir', folder, '--lang', 'en-US']),
      EXIT.badInput,
      /The folder ".*no-csv" holds no \.csv file\./,
    );
  });

  it('an output path that cannot be written', async () => {
    const input = await writeSampleWorkbook(join(dir, 'ok.xlsx'), smallSample('en-US'), {
      drop: ['touchpoints', 'customers', 'inventory'],
    });
    const occupied = join(dir, 'a-folder.xlsx');
    mkdirSync(occupied);
    const run = await runCli(['retro', input, '-o', occupied, '--lang', 'en-US']);
    expect(run.code).toBe(EXIT.badInput);
    expect(run.stderr).toMatch(/^fupan: Cannot write ".*a-folder\.xlsx": .*give another file with -o\.\n$/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('exit code 2: a command line that does not parse', () => {
  it.each([
    ['an unknown option', ['kpis', 'x.xlsx', '--frobnicate'], /error: unknown option '--frobnicate'/],
    ['an unknown command', ['analyse', 'x.xlsx'], /error: unknown command 'analyse'/],
    [
      'a missing option value',
      ['retro', 'x.xlsx', '--output'],
      /error: option '-o, --output <file>' argument missing/,
    ],
    ['a second input', ['kpis', 'a.xlsx', 'b.xlsx'], /error: too many arguments/],
    ['no input at all', ['kpis', '--json'], /^fupan: give an input workbook/],
    [
      'a language Fupan does not speak',
      ['retro', 'x.xlsx', '--lang', 'fr-FR'],
      /--lang must be zh-CN or en-US, not "fr-FR"/,
    ],
    [
      'a period that is not a date',
      ['kpis', 'x.xlsx', '--period', 'last-week'],
      /--period must be a day or a range/,
    ],
    ['a day that does not exist', ['kpis', 'x.xlsx', '--period', '2025-02-30'], /not "2025-02-30"/],
    [
      'a period that ends before it starts',
      ['retro', 'x.xlsx', '--period', '2025-12-30..2025-12-01'],
      /start ≤ end/,
    ],
    [
      'a malformed baseline',
      ['kpis', 'x.xlsx', '--baseline', '2025-11-01..'],
      /--baseline must be a day or a range/,
    ],
    ['too few sample orders', ['demo', '--orders', '10'], /--orders must be an integer from 5000 to 1048575/],
  ])('%s', async (_label, args, message) => {
    expectFailure(await runCli(args), EXIT.usage, message);
  });

  it('is checked before the input is read (a usage error wins over a missing file)', async () => {
    for (const args of [
      ['kpis', 'missing.xlsx', '--lang', 'xx'],
      ['kpis', 'missing.xlsx', '--period', '2025-13-01'],
      ['retro', 'missing.xlsx', '--baseline', 'November'],
    ]) {
      expect((await runCli(args)).code).toBe(EXIT.usage);
    }
  });

  it('--help prints the usage of each command on stdout and exits 0', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(EXIT.ok);
    expect(top.stdout).toMatch(/Usage: fupan \[options\] \[command\]/);
    for (const command of ['retro', 'kpis', 'demo']) expect(top.stdout).toContain(command);
    const retro = await runCli(['retro', '--help']);
    expect(retro.code).toBe(EXIT.ok);
    for (const option of ['--output', '--lang', '--csv-dir', '--period', '--baseline', '--quiet']) {
      expect(retro.stdout).toContain(option);
    }
  });
});
