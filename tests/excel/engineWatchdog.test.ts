import type { RawTable } from '../../src/core/model/raw';
import { engineFailureError } from '../../src/excel/engineFailure';
import {
  EngineCancelled,
  EngineFailed,
  ENGINE_SILENCE_MS,
  createWorkerRunner,
  failureOf,
  inlineRunner,
  silenceLimit,
  type EngineReply,
  type EngineRequest,
  type EngineWorker,
} from '../../src/excel/engineRunner';
import { createExcelFupanHost } from '../../src/excel/fupanHost';
import { HostError, type UserChoices } from '../../src/port/hostPort';
import { FakeExcel } from '../support/excelFake/fakeExcel';

/**
 * A worker that throws, crashes, runs out of memory or never answers: every run ends with an EngineFailed
 * (never a hang, never a bare Error), a dead or silent worker is replaced, and cancel always works.
 * The watchdog runs on jest's fake timers: nothing here waits for real.
 */

const tables: readonly RawTable[] = [
  {
    source: { sheet: 'Orders', headerRow: 1, firstColumn: 0 },
    header: ['订单号', '下单时间', '实付金额'],
    rows: [
      ['A1', '2024-11-11', 10],
      ['A2', '2024-11-11', 20],
    ],
  },
];
const options = { tables: [], campaign: {} };
const cells = 2 * 3;
/** When the `progressThenHang` worker reports its one progress: well inside the watchdog's bound. */
const PROGRESS_AFTER_MS = 60_000;

/** What the fake worker does with each run request (`scan` / `analyzeAndPlan`). */
type Behaviour =
  | 'answer'
  | 'throw'
  | 'throwOutOfMemory'
  | 'crash'
  | 'crashOutOfMemory'
  | 'unreadable'
  | 'hang'
  | 'progressThenHang';

interface FakeWorkers {
  readonly start: () => Promise<EngineWorker>;
  started: number;
  terminated: number;
  /** The behaviour of each successive run request, across workers; `answer` once it runs out. */
  readonly script: Behaviour[];
}

function fakeWorkers(script: Behaviour[]): FakeWorkers {
  const workers: FakeWorkers = { start, started: 0, terminated: 0, script };
  async function start(): Promise<EngineWorker> {
    workers.started++;
    let alive = true;
    let onReply: (reply: EngineReply) => void = () => undefined;
    let onError: (message: string) => void = () => undefined;
    const later = (f: () => void, ms = 0) => setTimeout(() => alive && f(), ms);
    later(() => onReply({ kind: 'ready' }));
    return {
      post(request: EngineRequest) {
        if (request.kind !== 'scan' && request.kind !== 'analyzeAndPlan') return;
        const { job } = request;
        const behaviour = workers.script.shift() ?? 'answer';
        switch (behaviour) {
          case 'answer':
            return later(() => {
              const scan = { ...emptyScan };
              onReply({ kind: 'scanned', job, scan });
            });
          case 'throw':
            return later(() =>
              onReply({
                kind: 'failed',
                job,
                message: "Cannot read properties of undefined (reading 'x')",
                name: 'TypeError',
              }),
            );
          case 'throwOutOfMemory':
            return later(() =>
              onReply({ kind: 'failed', job, message: 'Invalid array length', name: 'RangeError' }),
            );
          case 'crash':
            return later(() => onError('Uncaught TypeError: boom'));
          case 'crashOutOfMemory':
            return later(() => onError('Uncaught RangeError: Array buffer allocation failed'));
          case 'unreadable':
            return later(() => onError('a message from the engine worker could not be read'));
          case 'hang':
            return;
          case 'progressThenHang':
            return later(
              () => onReply({ kind: 'progress', job, progress: { phase: 'analysing', fraction: 0 } }),
              PROGRESS_AFTER_MS,
            );
        }
      },
      listen(reply, error) {
        onReply = reply;
        onError = error;
      },
      terminate() {
        alive = false;
        workers.terminated++;
      },
    };
  }
  return workers;
}

const emptyScan = {
  tables: [],
  unrecognised: [],
  missing: [],
  campaign: null,
  targets: [],
  warnings: [],
  headers: [],
} as unknown as Awaited<ReturnType<typeof inlineRunner.scan>>;

/** Settles `promise` while letting fake timers run; returns how it ended. */
async function outcome<T>(promise: Promise<T>, advanceMs = 0): Promise<{ value?: T; error?: unknown }> {
  const result = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await jest.advanceTimersByTimeAsync(advanceMs);
  return result;
}

let consoleError: jest.SpyInstance;
beforeEach(() => {
  jest.useFakeTimers();
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  jest.useRealTimers();
  consoleError.mockRestore();
});

describe('the engine runner when the worker fails', () => {
  it('turns a throw in the engine into EngineFailed, keeping the worker', async () => {
    const workers = fakeWorkers(['throw']);
    const runner = createWorkerRunner(workers.start);
    const { error } = await outcome(runner.scan(tables, options), 10);
    expect(error).toBeInstanceOf(EngineFailed);
    expect((error as EngineFailed).failure).toBe('error');
    expect((await outcome(runner.scan(tables, options), 10)).value).toEqual(emptyScan);
    expect(workers.started).toBe(1);
    expect(workers.terminated).toBe(0);
  });

  it('tells memory exhaustion apart, whether the engine caught it or the worker died of it', async () => {
    const workers = fakeWorkers(['throwOutOfMemory', 'crashOutOfMemory']);
    const runner = createWorkerRunner(workers.start);
    const caught = await outcome(runner.scan(tables, options), 10);
    expect((caught.error as EngineFailed).failure).toBe('memory');
    expect(workers.terminated).toBe(1);
    const died = await outcome(runner.scan(tables, options), 10);
    expect((died.error as EngineFailed).failure).toBe('memory');
    // A worker that loaded and then died is replaced by a worker, never by a run on the pane's thread.
    expect(workers.terminated).toBe(2);
    expect((await outcome(runner.scan(tables, options), 10)).value).toEqual(emptyScan);
    expect(workers.started).toBe(3);
  });

  it.each<Behaviour>(['crash', 'unreadable'])(
    'rejects a run whose worker %s with EngineFailed and serves the next from a fresh worker',
    async (behaviour) => {
      const workers = fakeWorkers([behaviour]);
      const runner = createWorkerRunner(workers.start, {
        ...inlineRunner,
        scan: () => Promise.reject(new Error('must not fall back to the pane thread')),
      });
      const { error } = await outcome(runner.scan(tables, options), 10);
      expect(error).toBeInstanceOf(EngineFailed);
      expect((error as EngineFailed).failure).toBe('crashed');
      expect(workers.terminated).toBe(1);
      expect((await outcome(runner.scan(tables, options), 10)).value).toEqual(emptyScan);
      expect(workers.started).toBe(2);
    },
  );

  it('stops a silent worker at the watchdog bound, not a millisecond before, and restarts it', async () => {
    const workers = fakeWorkers(['hang']);
    const runner = createWorkerRunner(workers.start);
    const limit = silenceLimit(cells);
    const run = outcome(runner.scan(tables, options));
    let settled = false;
    void run.then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(limit - 1);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(10);
    const { error } = await run;
    expect(error).toBeInstanceOf(EngineFailed);
    expect((error as EngineFailed).failure).toBe('silent');
    expect(workers.terminated).toBe(1);
    expect((await outcome(runner.scan(tables, options), 10)).value).toEqual(emptyScan);
    expect(workers.started).toBe(2);
  });

  it('restarts the watchdog on each progress message', async () => {
    const workers = fakeWorkers(['progressThenHang']);
    const runner = createWorkerRunner(workers.start);
    const limit = silenceLimit(cells);
    let settled = false;
    const run = outcome(runner.scan(tables, options));
    void run.then(() => (settled = true));
    // The progress arrives a minute after the request: the bound counts again from it.
    await jest.advanceTimersByTimeAsync(PROGRESS_AFTER_MS + limit - 1);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(20);
    expect(((await run).error as EngineFailed).failure).toBe('silent');
  });

  it('cancels a hung run at once, terminating its worker', async () => {
    const workers = fakeWorkers(['hang']);
    const runner = createWorkerRunner(workers.start);
    const controller = new AbortController();
    const run = outcome(runner.scan(tables, options, { signal: controller.signal }));
    await jest.advanceTimersByTimeAsync(60_000);
    controller.abort();
    const { error } = await run;
    expect(error).toBeInstanceOf(EngineCancelled);
    expect(workers.terminated).toBe(1);
    // The cancelled run's watchdog is gone: it does not fire on the next run's worker.
    expect((await outcome(runner.scan(tables, options), silenceLimit(cells) + 10)).value).toEqual(emptyScan);
    expect(workers.terminated).toBe(1);
  });

  it('bounds silence generously, and more for larger inputs', () => {
    expect(ENGINE_SILENCE_MS).toBeGreaterThanOrEqual(60_000);
    expect(silenceLimit(10_000_000)).toBeGreaterThan(silenceLimit(1_000));
    expect(failureOf('Uncaught RangeError: Invalid string length')).toBe('memory');
    expect(failureOf('out of memory')).toBe('memory');
    expect(failureOf('x is not a function')).toBe('error');
  });
});

describe('the Excel host when the worker fails', () => {
  const choices: UserChoices = { locale: 'en-US', tables: [], campaign: {}, targets: [] };

  it('reports a hung analysis as a HostError in both languages', async () => {
    const excel = new FakeExcel();
    const workers = fakeWorkers(['hang']);
    const host = createExcelFupanHost(excel.host, 'en-US', createWorkerRunner(workers.start));
    const { error } = await outcome(host.scan(choices), silenceLimit(10_000_000));
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'engine_failed' });
    const text = (error as HostError).text;
    expect(text['en-US']).toMatch(/no progress for over \d+ minutes/);
    expect(text['zh-CN']).toMatch(/超过 \d+ 分钟没有任何进展/);
  });

  it.each<[EngineFailed, RegExp, RegExp]>([
    [new EngineFailed('error', 'x is undefined'), /analysis failed/, /出错/],
    [new EngineFailed('memory', 'Invalid array length'), /more memory/, /内存/],
    [new EngineFailed('crashed', 'boom'), /stopped unexpectedly/, /意外停止/],
    [new EngineFailed('silent', 'quiet', 5 * 60_000), /over 5 minutes/, /超过 5 分钟/],
  ])('words %p for the pane', (failure, en, zh) => {
    const error = engineFailureError(failure);
    expect(error.code).toBe('engine_failed');
    expect(error.text['en-US']).toMatch(en);
    expect(error.text['zh-CN']).toMatch(zh);
    expect(error.text['en-US']).toMatch(/workbook was not changed/);
    expect(error.text['zh-CN']).toMatch(/工作簿未被修改/);
    expect(JSON.stringify(error.text)).not.toContain(failure.detail);
  });
});
