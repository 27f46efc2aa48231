import type { RawTable } from '../../src/core/model/raw';
import { generateSampleCampaign } from '../../src/core/sample/generateSampleCampaign';
import {
  EngineCancelled,
  createWorkerRunner,
  inlineRunner,
  SLICE_CELLS,
  type EngineProgress,
  type EngineReply,
  type EngineRequest,
  type EngineWorker,
} from '../../src/excel/engineRunner';
import { createExcelFupanHost } from '../../src/excel/fupanHost';
import { HostError, type Progress, type UserChoices } from '../../src/port/hostPort';
import { FakeExcel } from '../support/excelFake/fakeExcel';

const choices: UserChoices = { locale: 'en-US', tables: [], campaign: {}, targets: [] };
const sample = generateSampleCampaign({ locale: 'en-US' });
const tables: readonly RawTable[] = sample.sheets.map((s) => s.table);

interface WorkerScope {
  postMessage(message: EngineReply): void;
  onmessage: ((event: { data: EngineRequest }) => void) | null;
}

/**
 * src/taskpane/engine.worker.ts itself, loaded with a stand-in `self`, behind the runner's port: messages
 * are structured-cloned and delivered on later turns, as between threads.
 */
async function inProcessWorker(log: {
  requests: EngineRequest[];
  terminated: number;
}): Promise<EngineWorker> {
  let onReply: (reply: EngineReply) => void = () => undefined;
  let alive = true;
  const scope: WorkerScope = {
    postMessage: (reply) => {
      const copy = structuredClone(reply);
      setTimeout(() => alive && onReply(copy), 0);
    },
    onmessage: null,
  };
  const previous = (globalThis as { self?: unknown }).self;
  (globalThis as { self?: unknown }).self = scope;
  await jest.isolateModulesAsync(async () => {
    await import('../../src/taskpane/engine.worker');
  });
  (globalThis as { self?: unknown }).self = previous;
  return {
    post(request) {
      log.requests.push(request);
      const copy = structuredClone(request);
      setTimeout(() => alive && scope.onmessage?.({ data: copy }), 0);
    },
    listen(reply) {
      onReply = reply;
    },
    terminate() {
      alive = false;
      log.terminated++;
    },
  };
}

describe('the engine runner', () => {
  it('gives the same scan and plan in a worker as in-process, the rows sent in bounded slices', async () => {
    const log = { requests: [] as EngineRequest[], terminated: 0 };
    const runner = createWorkerRunner(() => inProcessWorker(log));
    const options = { tables: [], campaign: {} };

    expect(await runner.scan(tables, options)).toEqual(await inlineRunner.scan(tables, options));
    const progress: EngineProgress[] = [];
    const inWorker = await runner.analyzeAndPlan(tables, options, 'en-US', {
      onProgress: (p) => progress.push(p),
    });
    expect(inWorker).toEqual(await inlineRunner.analyzeAndPlan(tables, options, 'en-US'));
    expect(inWorker.status).toBe('analysed');

    // Every rows message stays near SLICE_CELLS cells: the 50,000 × 20 orders go in several.
    let width = 0;
    let slices = 0;
    for (const request of log.requests) {
      if (request.kind === 'table') width = request.header.length;
      if (request.kind !== 'rows') continue;
      slices++;
      expect(request.rows.length * width).toBeLessThanOrEqual(SLICE_CELLS + width);
    }
    expect(slices).toBeGreaterThanOrEqual(5);
    expect(progress.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['sending', 'analysing', 'planning']),
    );
    expect(log.terminated).toBe(0);
  });

  it('terminates the worker on cancel, and serves the next run from a fresh one', async () => {
    const log = { requests: [] as EngineRequest[], terminated: 0 };
    let started = 0;
    const runner = createWorkerRunner(async () => {
      started++;
      return inProcessWorker(log);
    });
    const controller = new AbortController();
    const run = runner.analyzeAndPlan(tables, { tables: [], campaign: {} }, 'en-US', {
      signal: controller.signal,
      onProgress: (p) => p.phase === 'sending' && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(EngineCancelled);
    expect(log.terminated).toBe(1);
    const scan = await runner.scan(tables, { tables: [], campaign: {} });
    expect(scan.tables.length).toBeGreaterThan(0);
    expect(started).toBe(2);
  });

  it('falls back to running in-process when the worker cannot start', async () => {
    const runner = createWorkerRunner(() => Promise.reject(new Error('no worker here')));
    const scan = await runner.scan(tables, { tables: [], campaign: {} });
    expect(scan.tables.map((t) => t.kind)).toContain('orders');
  });

  it('falls back to running in-process when the worker dies before it ever answered', async () => {
    const runner = createWorkerRunner(async () => {
      let onError: (message: string) => void = () => undefined;
      return {
        post: () => setTimeout(() => onError('script failed to load'), 0),
        listen: (_reply, error) => {
          onError = error;
        },
        terminate: () => undefined,
      };
    });
    const scan = await runner.scan(tables, { tables: [], campaign: {} });
    expect(scan.tables.map((t) => t.kind)).toContain('orders');
  });

  it('lets the Excel host generate through a worker and report cancellation as the pane expects', async () => {
    const excel = new FakeExcel();
    const log = { requests: [] as EngineRequest[], terminated: 0 };
    const host = createExcelFupanHost(
      excel.host,
      'en-US',
      createWorkerRunner(() => inProcessWorker(log)),
    );
    await host.insertSample('en-US');
    const progress: Progress[] = [];
    const summary = await host.generate(
      { ...choices, budgetBound: 0.1 },
      (p) => progress.push(p),
      new AbortController().signal,
    );
    // The pane's budget bound travels to the engine with the request.
    const request = log.requests.find((r) => r.kind === 'analyzeAndPlan');
    expect(request).toMatchObject({ nextPlan: { budgetBounds: { all: 0.1 } } });
    expect(summary.verdict).toBe('basic_success');
    expect(summary.findings.length).toBe(3);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(new Set(progress.map((p) => p.step))).toEqual(
      new Set(['reading', 'analysing', 'writing', 'done']),
    );

    const controller = new AbortController();
    const cancelled = host.generate(
      choices,
      (p) => p.step === 'analysing' && controller.abort(),
      controller.signal,
    );
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    await expect(cancelled).rejects.toBeInstanceOf(HostError);
  });

  it('gives the budget bound to the plan: its Bound column follows the request', async () => {
    // A smaller campaign than the host tests': the bound is a plan setting, not a matter of size.
    const small = generateSampleCampaign({ locale: 'en-US', orders: 6000 }).sheets.map((x) => x.table);
    const bounds = async (nextPlan?: { budgetBounds: { all: number } }) => {
      const result = await inlineRunner.analyzeAndPlan(
        small,
        { tables: [], campaign: {} },
        'en-US',
        {},
        nextPlan,
      );
      if (result.status !== 'analysed') throw new Error(result.status);
      const sheet = result.plan.sheets.find((x) => x.key === 'nextPlan')!;
      const header = sheet.blocks.find((b) => b.cells[0]?.includes('Bound'))!;
      const col = header.cells[0]!.indexOf('Bound');
      // The budget table's rows: the blocks right under its header, up to the first gap (other tables follow).
      const rows = sheet.blocks
        .filter((b) => b.row > header.row && b.col === header.col)
        .sort((a, b) => a.row - b.row);
      const table = rows.filter((b, i) => b.row === header.row + 1 + i);
      return table.map((b) => b.cells[0]![col]).filter((v) => typeof v === 'number');
    };
    expect(new Set(await bounds())).toEqual(new Set([0.3]));
    expect(new Set(await bounds({ budgetBounds: { all: 0.1 } }))).toEqual(new Set([0.1]));
  });
});
