import type { BaselineResult } from '../baselines/baselineBench';
import type { CliResult } from '../cli/cliBench';
import type { EngineResult } from '../engine/engineBench';
import type { LoadMark, Machine } from '../machine';
import type { RelationalResult } from '../relational/relationalBench';
import type { TargetCheck } from './targets';

/** What the workload was. */
export interface BenchData {
  readonly locale: string;
  readonly orderRows: number;
  readonly generatedOrderRows: number;
  readonly builtOrderRows: number;
  readonly orderColumns: number;
  readonly trafficRows: number;
  readonly spendRows: number;
  readonly days: number;
  readonly channels: number;
  readonly generateMs: number;
}

/** Fupan's time (ingest + KPIs) over each baseline's (load + query): below 1 means Fupan is faster. */
export interface BenchRatios {
  readonly fupanOverArquero: number;
  readonly fupanOverDuckdb: number;
  readonly narrowFupanOverArquero: number;
  readonly narrowFupanOverDuckdb: number;
}

/** out/bench.json: everything printed, and the raw runs. */
export interface BenchReport {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly mode: 'full' | 'quick' | 'custom';
  readonly options: Readonly<Record<string, unknown>>;
  readonly machine: Machine;
  readonly loads: readonly LoadMark[];
  readonly data: BenchData;
  readonly engine: Omit<EngineResult, 'headline'> | null;
  readonly relational: RelationalResult | null;
  readonly baselines: BaselineResult | null;
  readonly ratios: BenchRatios | null;
  readonly cli: CliResult | null;
  readonly targets: readonly TargetCheck[];
  /** False when a result disagreed or a child process failed: the numbers are then not to be trusted. */
  readonly ok: boolean;
}
