import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { bigOrdersSetup } from './support/bigOrders';
import {
  analysisWindow,
  excelRuns,
  longest,
  longTasks,
  observeLongTasks,
  pageNow,
  tasksWithin,
} from './support/longTasks';
import { CHROMIUM, describeWith } from '../support/systemTools';
import { openPane } from './support/openPane';
import { serveTaskPane, type ServedTaskPane } from './support/servedTaskPane';
import { releaseChromium } from './support/sharedChromium';

/**
 * The pane stays responsive while Generate analyses: no main-thread task of the production pane (in headless
 * Chromium, over the in-memory Excel) lasts longer than MAX_TASK_MS between the end of the workbook read and
 * the start of the write — the engine runs in a Web Worker and the tables reach it in slices. Observed with
 * the Long Tasks API. The desktop restarts an add-in that leaves Excel unresponsive for ~5 s; a task under
 * 200 ms keeps clicks (Cancel) and the progress bar alive.
 *
 * FUPAN_BIG_TESTS=1 adds the same check on a full 1,048,576-row orders sheet (12 columns), built in the fake as
 * a generated sheet. It takes minutes. FUPAN_BIG_ROWS overrides the row count.
 */

const MAX_TASK_MS = 200;
/**
 * A task's duration includes the time the main thread waited for a core: with jest's two workers the other
 * e2e suite or unit tests share the machine, and a busy machine stretched a 150 ms task past 200 ms. A blocking
 * task is there in every attempt; contention is not, so up to two more attempts, each logged.
 */
jest.retryTimes(2, { logErrorsBeforeRetry: true });
const BIG = process.env.FUPAN_BIG_TESTS === '1';
/** Data rows under the header: 1,048,575 fills a sheet's 1,048,576 rows. */
const BIG_ROWS = Number(process.env.FUPAN_BIG_ROWS) || 1_048_575;
const REPORT = path.join(__dirname, 'screenshots');

interface Measured {
  readonly rows: string;
  readonly generateMs: number;
  readonly analysisMs: number;
  readonly longestInAnalysisMs: number;
  readonly longestInGenerateMs: number;
  readonly tasksInAnalysis: readonly { start: number; duration: number }[];
}

/** Clicks Generate, waits for the results, and measures the long tasks of the analysis phase. */
async function measureGenerate(page: Page, rows: string, timeoutMs: number): Promise<Measured> {
  await observeLongTasks(page);
  const generate = page.getByRole('region', { name: '3. Generate' });
  const since = await pageNow(page);
  await generate.getByRole('button', { name: 'Generate retro' }).click();
  await generate.getByRole('region', { name: 'Results' }).waitFor({ timeout: timeoutMs });
  const finished = await pageNow(page);
  // The engine ran in a Web Worker started from the pane's origin.
  expect(page.workers().map((w) => new URL(w.url()).origin)).toContain(new URL(page.url()).origin);
  const [tasks, runs] = [await longTasks(page), await excelRuns(page)];
  const window = analysisWindow(runs, since);
  const inAnalysis = tasksWithin(tasks, window);
  const measured: Measured = {
    rows,
    generateMs: Math.round(finished - since),
    analysisMs: Math.round(window.end - window.start),
    longestInAnalysisMs: Math.round(longest(inAnalysis)),
    longestInGenerateMs: Math.round(longest(tasksWithin(tasks, { start: since, end: finished }))),
    tasksInAnalysis: inAnalysis.map((t) => ({
      start: Math.round(t.start),
      duration: Math.round(t.duration),
    })),
  };
  console.info(`Generate on ${rows}: ${JSON.stringify(measured)}`);
  await mkdir(REPORT, { recursive: true });
  await writeFile(
    path.join(REPORT, `responsive-${rows.replace(/\W+/g, '-')}.json`),
    `${JSON.stringify({ maxTaskMs: MAX_TASK_MS, ...measured }, null, 2)}\n`,
  );
  return measured;
}

const describeInChromium = describeWith(CHROMIUM);

describeInChromium('the task pane stays responsive while it analyses', () => {
  let served: ServedTaskPane;

  beforeAll(async () => {
    served = await serveTaskPane('fupan-e2e-responsive-');
  }, 600_000);

  afterAll(async () => {
    await served?.close();
    await releaseChromium();
  });

  test(`no main-thread task over ${MAX_TASK_MS} ms while the sample campaign is analysed`, async () => {
    const pane = await openPane(served.origin, served.officeScript, 'en-US');
    const { page } = pane;
    try {
      const empty = page.getByRole('region', { name: 'No campaign data found' });
      await empty.waitFor({ timeout: 30_000 });
      await empty.getByRole('button', { name: 'Insert sample campaign' }).click();
      const detect = page.getByRole('region', { name: '1. Data found' });
      await detect.waitFor({ timeout: 120_000 });
      await detect.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });

      const measured = await measureGenerate(page, 'the sample campaign', 150_000);
      expect(measured.longestInAnalysisMs).toBeLessThanOrEqual(MAX_TASK_MS);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  }, 240_000);

  (BIG ? test : test.skip)(
    `no main-thread task over ${MAX_TASK_MS} ms while ${BIG_ROWS.toLocaleString('en-US')} order rows are analysed (FUPAN_BIG_TESTS=1)`,
    async () => {
      const pane = await openPane(served.origin, served.officeScript, 'en-US', {
        initScript: bigOrdersSetup(BIG_ROWS),
      });
      const { page } = pane;
      try {
        const detect = page.getByRole('region', { name: '1. Data found' });
        await detect.waitFor({ timeout: 900_000 });
        await detect.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 900_000 });
        const measured = await measureGenerate(page, `${BIG_ROWS} order rows`, 1_500_000);
        expect(measured.longestInAnalysisMs).toBeLessThanOrEqual(MAX_TASK_MS);
        expect(pane.pageErrors).toEqual([]);
      } finally {
        await pane.close();
      }
    },
    3_000_000,
  );
});
