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
  /** What every successful run of a read child reported, in order. */
  readonly reads: readonly ReadCount[];
}

export interface CliResult {
  readonly workbook: BenchWorkbook;
  readonly usageMethod: UsageMethod;
  readonly kpis: ChildSummary;
  /** readWorkbook, then ingest, KPIs and analyses of its cells, each stage timed inside the process. */
  readonly fupanStages: ChildSummary;
  readonly exceljsStream: ChildSummary;
  /** The reader's floor (readerFloor): the sheets inflated as a stream and scanned once, nothing kept. */
  readonly floor: ChildSummary;
}

/** readWorkbook's time over the floor's, each timed inside its process (no node start-up); NaN if one failed. */
export function readerOverFloor(cli: CliResult): number {
  const read = cli.fupanStages.read;
  const floor = cli.floor.read;
  return read && floor ? read.ms / floor.ms : NaN;
}

/**
 * The CLI issue: `fupan kpis <file> --json > /dev/null` in a fresh process; in the same run, the same
 * stages timed one by one in another process (readWorkbook alone, with its own peak RSS, then ingest, KPIs
 * and analyses of the cells it read), the reader's floor (every sheet inflated and scanned once), and
 * exceljs's streaming reader visiting every cell. The floor runs just before and just after Fupan's reader,
 * so that both see the same load; its median is the reference. Each child runs with node's default heap
 * limit, as a user's would.
 */
export async function cliBench(workbook: BenchWorkbook, runs: number): Promise<CliResult> {
  const readChild = join(ROOT, 'lib', 'bench', 'cli', 'readChild.js');
  const exceljsStream = await repeat('exceljs stream', [readChild, 'exceljs', workbook.path], true, runs);
  const floorArgs = [readChild, 'floor', workbook.path];
  const floorBefore = await repeat('reader floor', floorArgs, true, runs);
  const fupanStages = await repeat('readWorkbook + stages', [readChild, 'fupan', workbook.path], true, runs);
  const floorAfter = await repeat('reader floor', floorArgs, true, runs);
  const kpis = await repeat(
    'fupan kpis --json',
    [join(ROOT, 'bin', 'fupan.js'), 'kpis', workbook.path, '--json'],
    false,
    runs,
  );
  const floor = merged(floorBefore, floorAfter);
  return { workbook, usageMethod: usageMethod(), kpis, fupanStages, exceljsStream, floor };
}

/** Two series of the same child as one: medians over all runs, its `read` with the median read time. */
function merged(a: ChildSummary, b: ChildSummary): ChildSummary {
  const runs = [...a.runs, ...b.runs];
  const reads = [a.read, b.read].filter((r): r is ReadCount => r !== null);
  const read = reads.length === 0 ? null : { ...reads[0]!, ms: median(reads.map((r) => r.ms)) };
  return {
    command: a.command,
    runs,
    medianWallMs: median(runs.map((r) => r.wallMs)),
    medianCpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: Math.max(a.maxRssMb, b.maxRssMb),
    ok: a.ok && b.ok,
    read,
    reads: [...a.reads, ...b.reads],
  };
}

async function repeat(
  command: string,
  args: readonly string[],
  read: boolean,
  runs: number,
): Promise<ChildSummary> {
  const results: ChildRun[] = [];
  for (let r = 0; r < runs; r++) results.push(await measureChild(args, read));
  const reads = read
    ? results.filter((r) => r.exitCode === 0).map((r) => JSON.parse(r.stdout) as ReadCount)
    : [];
  // The runs' median read time, with the last run's counts (they do not change from run to run).
  const last = reads[reads.length - 1];
  const count: ReadCount | null = last ? { ...last, ms: median(reads.map((r) => r.ms)) } : null;
  return {
    command,
    runs: results.map((r) => ({ ...r, stdout: '' })),
    medianWallMs: median(results.map((r) => r.wallMs)),
    medianCpuMs: median(results.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...results.map((r) => r.maxRssMb)),
    ok: results.every((r) => r.exitCode === 0),
    read: count,
    reads,
  };
}
