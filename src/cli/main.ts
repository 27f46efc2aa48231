import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { analyzeCampaign, type AnalyzeOptions } from '../core/analyze';
import { isLocale, type Locale } from '../core/locale';
import { planWorkbook } from '../core/plan/planWorkbook';
import { generateSampleCampaign } from '../core/sample/generateSampleCampaign';
import { writePlan } from '../xlsx/writePlan';
import { writeSourceWorkbook } from '../xlsx/writeSourceWorkbook';
import { parseDayRangeArg } from './dayRangeArg';
import { CliError, EXIT } from './exitCodes';
import { kpisJson } from './kpisJson';
import { loadTables } from './loadTables';
import { createProgress } from './progress';
import { summaryLines } from './summary';

interface CommonOptions {
  readonly lang?: string;
  readonly csvDir?: string;
  readonly period?: string;
  readonly baseline?: string;
}

function localeOf(options: CommonOptions): Locale {
  const lang = options.lang ?? 'zh-CN';
  if (!isLocale(lang)) throw new CliError(`--lang must be zh-CN or en-US, not "${lang}".`, EXIT.usage);
  return lang;
}

function analyzeOptions(options: CommonOptions): AnalyzeOptions {
  const range = (flag: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const parsed = parseDayRangeArg(text);
    if (!parsed)
      throw new CliError(`${flag} must look like 2023-09-01..2023-10-31, not "${text}".`, EXIT.usage);
    return parsed;
  };
  const period = range('--period', options.period);
  const baseline = range('--baseline', options.baseline);
  return period || baseline
    ? { ingest: { campaign: { ...(period ? { period } : {}), ...(baseline ? { baseline } : {}) } } }
    : {};
}

/** `fupan retro`: read, analyse, and write a copy of the workbook with Fupan's sheets added. */
export async function retroCommand(
  input: string | undefined,
  options: CommonOptions & { output?: string; quiet?: boolean },
) {
  const locale = localeOf(options);
  const progress = createProgress(!options.quiet);
  try {
    progress.step(locale === 'zh-CN' ? '读取' : 'Reading', 0.05);
    const loaded = await loadTables(input, options.csvDir, locale);
    progress.step(locale === 'zh-CN' ? '分析' : 'Analysing', 0.4);
    const result = analyzeCampaign(loaded.tables, analyzeOptions(options));
    const plan = planWorkbook(result.ingest, result.analysis, locale);
    progress.step(locale === 'zh-CN' ? '写入' : 'Writing', 0.6);
    const isXlsx = input !== undefined && !options.csvDir && extname(input).toLowerCase() === '.xlsx';
    const source = isXlsx ? await readFile(input) : null;
    const written = await writePlan(source, plan, { fileName: input ? basename(input) : 'workbook.xlsx' });
    if (!written.ok) throw new CliError(written.error.message[locale], EXIT.badInput);
    const output = resolve(options.output ?? defaultOutput(input ?? options.csvDir ?? 'campaign'));
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, written.buffer);
    progress.stop();
    for (const w of [...loaded.warnings, ...written.report.warnings]) process.stderr.write(`${w[locale]}\n`);
    for (const r of written.report.renamedSheets) process.stderr.write(`${r.planned} → ${r.written}\n`);
    process.stdout.write([...summaryLines(result, locale), `→ ${output}`].join('\n') + '\n');
    return result;
  } finally {
    progress.stop();
  }
}

function defaultOutput(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-retro.xlsx`);
}

/** `fupan kpis`: every KPI of the whole campaign, with the recognised tables and rejected-row counts. */
export async function kpisCommand(input: string | undefined, options: CommonOptions & { json?: boolean }) {
  const locale = localeOf(options);
  const loaded = await loadTables(input, options.csvDir, locale);
  const result = analyzeCampaign(loaded.tables, analyzeOptions(options));
  const json = kpisJson(input ?? options.csvDir ?? '', result, locale);
  if (options.json) process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  else process.stdout.write(summaryLines(result, locale).join('\n') + '\n');
  return json;
}

/** `fupan demo`: the bundled sample campaign in both languages, and its retro. */
export async function demoCommand(options: { orders?: string; samplesDir?: string; outDir?: string }) {
  const orders = options.orders ? Number(options.orders) : undefined;
  if (orders !== undefined && !(Number.isInteger(orders) && orders >= 5_000 && orders <= 1_048_575)) {
    throw new CliError('--orders must be an integer from 5000 to 1048575.', EXIT.usage);
  }
  const samplesDir = resolve(options.samplesDir ?? 'samples');
  const outDir = resolve(options.outDir ?? 'out');
  await mkdir(samplesDir, { recursive: true });
  for (const locale of ['zh-CN', 'en-US'] as const) {
    const sample = generateSampleCampaign({ locale, ...(orders ? { orders } : {}) });
    const name = locale === 'zh-CN' ? 'double12' : 'double12-en';
    const file = join(samplesDir, `${name}.xlsx`);
    await writeSourceWorkbook(
      file,
      sample.sheets.map((s) => ({
        name: s.name,
        ...(s.table.source.table ? { tableName: s.table.source.table } : {}),
        header: s.table.header,
        rows: s.table.rows,
        ...(s.numberFormats ? { numberFormats: s.numberFormats } : {}),
      })),
    );
    process.stdout.write(`${locale === 'zh-CN' ? '示例活动' : 'Sample campaign'}: ${file}\n`);
    await retroCommand(file, { lang: locale, output: join(outDir, `${name}-retro.xlsx`), quiet: true });
    process.stdout.write('\n');
  }
}

export function buildProgram(): Command {
  const program = new Command('fupan')
    .description('Fupan (复盘): campaign retrospectives from .xlsx / .csv files')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const lang = () => new Option('--lang <locale>', 'zh-CN or en-US').default('zh-CN');
  program
    .command('retro')
    .description('write a copy of the workbook with the KPI sheets, diagnostics and the retrospective')
    .argument('[input]', 'campaign workbook (.xlsx) or a .csv file')
    .option('-o, --output <file>', 'output workbook (default: <input>-retro.xlsx)')
    .addOption(lang())
    .option('--csv-dir <dir>', 'read a folder of CSV files, one table each')
    .option('--period <range>', 'campaign period, e.g. 2023-09-01..2023-10-31')
    .option('--baseline <range>', 'baseline period to compare with')
    .option('-q, --quiet', 'no progress bar')
    .action(async (input: string | undefined, opts) => void (await retroCommand(input, opts)));
  program
    .command('kpis')
    .description('print every KPI of the campaign')
    .argument('[input]', 'campaign workbook (.xlsx) or a .csv file')
    .option('--json', 'print JSON (schema: docs/cli.md)')
    .addOption(lang())
    .option('--csv-dir <dir>', 'read a folder of CSV files, one table each')
    .option('--period <range>', 'campaign period, e.g. 2023-09-01..2023-10-31')
    .option('--baseline <range>', 'baseline period to compare with')
    .action(async (input: string | undefined, opts) => void (await kpisCommand(input, opts)));
  program
    .command('demo')
    .description('generate the sample campaign into samples/ and its retro into out/')
    .option('--orders <rows>', 'order rows to generate (default 50000)')
    .option('--samples-dir <dir>', 'where to write the sample workbooks', 'samples')
    .option('--out-dir <dir>', 'where to write the retros', 'out')
    .action(async (opts) => void (await demoCommand(opts)));
  return program;
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof CliError) {
      process.stderr.write(`fupan: ${err.message}\n`);
      return err.exitCode;
    }
    // Never a stack trace for the user: say what failed and where to report it.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`fupan: unexpected error: ${message}\n`);
    return EXIT.badInput;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
