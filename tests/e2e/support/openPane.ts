import type { Page } from 'playwright-core';
import type { Locale } from '../../../src/core/locale';
import { sharedChromium } from './sharedChromium';

/** Where taskpane.html loads Office.js from; the test answers it with the fake. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Each context.sync() answers after this long, about a round trip to Excel on the web. */
export const SYNC_LATENCY_MS = 20;

/** The task pane's width in Excel, and a tall pane so that a screenshot holds a whole step. */
export const PANE_VIEWPORT = { width: 320, height: 900 } as const;

export interface OpenPane {
  readonly page: Page;
  /** Requests the page made to anything but the add-in's server and office.js: none are expected. */
  readonly foreignRequests: readonly string[];
  /** Uncaught errors and console errors in the page. */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

export interface OpenPaneOptions {
  /** A script run in the page before anything else (e.g. one setting `window.__fupanSetup`). */
  readonly initScript?: string;
}

/**
 * A fresh context (its own profile) of the run's headless Chromium at the pane's width, in `displayLanguage`,
 * with the fake Office.js served in place of the CDN script, showing `${origin}/taskpane.html`.
 */
export async function openPane(
  origin: string,
  officeScript: string,
  displayLanguage: Locale,
  options: OpenPaneOptions = {},
): Promise<OpenPane> {
  const browser = await sharedChromium();
  const context = await browser.newContext({
    viewport: PANE_VIEWPORT,
    locale: displayLanguage,
    timezoneId: 'Asia/Shanghai',
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL)
      return route.fulfill({
        status: 200,
        contentType: 'text/javascript; charset=utf-8',
        body: officeScript,
      });
    if (url.startsWith(`${origin}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(
    ({ language, latency }) =>
      Object.assign(window, { __fupanDisplayLanguage: language, __fupanSyncLatencyMs: latency }),
    { language: displayLanguage, latency: SYNC_LATENCY_MS },
  );
  if (options.initScript !== undefined) await context.addInitScript({ content: options.initScript });

  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${origin}/taskpane.html`);

  return {
    page,
    foreignRequests,
    pageErrors,
    close: () => context.close(),
  };
}
