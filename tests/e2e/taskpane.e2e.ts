import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Locale } from '../../src/core/locale';
import { CHROMIUM, describeWith } from '../support/systemTools';
import { openPane, PANE_VIEWPORT, SYNC_LATENCY_MS } from './support/openPane';
import { serveTaskPane, type ServedTaskPane } from './support/servedTaskPane';
import { releaseChromium } from './support/sharedChromium';
import { waitForView, workbookView } from './support/workbookView';

/**
 * The production task pane in headless Chromium at the pane's width, with the in-memory Excel served as
 * Office.js: empty workbook → sample campaign → detect → ignore a table and bring it back → generate →
 * results → open a sheet, in both display languages. Screenshots of each step go to tests/e2e/screenshots/.
 */

const SCREENSHOTS = path.join(__dirname, 'screenshots');
const TEST_TIMEOUT_MS = 180_000;
const GENERATE_TIMEOUT_MS = 150_000;
/** The round trip of a slow Excel on the web, used while generating. */
const SLOW_SYNC_MS = 250;

interface LocaleText {
  readonly emptyRegion: string;
  readonly insert: string;
  readonly detectRegion: string;
  /** Recognised tables as the pane titles them: kind · sheet. */
  readonly tables: readonly string[];
  /** The table the test ignores and brings back: its item title, its ignored-list title, its kind. */
  readonly ignored: { readonly item: string; readonly listed: string; readonly kind: string };
  readonly readAs: string;
  readonly ignore: string;
  readonly automatic: string;
  readonly ignoredHeading: string;
  readonly missingHeading: string;
  readonly campaignRegion: string;
  readonly generateRegion: string;
  readonly generate: string;
  readonly readingStep: string;
  readonly writingStep: string;
  readonly cancel: string;
  readonly resultsRegion: string;
  readonly verdict: string;
  readonly openProblem: string;
  readonly sourceSheets: readonly string[];
  readonly fupanSheets: readonly string[];
  readonly retroSheet: string;
  /** The sheet link the test clicks (not the sheet Generate leaves active). */
  readonly open: string;
}

const TEXT: Readonly<Record<Locale, LocaleText>> = {
  'en-US': {
    emptyRegion: 'No campaign data found',
    insert: 'Insert sample campaign',
    detectRegion: '1. Data found',
    tables: [
      'Orders · Orders',
      'Traffic · Traffic',
      'Spend · Spend',
      'Targets · Targets',
      'Campaign calendar · Campaign',
      'Customers · Customers',
      'Inventory · Inventory',
      'Touchpoints · Touchpoints',
    ],
    ignored: { item: 'Touchpoints · Touchpoints', listed: 'Touchpoints · Touchpoints', kind: 'Touchpoints' },
    readAs: 'Read as',
    ignore: 'Ignore this table',
    automatic: 'Detect automatically',
    ignoredHeading: 'Ignored tables',
    missingHeading: 'More data unlocks more',
    campaignRegion: '2. Campaign',
    generateRegion: '3. Generate',
    generate: 'Generate retro',
    readingStep: 'Reading the data',
    writingStep: 'Writing the sheets',
    cancel: 'Cancel',
    resultsRegion: 'Results',
    verdict: 'Basic success',
    openProblem: 'Could not open the sheet',
    sourceSheets: [
      'Orders',
      'Traffic',
      'Spend',
      'Targets',
      'Campaign',
      'Customers',
      'Inventory',
      'Touchpoints',
    ],
    fupanSheets: [
      'Fupan Overview',
      'Fupan Trend',
      'Fupan Channels & ROI',
      'Fupan Funnel',
      'Fupan Customers',
      'Fupan Diagnostics',
      'Fupan Data Quality',
      'Fupan Retro',
      'Fupan Next plan',
    ],
    retroSheet: 'Fupan Retro',
    open: 'Fupan Channels & ROI',
  },
  'zh-CN': {
    emptyRegion: '没有找到活动数据',
    insert: '插入示例活动',
    detectRegion: '1. 识别到的数据',
    tables: [
      '订单 · 订单',
      '流量 · 流量',
      '投放花费 · 投放',
      '目标 · 目标',
      '活动节奏 · 活动信息',
      '客户 · 用户',
      '库存 · 库存',
      '触点 · 触点',
    ],
    ignored: { item: '触点 · 触点', listed: '触点 · Touchpoints', kind: '触点' },
    readAs: '读取为',
    ignore: '忽略此表',
    automatic: '自动识别',
    ignoredHeading: '已忽略的表',
    missingHeading: '补充数据可解锁更多分析',
    campaignRegion: '2. 活动信息',
    generateRegion: '3. 生成复盘',
    generate: '生成复盘',
    readingStep: '读取数据',
    writingStep: '写入工作表',
    cancel: '取消',
    resultsRegion: '复盘结果',
    verdict: '基本成功',
    openProblem: '无法打开该工作表',
    sourceSheets: ['订单', '流量', '投放', '目标', '活动信息', '用户', '库存', '触点'],
    fupanSheets: [
      '复盘-概览',
      '复盘-趋势',
      '复盘-渠道与ROI',
      '复盘-转化漏斗',
      '复盘-客户',
      '复盘-诊断',
      '复盘-数据质量',
      '复盘-活动复盘',
      '复盘-下次计划',
    ],
    retroSheet: '复盘-活动复盘',
    open: '复盘-渠道与ROI',
  },
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An accordion header: its accessible name is the title, then the subtitle. */
const titled = (title: string) => new RegExp(`^${escapeRegExp(title)}(\\s|$)`);

/** Changes how long the fake Excel takes to answer each context.sync(). */
async function setSyncLatency(page: Page, ms: number): Promise<void> {
  await page.evaluate((latency) => Object.assign(window, { __fupanSyncLatencyMs: latency }), ms);
}

/** Waits for transitions (an accordion opening) to end; endless ones (spinners) do not count. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
}

/** A full-page screenshot, once transitions have ended unless the step is a moving one (a progress bar). */
async function screenshot(page: Page, name: string, options: { settle: boolean } = { settle: true }) {
  if (options.settle) await settled(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Nothing may scroll sideways in a 320 px pane. */
async function expectFitsPaneWidth(page: Page, step: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ step, width }).toEqual({ step, width: PANE_VIEWPORT.width });
}

/** A start and an end date side by side sit on one line at one height, whatever hint the end carries. */
async function expectDateRangesAligned(campaign: Locator): Promise<void> {
  const groups = campaign.getByRole('group');
  let ranges = 0;
  for (const group of await groups.all()) {
    const inputs = group.locator('input[type="date"]');
    if ((await inputs.count()) !== 2) continue;
    ranges++;
    const [start, end] = [await inputs.nth(0).boundingBox(), await inputs.nth(1).boundingBox()];
    const label = await group.getAttribute('aria-label');
    expect({ label, top: start?.y, height: start?.height }).toEqual({
      label,
      top: end?.y,
      height: end?.height,
    });
  }
  expect(ranges).toBeGreaterThanOrEqual(5); // period, three phases, baseline
}

/** Picks an option of a Fluent Dropdown (its listbox opens in a portal at the page's end). */
async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Waits until a rescan has finished: the section no longer says it is busy. */
async function idle(section: Locator): Promise<void> {
  await section.and(section.page().locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });
}

const describeInChromium = describeWith(CHROMIUM);

describeInChromium('the task pane in Chromium over the in-memory Excel', () => {
  let served: ServedTaskPane;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    served = await serveTaskPane('fupan-e2e-');
  }, 600_000);

  afterAll(async () => {
    await served?.close();
    await releaseChromium();
  });

  test.each<Locale>(['en-US', 'zh-CN'])(
    'inserts the sample, detects, edits a table choice, generates and opens a sheet (%s)',
    async (locale) => {
      const text = TEXT[locale];
      let mark = Date.now();
      const pane = await openPane(served.origin, served.officeScript, locale);
      const { page } = pane;
      /** Per step: milliseconds, and context.sync() calls the pane made. */
      const timings: Record<string, { ms: number; syncs: number }> = {};
      let syncs = 0;
      let workbook: unknown = null;
      const lap = async (step: string) => {
        const ms = Date.now() - mark;
        const total = (await workbookView(page)).syncs;
        timings[step] = { ms, syncs: total - syncs };
        syncs = total;
        mark = Date.now();
      };
      try {
        // ── Empty workbook: the pane offers the sample campaign. ─────────────────────────────────────
        const empty = page.getByRole('region', { name: text.emptyRegion });
        await empty.waitFor({ timeout: 30_000 });
        expect(await page.getByRole('main').getAttribute('lang')).toBe(locale);
        await lap('open');
        await screenshot(page, `${locale}-1-empty`);
        await expectFitsPaneWidth(page, 'empty');

        // ── Insert the sample: the button says it is working, then the detect step lists the tables. ─
        await empty.getByRole('button', { name: text.insert }).click();
        await screenshot(page, `${locale}-2-inserting`);
        const detect = page.getByRole('region', { name: text.detectRegion });
        await detect.waitFor({ timeout: 120_000 });
        await idle(detect);
        await lap('insertSample');
        const headers = detect.getByRole('button');
        expect(await headers.count()).toBe(text.tables.length);
        for (const table of text.tables) {
          expect(await detect.getByRole('button', { name: titled(table) }).count()).toBe(1);
        }
        const unlocks = page.getByRole('heading', { name: text.missingHeading }).locator('..');
        // The sample has no refunds table and no experiment log (its variants are on the orders).
        expect(await unlocks.getByRole('listitem').count()).toBe(2);
        await expectDateRangesAligned(page.getByRole('region', { name: text.campaignRegion }));
        await screenshot(page, `${locale}-3-detect`);
        await expectFitsPaneWidth(page, 'detect');

        // ── Open a table: its kind and one mapping dropdown per field. ───────────────────────────────
        const item = detect.getByRole('button', { name: titled(text.ignored.item) });
        await item.click();
        const panel = detect.getByRole('region', { name: titled(text.ignored.item) });
        await panel.waitFor();
        expect(await panel.getByRole('combobox').count()).toBeGreaterThan(2);
        await screenshot(page, `${locale}-4-mapping`);
        await expectFitsPaneWidth(page, 'mapping');

        // ── Ignore it: the rescan drops it, lists it as ignored and says what it unlocked. ───────────
        await choose(page, panel.getByRole('combobox', { name: text.readAs }), text.ignore);
        const ignoredItem = detect.getByRole('listitem', { name: text.ignored.listed });
        await ignoredItem.waitFor({ timeout: 60_000 });
        await idle(detect);
        await lap('ignoreRescan');
        expect(await detect.getByRole('button', { name: titled(text.ignored.item) }).count()).toBe(0);
        expect(await headers.count()).toBe(text.tables.length - 1);
        expect(await page.getByRole('heading', { name: text.ignoredHeading }).isVisible()).toBe(true);
        // Refunds, the experiment log, and now touchpoints and paths (either would give the attribution).
        expect(await unlocks.getByRole('listitem').count()).toBe(4);
        expect(await unlocks.getByRole('listitem').allTextContents()).toContainEqual(
          expect.stringContaining(text.ignored.kind),
        );
        const ignoredSaved = await waitForView(
          () => workbookView(page),
          (view) => JSON.stringify(view.settings).includes('"ignore"'),
          'the ignore choice saved in the workbook',
        );
        expect(ignoredSaved.settings).toMatchObject({
          tables: [expect.objectContaining({ kind: 'ignore' })],
        });
        await screenshot(page, `${locale}-5-ignored`);
        await expectFitsPaneWidth(page, 'ignored');

        // ── Bring it back: recognised again, and the saved choice is gone. ───────────────────────────
        await choose(page, ignoredItem.getByRole('combobox', { name: text.readAs }), text.automatic);
        await detect.getByRole('button', { name: titled(text.ignored.item) }).waitFor({ timeout: 60_000 });
        await idle(detect);
        await lap('restoreRescan');
        expect(await headers.count()).toBe(text.tables.length);
        expect(await ignoredItem.count()).toBe(0);
        expect(await unlocks.getByRole('listitem').count()).toBe(2);
        await waitForView(
          () => workbookView(page),
          (view) => !JSON.stringify(view.settings).includes('"ignore"'),
          'the ignore choice removed from the workbook',
        );

        // ── Generate: a progress bar, then the results. ──────────────────────────────────────────────
        // A slow Excel (every sync a long round trip) keeps each step on screen long enough to see it.
        await setSyncLatency(page, SLOW_SYNC_MS);
        const generate = page.getByRole('region', { name: text.generateRegion });
        await generate.getByRole('button', { name: text.generate }).click();
        const progress = generate.getByRole('progressbar');
        const fraction = async () => Number(await progress.getAttribute('aria-valuenow'));
        await generate.getByText(text.readingStep, { exact: true }).waitFor({ timeout: 30_000 });
        const whileReading = await fraction();
        await screenshot(page, `${locale}-6-reading`, { settle: false });
        await expectFitsPaneWidth(page, 'reading');
        await generate.getByText(text.writingStep, { exact: true }).waitFor({ timeout: GENERATE_TIMEOUT_MS });
        const whileWriting = await fraction();
        expect(await generate.getByRole('button', { name: text.cancel }).isEnabled()).toBe(true);
        await screenshot(page, `${locale}-7-writing`, { settle: false });
        expect(whileReading).toBeGreaterThanOrEqual(0);
        expect(whileWriting).toBeGreaterThan(whileReading);
        const results = generate.getByRole('region', { name: text.resultsRegion });
        await results.waitFor({ timeout: GENERATE_TIMEOUT_MS });
        await lap('generate (slow Excel)');
        await setSyncLatency(page, SYNC_LATENCY_MS);
        expect(await progress.count()).toBe(0);
        expect(await results.textContent()).toContain(text.verdict);
        const [findings, sheetLinks] = [results.getByRole('list').nth(0), results.getByRole('list').nth(1)];
        expect(await findings.getByRole('listitem').count()).toBe(3);
        expect(await sheetLinks.getByRole('button').allTextContents()).toEqual(text.fupanSheets);
        await screenshot(page, `${locale}-8-results`);
        await expectFitsPaneWidth(page, 'results');

        const generated = await workbookView(page);
        expect(generated.active).not.toBe(text.open);

        // ── Open a sheet from the results: Excel shows it. ───────────────────────────────────────────
        await sheetLinks.getByRole('button', { name: text.open, exact: true }).click();
        const opened = await waitForView(
          () => workbookView(page),
          (view) => view.active === text.open,
          `sheet ${text.open} activated`,
        );
        await lap('openSheet');
        expect(await page.getByRole('group', { name: text.openProblem }).count()).toBe(0);
        await screenshot(page, `${locale}-9-opened`);

        // ── The workbook: Fupan's sheets after the analyst's, each marked; the retro's note cells. ───
        expect(opened.sheets).toEqual(['Sheet1', ...text.sourceSheets, ...text.fupanSheets]);
        expect(Object.keys(opened.marked).sort()).toEqual([...text.fupanSheets].sort());
        const notes = opened.notes.filter((n) => n.sheet === text.retroSheet);
        workbook = {
          sheets: opened.sheets,
          active: opened.active,
          notes: opened.notes.map((n) => n.address),
        };
        expect(notes.length).toBeGreaterThan(0);
        // Note cells live on the retro and on the next-campaign plan (the last Fupan sheet).
        const planSheet = text.fupanSheets[text.fupanSheets.length - 1];
        expect(opened.notes.filter((n) => n.sheet !== text.retroSheet).map((n) => n.sheet)).toEqual([
          planSheet,
        ]);
        for (const note of notes) expect(note.value).toEqual(expect.any(String));

        // ── Nothing left the page, nothing failed in it. ─────────────────────────────────────────────
        expect(pane.foreignRequests).toEqual([]);
        expect(pane.pageErrors).toEqual([]);
      } finally {
        const report = {
          syncLatencyMs: SYNC_LATENCY_MS,
          generateSyncLatencyMs: SLOW_SYNC_MS,
          steps: timings,
          workbook,
        };
        await writeFile(
          path.join(SCREENSHOTS, `${locale}-timings.json`),
          `${JSON.stringify(report, null, 2)}\n`,
        );
        await pane.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
