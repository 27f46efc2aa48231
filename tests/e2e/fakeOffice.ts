/**
 * The browser script the end-to-end test serves in place of Office's CDN office.js: the globals the task
 * pane and src/excel use (`Office.onReady`, `Office.HostType`, `Office.context.displayLanguage`,
 * `Office.context.requirements.isSetSupported`, `Excel.run`), backed by the in-memory Excel fake
 * (tests/support/excelFake) holding an empty workbook. The test sets `window.__fupanDisplayLanguage` (and
 * `__fupanSyncLatencyMs`, and optionally `__fupanSetup` to fill the workbook first) before this script runs,
 * and inspects the workbook through `window.__fupanExcel` and the `Excel.run` calls through `window.__fupanRuns`.
 */
import type { HostRunOptions } from '../../src/excel/host';
import { FakeExcel } from '../support/excelFake/fakeExcel';

interface E2EGlobals {
  __fupanDisplayLanguage?: string;
  /** How long each context.sync() takes, in ms: a round trip to Excel. The test may change it at any time. */
  __fupanSyncLatencyMs?: number;
  __fupanExcel?: FakeExcel;
  /** Called with the new workbook before the pane starts: a test's own sheets (a million-row one, say). */
  __fupanSetup?: (excel: FakeExcel) => void;
  __fupanRuns?: RunRecord[];
}

/** One `Excel.run` as the page timed it (`performance.now()`), to tell the pane's phases apart. */
export interface RunRecord {
  readonly options: HostRunOptions;
  readonly start: number;
  end?: number;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

const globals = globalThis as typeof globalThis & E2EGlobals;
const displayLanguage = globals.__fupanDisplayLanguage ?? 'en-US';

/** A new workbook, as Excel opens one: a single empty sheet. */
const excel = new FakeExcel();
excel.addSheet('Sheet1');
globals.__fupanSetup?.(excel);
const runs: RunRecord[] = [];

/** A later turn of the event loop, as a round trip to Excel is: the page can paint and take clicks. */
const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Each context.sync() of the batch is a round trip (the fake alone settles on microtasks). */
function withRoundTrips(context: Excel.RequestContext): Excel.RequestContext {
  const sync = context.sync.bind(context);
  return Object.assign(context, {
    sync: async <T>(passThroughValue?: T) => {
      await later(globals.__fupanSyncLatencyMs ?? 0);
      await sync();
      return passThroughValue as T;
    },
  });
}

function run<T>(optionsOrBatch: HostRunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T> {
  const options = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch;
  const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch;
  if (batch === undefined) return Promise.reject(new Error('Excel.run needs a batch function'));
  const record: RunRecord = { options: { ...options }, start: performance.now() };
  runs.push(record);
  const done = excel.host.run(options, (context) => batch(withRoundTrips(context)));
  const ended = () => {
    record.end = performance.now();
  };
  done.then(ended, ended);
  return done;
}

const HostType = { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' } as const;

const office = {
  HostType,
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  context: {
    displayLanguage,
    contentLanguage: displayLanguage,
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        name === 'ExcelApi' && excel.host.isSetSupported(version ?? '1.1'),
    },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: HostType.Excel, platform: 'OfficeOnline' };
    return later(0).then(() => {
      callback?.(info);
      return info;
    });
  },
};

Object.assign(globalThis, { Office: office, Excel: { run }, __fupanExcel: excel, __fupanRuns: runs });
