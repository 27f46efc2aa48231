import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { CHROMIUM, CHROMIUM_PATH, missingTools } from '../../support/systemTools';

/** Where the e2e project's global setup publishes its browser for the suites' workers. */
const ENDPOINT = 'FUPAN_E2E_CHROMIUM_WS';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const started = globalThis as { fupanChromium?: BrowserServer };

/**
 * jest globalSetup of the e2e project: one headless Chromium for every e2e suite of the run; each pane gets a
 * fresh context in it (its own profile, storage and cache). Nothing when Chromium is missing: the suites then
 * skip or fail, saying why (tests/support/systemTools.ts).
 */
export async function startSharedChromium(): Promise<void> {
  if (missingTools([CHROMIUM]) !== null) return;
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  started.fupanChromium = server;
  process.env[ENDPOINT] = server.wsEndpoint();
}

/** jest globalTeardown of the e2e project. */
export async function stopSharedChromium(): Promise<void> {
  await started.fupanChromium?.close();
  delete process.env[ENDPOINT];
}

let browser: Promise<Browser> | undefined;

/** The run's shared Chromium, or one launched for this suite when the global setup did not run. */
export function sharedChromium(): Promise<Browser> {
  const endpoint = process.env[ENDPOINT];
  browser ??= endpoint
    ? chromium.connect(endpoint)
    : chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  return browser;
}

/** Disconnects this suite from the shared browser (or closes its own). */
export async function releaseChromium(): Promise<void> {
  const opened = browser;
  browser = undefined;
  await (await opened)?.close();
}
