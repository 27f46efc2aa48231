import { join, resolve } from 'node:path';
import { median } from '../measure/timing';
import type { BenchWorkbook } from './benchWorkbook';
import { measureChild, usageMethod, type ChildRun, type UsageMethod } from './measureChild';
import type { ReadCount } from './readChild';

/** The repository root, from lib/bench/cli/. */
const ROOT = resolve(__dirname, '..', '..', '..');

export interface ChildSummary {
  readonly command: string;
  readonly runs: readonly ChildRun[];
  readonly medianWallMs: number;
  readonly medianCpuMs: number;
  /** The largest peak RSS of the runs. */
  readonly maxRssMb: number;
  readonly ok: boolean;
  /** What a read child reported: cells seen, its own timings (without node's start-up), its peak at the read. */
  readonly read: ReadCount | null;
}

export interface CliResult {
  readonly workbook: BenchWorkbook;
  readonly usageMethod: UsageMethod;
  readonly kpis: ChildSummary;
  /** readWorkbook, then ingest, KPIs and analyses of its cells, each stage timed inside the process. */
  readonly fupanStages: ChildSummary;
  readonly exceljsStream: ChildSummary;
}

/**
 * The CLI issue: `fupan kpis <file> --json > /dev/null` in a fresh process; in the same run, the same
 * stages timed one by one in another process (readWorkbook alone, with its own peak RSS, then ingest, KPIs
 * and analyses of the cells it read), and the floor, exceljs's streaming reader visiting every cell. Each
 * child runs with node's default heap limit, as a user's would.
 */
export async function cliBench(workbook: BenchWorkbook, runs: number): Promise<CliResult> {
  const readChild = join(ROOT, 'lib', 'bench', 'cli', 'readChild.js');
  const exceljsStream = await repeat('exceljs stream', [readChild, 'exceljs', workbook.path], true, runs);
  const fupanStages = await repeat('readWorkbook + stages', [readChild, 'fupan', workbook.path], true, runs);
  const kpis = await repeat(
    'fupan kpis --json',
    [join(ROOT, 'bin', 'fupan.js'), 'kpis', workbook.path, '--json'],
    false,
    runs,
  );
  return { workbook, usageMethod: usageMethod(), kpis, fupanStages, exceljsStream };
}

async function repeat(
  command: string,
  args: readonly string[],
  read: boolean,
  runs: number,
): Promise<ChildSummary> {
  const results: ChildRun[] = [];
  for (let r = 0; r < runs; r++) results.push(await measureChild(args, read));
  const last = results[results.length - 1];
  let count: ReadCount | null = null;
  if (read && last?.exitCode === 0) count = JSON.parse(last.stdout) as ReadCount;
  return {
    command,
    runs: results.map((r) => ({ ...r, stdout: '' })),
    medianWallMs: median(results.map((r) => r.wallMs)),
    medianCpuMs: median(results.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...results.map((r) => r.maxRssMb)),
    ok: results.every((r) => r.exitCode === 0),
    read: count,
  };
}
