/**
 * Fupan's benchmarks, one run, one report (printed, and written as JSON to out/bench.json):
 *
 *   data       the sample campaign: 1,048,576 order rows, 90 days of traffic and spend by channel
 *      │
 *   engine     Engine I: ingest, all KPIs, all analyses, peak extra memory           (in this process)
 *      │
 *   relational 800,000 order headers + 1,000,000 order lines vs the same as one table (in this process)
 *      │
 *   baselines  the headline KPIs by arquero and by DuckDB from the same cells, checked equal to Fupan's
 *      │
 *   cli        `fupan kpis <file> --json` on the same campaign as an .xlsx; its stages one by one
 *              (readWorkbook alone, ingest, KPIs, analyses); exceljs's streaming read   (child processes)
 *      │
 *   targets    PASS / FAIL per target, ratios to the baselines
 *
 *   npm run bench                full run (a few minutes)
 *   npm run bench -- --quick     100,000 order rows, fewer runs (targets then only indicative)
 *
 * What each number means, and the results on the reference machine: docs/benchmarks.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { ingest } from '../src/core/ingest';
import { computeKpis } from '../src/core/metrics';
import { baselineBench, type BaselineResult } from './baselines/baselineBench';
import { baselineInput } from './baselines/baselineInput';
import { benchWorkbook } from './cli/benchWorkbook';
import { cliBench, type CliResult } from './cli/cliBench';
import { benchCampaign, rawTables } from './data/benchCampaign';
import { narrowTables } from './data/narrowOrders';
import { engineBench, type EngineResult } from './engine/engineBench';
import { floorPass } from './engine/floorPass';
import { headlineFromReport } from './kpiSet/fromReport';
import type { HeadlineReport } from './kpiSet/headline';
import { loadMark, machine, ROOT, type LoadMark } from './machine';
import { timeSync } from './measure/timing';
import { parseOptions, USAGE, type BenchOptions } from './options';
import { baselineLines } from './report/baselineLines';
import type { BenchData, BenchRatios, BenchReport } from './report/benchReport';
import { benchTargets } from './report/benchTargets';
import { cliLines } from './report/cliLines';
import { engineLines } from './report/engineLines';
import { relationalLines } from './report/relationalLines';
import { relationalBench, type RelationalResult } from './relational/relationalBench';
import { FULL_HEADERS, FULL_LINES } from './relational/relationalData';
import { int } from './report/format';
import { loadLines, targetLines } from './report/targetLines';
import { checkTarget } from './report/targets';
import type { RawTable } from '../src/core/model/raw';

function say(lines: string | readonly string[]): void {
  process.stdout.write((typeof lines === 'string' ? [lines] : lines).join('\n') + '\n');
}

function fupanHeadline(tables: readonly RawTable[]): HeadlineReport {
  const data = ingest(tables).data;
  if (!data) throw new Error('bench: ingest found no usable orders');
  return headlineFromReport(computeKpis(data));
}

function modeOf(options: BenchOptions): BenchReport['mode'] {
  if (options.quick) return 'quick';
  return options.orderRows === 1_048_576 ? 'full' : 'custom';
}

async function run(options: BenchOptions): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const loads: LoadMark[] = [loadMark('start')];
  const host = machine(Math.round(getHeapStatistics().heap_size_limit / 2 ** 20));
  say([
    `Fupan benchmarks — ${modeOf(options)} run, ${startedAt}`,
    `  ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB; ${host.os}; Node ${host.node} (V8 ${host.v8})` +
      `${host.exposeGc ? ', --expose-gc' : ', NO --expose-gc: runs are not preceded by a full GC'}`,
    `  commit ${host.commit ?? 'unknown'}${host.changedFiles ? ` + ${host.changedFiles} changed files in the working tree` : ''}; load average ${loads[0]!.load.join(' ')}`,
    '',
  ]);

  const generated = timeSync(() =>
    benchCampaign({ locale: 'zh-CN', orderRows: options.orderRows, days: options.days }),
  );
  const campaign = generated.value;
  const tables = rawTables(campaign);
  const data: BenchData = {
    locale: campaign.locale,
    orderRows: campaign.orders.table.rows.length,
    generatedOrderRows: campaign.generatedOrderRows,
    builtOrderRows: campaign.builtOrderRows,
    orderColumns: campaign.orders.table.header.length,
    trafficRows: campaign.traffic.table.rows.length,
    spendRows: campaign.spend.table.rows.length,
    days: campaign.days,
    channels: campaign.channels,
    generateMs: generated.sample.wallMs,
  };
  say(`Data: generated in ${int(Math.round(data.generateMs))} ms\n`);

  let engine: EngineResult | null = null;
  if (options.sections.has('engine')) {
    engine = engineBench(tables, options.runs, () => floorPass(campaign));
    loads.push(loadMark('after engine'));
    say([...engineLines(data, engine), '']);
  }

  let relational: RelationalResult | null = null;
  if (options.sections.has('relational')) {
    // --quick and --rows scale the relational data with the orders (full: 800,000 headers, 1,000,000 lines).
    const scale = options.orderRows / 1_048_576;
    const lines = Math.max(1000, Math.round(FULL_LINES * scale));
    relational = relationalBench(Math.round((lines * FULL_HEADERS) / FULL_LINES), lines, options.runs);
    loads.push(loadMark('after relational'));
    say([...relationalLines(relational), '']);
  }

  let baselines: BaselineResult | null = null;
  let ratios: BenchRatios | null = null;
  if (options.sections.has('baselines')) {
    const reference = engine?.headline ?? fupanHeadline(tables);
    baselines = await baselineBench(
      baselineInput(campaign),
      narrowTables(campaign),
      reference,
      options.baselineRuns,
    );
    loads.push(loadMark('after baselines'));
    const fupan = engine?.ingestAndKpis.medianMs ?? NaN;
    const narrow = baselines.fupanNarrow.total.medianMs;
    ratios = engine
      ? {
          fupanOverArquero: fupan / baselines.arquero.total.medianMs,
          fupanOverDuckdb: fupan / baselines.duckdb.total.medianMs,
          narrowFupanOverArquero: narrow / baselines.arquero.total.medianMs,
          narrowFupanOverDuckdb: narrow / baselines.duckdb.total.medianMs,
        }
      : null;
    say([...baselineLines(host, engine, baselines, ratios), '']);
  }

  let cli: CliResult | null = null;
  if (options.sections.has('cli')) {
    const strings = options.sharedStrings ? 'shared' : 'inline';
    const workbook = await benchWorkbook(campaign, resolve(ROOT, options.cacheDir), strings);
    loads.push(loadMark('before CLI'));
    cli = await cliBench(workbook, options.cliRuns);
    loads.push(loadMark('after CLI'));
    say([...cliLines(cli), '']);
  }

  const targets = [
    ...benchTargets(data.orderRows, engine, ratios, cli),
    ...(relational === null
      ? []
      : [
          checkTarget(
            'relational.ratio',
            'Relational export / one table (ingest)',
            relational.ratio,
            1.5,
            '×',
            '≤',
            relational.lines !== FULL_LINES,
          ),
        ]),
  ];
  say([...targetLines(targets), '', ...loadLines(loads)]);
  const agreed =
    (!baselines || Object.values(baselines.agreement).every((a) => a.ok)) && (relational?.agreed ?? true);
  // exceljs's reader is a reference: its failure is printed, but Fupan's results stand without it.
  const childrenOk = !cli || [cli.kpis, cli.fupanStages].every((c) => c.ok);
  const { headline: _headline, ...engineJson } = engine ?? { headline: null };
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    mode: modeOf(options),
    options: { ...options, sections: [...options.sections] },
    machine: host,
    loads,
    data,
    engine: engine ? (engineJson as Omit<EngineResult, 'headline'>) : null,
    relational,
    baselines,
    ratios,
    cli,
    targets,
    ok: agreed && childrenOk,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') return say(USAGE);
  const report = await run(options);
  const out = resolve(ROOT, options.outFile);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  say(`\nJSON report: ${out}`);
  if (!report.ok) {
    say('NOT OK: a baseline disagreed with Fupan or a Fupan child process failed (see above).');
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
