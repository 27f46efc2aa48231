import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CampaignOverride } from '../core/ingest/options';
import type { Locale } from '../core/locale';
import { KPI_IDS } from '../core/metrics/kpiIds';
import { planWorkbook } from '../core/plan/planWorkbook';
import type { AggregateRows } from '../core/sql/aggregatesToCubes';
import { aggregateAnalysis } from '../core/sql/aggregateAnalysis';
import { writePlan } from '../xlsx/writePlan';
import { writeFileAtomic } from './atomicWrite';
import { CliError, EXIT } from './exitCodes';
import { KPIS_JSON_SCHEMA, reportJson } from './kpisJson';
import { cliMessages } from './messages';
import { aggregatesFromFiles } from './duckdbFiles';
import { readAggregates } from './readAggregates';
import { sqlMessages as msg } from './sqlMessages';
import { loadSqlMapping, type SqlSetup } from './sqlCommand';

type Calendar = Pick<CampaignOverride, 'period' | 'baseline'>;

/**
 * The mapping (calendar, tables and columns the data had) and the aggregate tables: read from the folder
 * (`dir`), or computed by DuckDB on the files the mapping names (`dir` null: `--duckdb`).
 */
async function load(
  dir: string | null,
  mappingFile: string | undefined,
  calendar: Calendar,
  locale: Locale,
): Promise<SqlSetup & { rows: AggregateRows }> {
  if (dir === null && mappingFile === undefined)
    throw new CliError(msg.duckDbNeedsMapping[locale], EXIT.usage);
  const { mapping, targets } = await loadSqlMapping(mappingFile, calendar, locale);
  const rows =
    dir === null
      ? await aggregatesFromFiles(mapping, mappingFile!, locale)
      : await readAggregates(dir, mapping, locale);
  return { mapping, targets, rows };
}

/**
 * `fupan kpis --aggregates DIR`: the KPI report from the aggregate tables that the queries of `fupan sql`
 * wrote where the data lives (a cluster, DuckDB), read back as CSV or Parquet. The mapping file gives the
 * calendar and which tables and columns the data had (what decides whether a measure exists at all).
 */
export async function kpisFromAggregates(
  dir: string | null,
  options: { readonly mapping?: string; readonly json?: boolean },
  calendar: Calendar,
  locale: Locale,
) {
  const { mapping, targets, rows } = await load(dir, options.mapping, calendar, locale);
  const { ingest, analysis } = aggregateAnalysis(rows, mapping, targets);
  const warnings = ingest.warnings.map((w) => w.text[locale]);
  const json = {
    schema: KPIS_JSON_SCHEMA,
    input: dir ?? options.mapping ?? '',
    source: dir === null ? ('duckdb' as const) : ('aggregates' as const),
    aggregate_warnings: warnings,
    ...reportJson(analysis.report, analysis.verdict, locale),
  };
  if (options.json) {
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const w of warnings) process.stderr.write(`${w}\n`);
    const lines = KPI_IDS.map((id) => `${id}\t${json.kpis[id] ?? json.missing[id] ?? ''}`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  return json;
}

/**
 * `fupan retro --aggregates DIR`: the retro workbook from the aggregate tables — the same KPI sheets, trend,
 * channels and retrospective; the diagnostics that need row-level data say so. A new workbook (there is no
 * source workbook to copy), `<DIR>-retro.xlsx` unless -o names another.
 */
export async function retroFromAggregates(
  dir: string | null,
  options: { readonly mapping?: string; readonly output?: string },
  calendar: Calendar,
  locale: Locale,
): Promise<string> {
  const { mapping, targets, rows } = await load(dir, options.mapping, calendar, locale);
  const { ingest, analysis } = aggregateAnalysis(rows, mapping, targets);
  // Beside the folder of aggregates (DIR-retro.xlsx), or beside the mapping file (m-retro.xlsx).
  const named = resolve(dir ?? options.mapping!);
  const stem = dir === null ? basename(named, extname(named)) : basename(named);
  const output = resolve(options.output ?? join(dirname(named), `${stem}-retro.xlsx`));
  const plan = planWorkbook(ingest, analysis, locale);
  const written = await writePlan(null, plan, { fileName: basename(output) });
  if (!written.ok) throw new CliError(written.error.message[locale], EXIT.badInput);
  try {
    await writeFileAtomic(output, written.buffer);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new CliError(cliMessages.cannotWrite(output, detail)[locale], EXIT.badInput);
  }
  for (const w of ingest.warnings) process.stderr.write(`${w.text[locale]}\n`);
  process.stdout.write(`${cliMessages.written(output)[locale]}\n`);
  return output;
}
