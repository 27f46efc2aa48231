import { analyzeCampaign } from '../core/analyze';
import { ingest, type IngestOptions } from '../core/ingest';
import type { Locale } from '../core/locale';
import type { CellValue, RawTable } from '../core/model/raw';
import type { LocalizedText } from '../core/model/text';
import { planWorkbook } from '../core/plan/planWorkbook';
import type { WorkbookPlan } from '../core/plan/types';
import type { NextPlanOptions } from '../core/nextPlan/nextPlan';
import { retroFacts } from '../core/retro/retroFacts';
import { topFindings } from '../core/retro/topFindings';
import type { Verdict } from '../core/retro/verdict';
import { describeWorkbook } from '../core/scan/describeWorkbook';
import type { Finding, WorkbookScan } from '../port/hostPort';

/**
 * Where the engine (src/core) runs for the Excel host: in-process (`inlineRunner`: tests, and the fallback
 * when there is no Worker) or in a Web Worker (`createWorkerRunner`), so that a million-row analysis never
 * freezes the task pane. Everything that crosses the seam is plain, structured-cloneable data:
 *
 *   raw tables ─(slices of SLICE_CELLS cells, a yield between)─▶ worker ─ingest─▶ analyse ─▶ plan
 *        ◀─────────────── progress · scan | plan + verdict + findings + rejected-row count ──┘
 */
export interface EngineRunner {
  /** What the workbook holds: recognised tables, what is missing, the campaign, the warnings. */
  scan(tables: readonly RawTable[], options: IngestOptions, call?: EngineCall): Promise<WorkbookScan>;
  /** Ingest → analyse → plan. `no_orders` when no usable orders table was found. */
  analyzeAndPlan(
    tables: readonly RawTable[],
    options: IngestOptions,
    locale: Locale,
    call?: EngineCall,
    /** The user's say over the next campaign's plan (budget bounds). */
    nextPlan?: NextPlanOptions,
  ): Promise<EngineAnalysis>;
}

export type EngineAnalysis =
  | {
      readonly status: 'analysed';
      readonly plan: WorkbookPlan;
      readonly verdict: Verdict;
      readonly findings: readonly Finding[];
      readonly rejectedRows: number;
    }
  | {
      readonly status: 'no_orders';
      /** The ingest warnings: why no orders table was usable. */
      readonly warnings: readonly LocalizedText[];
    };

export type EnginePhase = 'sending' | 'analysing' | 'planning';

export interface EngineProgress {
  readonly phase: EnginePhase;
  /** 0..1 within the phase ('sending': the share of rows handed to the worker). */
  readonly fraction: number;
}

export interface EngineCall {
  readonly onProgress?: (progress: EngineProgress) => void;
  /** An abort stops the run: the worker is terminated and the call rejects with EngineCancelled. */
  readonly signal?: AbortSignal;
}

/**
 * Why a worker run failed, as the pane explains it: the engine threw (`error`), ran out of memory
 * (`memory`), the worker died or sent an unreadable message (`crashed`), or it stayed silent past the
 * watchdog's bound (`silent`). The worker is terminated on all but `error`; the next run starts a fresh one.
 */
export type EngineFailure = 'error' | 'memory' | 'crashed' | 'silent';

/** The rejection of a worker run that failed; `detail` is the technical message, for logs only. */
export class EngineFailed extends Error {
  constructor(
    readonly failure: EngineFailure,
    readonly detail: string,
    /** For `silent`: the watchdog's bound that passed. */
    readonly silentMs = 0,
  ) {
    super(`The engine run failed (${failure}): ${detail}`);
    this.name = 'EngineFailed';
  }
}

/** What engines say when an allocation failed: V8's RangeErrors, Firefox's and Safari's wordings. */
const OUT_OF_MEMORY = /out of memory|allocation failed|invalid (array|string|typed array) length|too large/i;

/** A failure's kind from the worker's own message (and the error's name when the worker caught it). */
export function failureOf(message: string, name?: string): EngineFailure {
  if (OUT_OF_MEMORY.test(message) || name === 'InternalError') return 'memory';
  return 'error';
}

/**
 * The watchdog: a worker that posts nothing for this long after the run's request is taken for hung, then
 * terminated. Generous on purpose: the engine takes about 15 s wall for a million order lines on a loaded
 * 2-core machine (docs/benchmarks.md), and the worker reports each phase as it starts, so a healthy run is
 * silent a small fraction of this. Larger inputs get proportionally more (see docs/limits.md).
 */
export const ENGINE_SILENCE_MS = 5 * 60_000;
/** …plus this much per million cells sent. */
export const ENGINE_SILENCE_MS_PER_MILLION_CELLS = 60_000;

/** The watchdog's bound for a run over `cells` cells. */
export function silenceLimit(cells: number): number {
  return ENGINE_SILENCE_MS + Math.ceil(cells / 1_000_000) * ENGINE_SILENCE_MS_PER_MILLION_CELLS;
}

/** The rejection of a run whose signal aborted. */
export class EngineCancelled extends Error {
  constructor() {
    super('The engine run was cancelled.');
    this.name = 'EngineCancelled';
  }
}

/** The scan as the pane reads it. Pure. */
export function scanTables(tables: readonly RawTable[], options: IngestOptions): WorkbookScan {
  const result = ingest(tables, options);
  const description = describeWorkbook(tables, result);
  return {
    tables: result.tables,
    unrecognised: description.unrecognised,
    missing: description.missing,
    campaign: result.data?.campaign ?? null,
    targets: result.data?.targets ?? [],
    warnings: result.warnings,
    headers: description.headers,
  };
}

/** Ingest → analyse → plan, reporting the phases. Pure but for `onProgress`. */
export function analyzeAndPlanTables(
  tables: readonly RawTable[],
  options: IngestOptions,
  locale: Locale,
  onProgress?: (progress: EngineProgress) => void,
  nextPlan: NextPlanOptions = {},
): EngineAnalysis {
  onProgress?.({ phase: 'analysing', fraction: 0 });
  const { ingest: ingested, analysis } = analyzeCampaign(tables, { ingest: options });
  if (!analysis) return { status: 'no_orders', warnings: ingested.warnings.map((w) => w.text) };
  onProgress?.({ phase: 'planning', fraction: 0 });
  // The retro's facts feed both the sheet and the pane's top findings: computed once.
  const facts = retroFacts(analysis);
  return {
    status: 'analysed',
    plan: planWorkbook(ingested, analysis, locale, facts, { nextPlan }),
    verdict: analysis.verdict,
    findings: topFindings(facts),
    rejectedRows: ingested.rejected.length,
  };
}

/** Runs the engine on the calling thread: for tests, the CLI-like hosts and browsers without Worker. */
export const inlineRunner: EngineRunner = {
  async scan(tables, options, call) {
    if (call?.signal?.aborted) throw new EngineCancelled();
    return scanTables(tables, options);
  },
  async analyzeAndPlan(tables, options, locale, call, nextPlan) {
    if (call?.signal?.aborted) throw new EngineCancelled();
    return analyzeAndPlanTables(tables, options, locale, call?.onProgress, nextPlan);
  },
};

// ── The worker protocol ─────────────────────────────────────────────────────────────────────────────────

/** Main thread → worker. A job's tables arrive as `table` then `rows` messages, then one `run`. */
export type EngineRequest =
  | {
      readonly kind: 'table';
      readonly job: number;
      readonly source: RawTable['source'];
      readonly header: readonly CellValue[];
    }
  | { readonly kind: 'rows'; readonly job: number; readonly rows: readonly (readonly CellValue[])[] }
  | { readonly kind: 'scan'; readonly job: number; readonly options: IngestOptions }
  | {
      readonly kind: 'analyzeAndPlan';
      readonly job: number;
      readonly options: IngestOptions;
      readonly locale: Locale;
      readonly nextPlan?: NextPlanOptions;
    };

/** Worker → main thread. `ready` is posted once the worker's module has loaded. */
export type EngineReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'progress'; readonly job: number; readonly progress: EngineProgress }
  | { readonly kind: 'scanned'; readonly job: number; readonly scan: WorkbookScan }
  | { readonly kind: 'analysed'; readonly job: number; readonly analysis: EngineAnalysis }
  | {
      readonly kind: 'failed';
      readonly job: number;
      readonly message: string;
      /** The caught error's name (RangeError, InternalError…): tells memory exhaustion apart. */
      readonly name?: string;
    };

/** The worker as the runner sees it; the task pane adapts a DOM Worker to it (src/excel stays DOM-free). */
export interface EngineWorker {
  post(request: EngineRequest): void;
  /** `onError`: the worker itself failed (did not load, or crashed), not a failed run. */
  listen(onReply: (reply: EngineReply) => void, onError: (message: string) => void): void;
  terminate(): void;
}

/** About this many cells per `rows` message: a structured clone of a few tens of ms on the main thread. */
export const SLICE_CELLS = 200_000;

/** Lets the event loop run (paint, input) between two slices. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The engine in a Web Worker, started on the first call by `start` and reused. Runs are queued, one at a
 * time; an aborted run terminates the worker (a fresh one serves the next run). If the worker fails before
 * it ever answered (it could not load), this and every later run fall back to `fallback`. Otherwise a run
 * never hangs and never rejects with a bare error: a throw, a crash, memory exhaustion or a silence past
 * `silenceLimit` rejects with EngineFailed, and a crashed or silent worker is replaced on the next run.
 */
export function createWorkerRunner(
  start: () => Promise<EngineWorker>,
  fallback: EngineRunner = inlineRunner,
): EngineRunner {
  let worker: Promise<EngineWorker> | null = null;
  let everAnswered = false;
  let broken = false;
  let nextJob = 1;
  let queue: Promise<unknown> = Promise.resolve();
  /** The job in the worker now, to settle when the worker replies or dies. */
  let active: { job: number; onReply: (r: EngineReply) => void; onError: (m: string) => void } | null = null;

  function ensureWorker(): Promise<EngineWorker> {
    if (worker) return worker;
    worker = start().then((w) => {
      w.listen(
        (reply) => {
          // A worker that loaded and then died (out of memory on a run) must not fall back to running
          // the same run on the pane's thread: only a worker that never loaded is `broken`.
          everAnswered = true;
          if (reply.kind !== 'ready' && active?.job === reply.job) active.onReply(reply);
        },
        (message) => {
          if (!everAnswered) broken = true;
          stop();
          active?.onError(message);
        },
      );
      return w;
    });
    return worker;
  }

  function stop(): void {
    const dying = worker;
    worker = null;
    void dying?.then((w) => w.terminate()).catch(() => undefined);
  }

  async function send(
    w: EngineWorker,
    job: number,
    tables: readonly RawTable[],
    call: EngineCall | undefined,
  ): Promise<void> {
    const totalRows = tables.reduce((n, t) => n + t.rows.length, 0);
    let sent = 0;
    for (const table of tables) {
      w.post({ kind: 'table', job, source: table.source, header: table.header });
      const step = Math.max(1, Math.floor(SLICE_CELLS / Math.max(1, table.header.length)));
      for (let start = 0; start < table.rows.length; start += step) {
        if (call?.signal?.aborted) throw new EngineCancelled();
        w.post({ kind: 'rows', job, rows: table.rows.slice(start, start + step) });
        sent += Math.min(step, table.rows.length - start);
        call?.onProgress?.({ phase: 'sending', fraction: totalRows > 0 ? sent / totalRows : 1 });
        await yieldToEventLoop();
      }
    }
  }

  function run<T>(
    tables: readonly RawTable[],
    request: (job: number) => EngineRequest,
    pick: (reply: EngineReply) => T | undefined,
    inline: () => Promise<T>,
    call: EngineCall | undefined,
  ): Promise<T> {
    const job = nextJob++;
    const task = async (): Promise<T> => {
      if (call?.signal?.aborted) throw new EngineCancelled();
      if (broken) return inline();
      const w = await ensureWorker().catch(() => null);
      if (w === null) {
        broken = true;
        worker = null;
        return inline();
      }
      const cells = tables.reduce((n, t) => n + t.rows.length * Math.max(1, t.header.length), 0);
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      let armWatchdog = (): void => undefined;
      const outcome = new Promise<T>((resolve, reject) => {
        const onAbort = () => {
          settle();
          stop();
          reject(new EngineCancelled());
        };
        call?.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
          clearTimeout(watchdog);
          armWatchdog = () => undefined;
          call?.signal?.removeEventListener('abort', onAbort);
          if (active?.job === job) active = null;
        };
        armWatchdog = () => {
          clearTimeout(watchdog);
          watchdog = setTimeout(() => {
            settle();
            stop();
            const limit = silenceLimit(cells);
            reject(new EngineFailed('silent', `no message from the worker for ${limit} ms`, limit));
          }, silenceLimit(cells));
        };
        active = {
          job,
          onReply: (reply) => {
            if (reply.kind === 'progress') {
              armWatchdog();
              return call?.onProgress?.(reply.progress);
            }
            settle();
            if (reply.kind === 'failed') {
              const failure = failureOf(reply.message, reply.name);
              // A worker that ran out of memory may hold on to it: the next run gets a fresh one.
              if (failure === 'memory') stop();
              return reject(new EngineFailed(failure, reply.message));
            }
            const value = pick(reply);
            if (value === undefined) reject(new EngineFailed('crashed', `unexpected reply "${reply.kind}"`));
            else resolve(value);
          },
          onError: (message) => {
            settle();
            if (broken) inline().then(resolve, reject);
            else reject(new EngineFailed(failureOf(message) === 'memory' ? 'memory' : 'crashed', message));
          },
        };
      });
      try {
        await send(w, job, tables, call);
      } catch (error) {
        outcome.catch(() => undefined);
        if (active?.job === job) active = null;
        // Abandon the job: a fresh worker (without its half-sent tables) serves the next run.
        stop();
        if (error instanceof EngineCancelled) throw error;
        throw new EngineFailed('crashed', error instanceof Error ? error.message : String(error));
      }
      // A post can throw (DataCloneError); the run then fails like a crash instead of hanging.
      try {
        w.post(request(job));
      } catch (error) {
        active?.onError(error instanceof Error ? error.message : String(error));
        stop();
        return outcome;
      }
      armWatchdog();
      return outcome;
    };
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    scan(tables, options, call) {
      return run(
        tables,
        (job) => ({ kind: 'scan', job, options }),
        (reply) => (reply.kind === 'scanned' ? reply.scan : undefined),
        () => fallback.scan(tables, options, call),
        call,
      );
    },
    analyzeAndPlan(tables, options, locale, call, nextPlan) {
      return run(
        tables,
        (job) => ({ kind: 'analyzeAndPlan', job, options, locale, ...(nextPlan ? { nextPlan } : {}) }),
        (reply) => (reply.kind === 'analysed' ? reply.analysis : undefined),
        () => fallback.analyzeAndPlan(tables, options, locale, call, nextPlan),
        call,
      );
    },
  };
}
