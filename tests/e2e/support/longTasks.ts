import type { Page } from 'playwright-core';
import type { RunRecord } from '../fakeOffice';

/** A main-thread task of 50 ms or more, as Chromium's Long Tasks API reports it (ms since page start). */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

interface LongTaskGlobals {
  __fupanLongTasks?: LongTask[];
  __fupanRuns?: RunRecord[];
}

/** Starts collecting long tasks in the page (buffered: those since the page started count too). */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const globals = window as unknown as LongTaskGlobals;
    if (globals.__fupanLongTasks) return;
    const tasks: LongTask[] = [];
    globals.__fupanLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock (`performance.now()`), to mark the start of a step. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The long tasks seen so far, after letting the observer deliver the latest ones. */
export async function longTasks(page: Page): Promise<readonly LongTask[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return [...((window as unknown as LongTaskGlobals).__fupanLongTasks ?? [])];
  });
}

/** Every `Excel.run` the pane made, timed by the page. */
export async function excelRuns(page: Page): Promise<readonly RunRecord[]> {
  return page.evaluate(() => [...((window as unknown as LongTaskGlobals).__fupanRuns ?? [])]);
}

/**
 * Generate's analysis phase as the page saw it: from the end of the workbook read (the first `Excel.run`
 * after `since`) to the start of the next `Excel.run` (the write). The pane's own work lies in between:
 * handing the tables to the engine, analysing, planning.
 */
export function analysisWindow(runs: readonly RunRecord[], since: number): { start: number; end: number } {
  const after = runs.filter((r) => r.start >= since);
  const [read, write] = after;
  if (read?.end === undefined || write === undefined)
    throw new Error(`No read and write Excel.run after ${since} ms: ${JSON.stringify(after)}`);
  return { start: read.end, end: write.start };
}

/** The long tasks that ran, at least in part, within `window`. */
export function tasksWithin(tasks: readonly LongTask[], window: { start: number; end: number }): LongTask[] {
  return tasks.filter((t) => t.start < window.end && t.start + t.duration > window.start);
}

export const longest = (tasks: readonly LongTask[]): number => Math.max(0, ...tasks.map((t) => t.duration));
