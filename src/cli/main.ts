import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { analyzeCampaign, measureCampaign, type AnalyzeOptions } from '../core/analyze';
import { isLocale, type Locale } from '../core/locale';
import type { RejectedRow } from '../core/model/campaign';
import type { RawTable } from '../core/model/raw';
import { MAX_LISTED_REJECTIONS } from '../core/plan/sheets/qualitySheet';
import { planWorkbook } from '../core/plan/planWorkbook';
import { unmatchedBoundChannels, type BudgetBounds } from '../core/nextPlan/budgetBounds';
import { generateSampleCampaign } from '../core/sample/generateSampleCampaign';
import { MAX_ORDER_ROWS, MIN_ORDER_ROWS } from '../core/sample/resolveOptions';
import { writePlan } from '../xlsx/writePlan';
import { writeSourceWorkbook } from '../xlsx/writeSourceWorkbook';
import { sameFile, writeFileAtomic } from './atomicWrite';
import { parseBudgetBounds } from './budgetBoundArg';
import { parseDayRangeArg } from './dayRangeArg';
import { CliError, EXIT } from './exitCodes';
import { analysisJson } from './analysisJson';
import { kpisJson } from './kpisJson';
import { loadTables } from './loadTables';
import { rejectedCsv } from './rejectedCsv';
import { cliMessages as msg } from './messages';
import { createProgress } from './progress';
import { summaryLines } from './summary';
import { kpisFromAggregates, retroFromAggregates } from './aggregatesCommand';
import { sqlCommand } from './sqlCommand';

interface CommonOptions {
  readonly lang?: string;
  readonly csvDir?: string;
  readonly period?: string;
  readonly baseline?: string;
}

function localeOf(options: CommonOptions): Locale {
  const lang = options.lang ?? 'zh-CN';
  if (!isLocale(lang)) throw new CliError(msg.badLang(lang), EXIT.usage);
  return lang;
}

function analyzeOptions(options: CommonOptions): AnalyzeOptions {
  const range = (flag: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const parsed = parseDayRangeArg(text);
    if (!parsed) throw new CliError(msg.badRange(flag, text), EXIT.usage);
    return parsed;
  };
  const period = range('--period', options.period);
  const baseline = range('--baseline', options.baseline);
  return period || baseline
    ? { ingest: { campaign: { ...(period ? { period } : {}), ...(baseline ? { baseline } : {}) } } }
    : {};
}

function budgetBoundsOf(texts: readonly string[] | undefined, locale: Locale): BudgetBounds {
  const parsed = parseBudgetBounds(texts ?? []);
  if (!parsed.ok) throw new CliError(msg.badBudgetBound(parsed.text)[locale], EXIT.usage);
  return parsed.bounds;
}

/** `fupan retro`: read, analyse, and write a copy of the workbook with Fupan's sheets added. */
export async function retroCommand(
  input: string | undefined,
  options: CommonOptions & {
    output?: string;
    quiet?: boolean;
    budgetBound?: readonly string[];
    aggregates?: string;
    mapping?: string;
    duckdb?: boolean;
  },
) {
  // Options are checked before the input is read: a typo must not wait for a million rows.
  const locale = localeOf(options);
  const analyze = analyzeOptions(options);
  const budgetBounds = budgetBoundsOf(options.budgetBound, locale);
  if (options.aggregates !== undefined || options.duckdb) {
    return retroFromAggregates(options.aggregates ?? null, options, analyze.ingest?.campaign ?? {}, locale);
  }
  const output = resolve(options.output ?? defaultOutput(input ?? options.csvDir ?? 'campaign'));
  // The input is never written: the copy with Fupan's sheets goes beside it.
  const source = options.csvDir ?? input;
  if (source !== undefined && sameFile(source, output))
    throw new CliError(msg.outputIsInput(output), EXIT.usage);
  const progress = createProgress(!options.quiet);
  try {
    progress.step(msg.step.reading[locale], 0.05);
    const loaded = await loadTables(input, options.csvDir, locale);
    progress.step(msg.step.analysing[locale], 0.4);
    const result = analyzeCampaign(loaded.tables, analyze);
    const plan = planWorkbook(result.ingest, result.analysis, locale, undefined, {
      nextPlan: { budgetBounds },
    });
    const unmatched = result.analysis ? unmatchedBoundChannels(result.analysis.data, budgetBounds) : [];
    progress.step(msg.step.writing[locale], 0.6);
    const isXlsx = input !== undefined && !options.csvDir && extname(input).toLowerCase() === '.xlsx';
    const source = isXlsx ? await readFile(input) : null;
    const written = await writePlan(source, plan, { fileName: input ? basename(input) : 'workbook.xlsx' });
    if (!written.ok) throw new CliError(written.error.message[locale], EXIT.badInput);
    await writeOutput(output, written.buffer, locale);
    const fullList = await writeRejectedList(output, result.ingest.rejected, locale);
    progress.stop();
    // Reader warnings, and a line for each sheet written under another name (the analyst's own sheet
    // held the planned name).
    for (const w of [...loaded.warnings, ...written.report.warnings]) process.stderr.write(`${w[locale]}\n`);
    if (unmatched.length > 0) process.stderr.write(`${msg.unknownBoundChannel(unmatched)[locale]}\n`);
    process.stdout.write(
      [
        ...summaryLines(result, locale, true),
        msg.written(output)[locale],
        ...(fullList ? [msg.written(fullList)[locale]] : []),
      ].join('\n') + '\n',
    );
    return result;
  } finally {
    progress.stop();
  }
}

/** Writes the output whole or not at all: a failed write leaves the previous file intact. */
async function writeOutput(path: string, bytes: Buffer, locale: Locale): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (err) {
    throw new CliError(msg.cannotWrite(path, errorText(err))[locale], EXIT.badInput);
  }
}

/** The full list of rejected rows beside the output, when the data-quality sheet lists only the first. */
async function writeRejectedList(
  output: string,
  rejected: readonly RejectedRow[],
  locale: Locale,
): Promise<string | undefined> {
  if (rejected.length <= MAX_LISTED_REJECTIONS) return undefined;
  const path = join(dirname(output), `${basename(output, extname(output))}-rejected.csv`);
  await writeOutput(path, Buffer.from(rejectedCsv(rejected, locale), 'utf8'), locale);
  return path;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function defaultOutput(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-retro.xlsx`);
}

/**
 * `fupan kpis`: every KPI of the whole campaign, with the recognised tables and rejected-row counts. Runs
 * ingest, KPIs and verdict only: the diagnostics `retro` adds are not printed, so not computed.
 */
export async function kpisCommand(
  input: string | undefined,
  options: CommonOptions & { json?: boolean; aggregates?: string; mapping?: string; duckdb?: boolean },
) {
  const locale = localeOf(options);
  const analyze = analyzeOptions(options);
  if (options.aggregates !== undefined || options.duckdb) {
    return kpisFromAggregates(options.aggregates ?? null, options, analyze.ingest?.campaign ?? {}, locale);
  }
  const loaded = await loadTables(input, options.csvDir, locale);
  const warnings = loaded.warnings;
  let tables: readonly RawTable[] | undefined = loaded.tables;
  // Ingest takes the raw tables and nothing here holds on to them: the KPIs need only the campaign data.
  const result = measureCampaign(() => {
    const taken = tables ?? [];
    tables = undefined;
    return taken;
  }, analyze);
  const json = kpisJson(options.csvDir ?? input ?? '', result, locale, warnings);
  if (options.json) {
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const w of warnings) process.stderr.write(`${w[locale]}\n`);
    process.stdout.write(summaryLines(result, locale, false).join('\n') + '\n');
  }
  return json;
}

/**
 * `fupan analyze`: every diagnostic analysis (A/B test, attribution, decomposition, funnel, …) under its
 * stable id, with its findings or why it could not run. Writes nothing.
 */
export async function analyzeCommand(input: string | undefined, options: CommonOptions & { json?: boolean }) {
  const locale = localeOf(options);
  const analyze = analyzeOptions(options);
  const loaded = await loadTables(input, options.csvDir, locale);
  const result = analyzeCampaign(loaded.tables, analyze);
  const json = analysisJson(options.csvDir ?? input ?? '', result, locale, loaded.warnings);
  if (options.json) {
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const w of loaded.warnings) process.stderr.write(`${w[locale]}\n`);
    const lines = Object.values(json.analyses).map((a) =>
      a.status === 'ok' ? msg.analysisOk(a.name)[locale] : msg.analysisUnavailable(a.name, a.reason)[locale],
    );
    lines.push(msg.rejectedRows(result.ingest.rejected.length, false)[locale]);
    process.stdout.write(lines.join('\n') + '\n');
  }
  return json;
}

/** Order rows of the demo: about a fifth of the sample's orders have several lines, so ≈ 50,000 orders. */
const DEMO_ORDER_ROWS = 63_000;

/** `fupan demo`: the bundled sample campaign in both languages, and its retro. */
export async function demoCommand(options: { orders?: string; samplesDir?: string; outDir?: string }) {
  const orders = options.orders ? Number(options.orders) : undefined;
  if (
    orders !== undefined &&
    !(Number.isInteger(orders) && orders >= MIN_ORDER_ROWS && orders <= MAX_ORDER_ROWS)
  ) {
    throw new CliError(msg.badOrders(MIN_ORDER_ROWS, MAX_ORDER_ROWS), EXIT.usage);
  }
  const samplesDir = resolve(options.samplesDir ?? 'samples');
  const outDir = resolve(options.outDir ?? 'out');
  await mkdir(samplesDir, { recursive: true });
  for (const locale of ['zh-CN', 'en-US'] as const) {
    const sample = generateSampleCampaign({ locale, orders: orders ?? DEMO_ORDER_ROWS });
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
    process.stdout.write(`${msg.sampleCampaign(file)[locale]}\n`);
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
  /** A command that reads a campaign: its input, language, CSV folder, period and baseline. */
  const campaignCommand = (name: string, description: string, extra: (c: Command) => Command) =>
    extra(
      program
        .command(name)
        .description(description)
        .argument('[input]', 'campaign workbook (.xlsx), a .csv file or a folder of .csv files'),
    )
      .addOption(lang())
      .option('--csv-dir <dir>', 'read a folder of CSV files, one table each')
      .option(
        '--period <range>',
        'campaign period, e.g. 2025-12-01..2025-12-30 (default: the campaign table)',
      )
      .option('--baseline <range>', 'baseline period to compare with, e.g. 2025-11-01..2025-11-30');
  campaignCommand(
    'retro',
    'write a copy of the workbook with the KPI sheets, diagnostics and the retrospective',
    (c) =>
      c
        .option('-o, --output <file>', 'output workbook (default: <input>-retro.xlsx)')
        .option(
          '--budget-bound <share>',
          'how far the next plan may move a channel’s budget: 0.3 (±30 %, the default) for all, or ' +
            'channel=0.2 for one; repeatable',
          (value: string, previous: string[] = []) => [...previous, value],
        )
        .option('--aggregates <dir>', 'build it from the aggregate tables `fupan sql` wrote (CSV or Parquet)')
        .option('--mapping <file>', 'with --aggregates: the mapping the SQL was generated from')
        .option('--duckdb', 'run the SQL on the Parquet/CSV files the --mapping names, through DuckDB'),
  )
    .option('-q, --quiet', 'no progress bar')
    .action(async (input: string | undefined, opts) => void (await retroCommand(input, opts)));
  campaignCommand('kpis', 'print every KPI of the campaign', (c) =>
    c
      .option('--json', 'print JSON (schema: docs/cli.md)')
      .option('--aggregates <dir>', 'read the aggregate tables `fupan sql` wrote (CSV or Parquet) instead')
      .option('--mapping <file>', 'with --aggregates: the mapping the SQL was generated from')
      .option('--duckdb', 'run the SQL on the Parquet/CSV files the --mapping names, through DuckDB'),
  ).action(async (input: string | undefined, opts) => void (await kpisCommand(input, opts)));
  campaignCommand(
    'analyze',
    'print every diagnostic analysis of the campaign (A/B test, attribution, funnel, …)',
    (c) => c.option('--json', 'print JSON (schema: docs/cli.md)'),
  ).action(async (input: string | undefined, opts) => void (await analyzeCommand(input, opts)));
  program
    .command('sql')
    .description('print the KPI contract as aggregate SQL queries, to run where the data lives')
    .option('--dialect <dialect>', 'duckdb, spark or trino', 'duckdb')
    .option('--mapping <file>', 'tables, columns and calendar (Fupan settings JSON, see docs/scale.md)')
    .option('--period <range>', 'campaign period, e.g. 2025-11-01..2025-11-11 (wins over the mapping)')
    .option('--baseline <range>', 'baseline period, e.g. 2025-10-01..2025-10-31 (wins over the mapping)')
    .addOption(lang())
    .action(async (opts: CommonOptions & { dialect?: string; mapping?: string }) => {
      const locale = localeOf(opts);
      await sqlCommand(opts, analyzeOptions(opts).ingest?.campaign ?? {}, locale);
    });
  program
    .command('demo')
    .description('generate the sample campaign into samples/ and its retro into out/')
    .option('--orders <rows>', 'order rows to generate (default 63000, about 50,000 orders)')
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
    process.stderr.write(`fupan: ${msg.unexpected(errorText(err))['en-US']}\n`);
    return EXIT.badInput;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
