import { localeFromLanguage, type Locale } from '../core/locale';
import { createWorkerRunner, inlineRunner, type EngineRunner } from '../excel/engineRunner';
import { createExcelFupanHost } from '../excel/fupanHost';
import { officeHost, type ExcelHost } from '../excel/host';
import { translation } from '../i18n';
import { HostError, type FupanHost } from '../port/hostPort';

/** What src/excel provides: the pane's port implemented over Office.js. */
export type ExcelFupanHostFactory = (excel: ExcelHost, displayLocale: Locale) => FupanHost;

/**
 * Where the engine runs: a Web Worker when the browser has them (the pane stays responsive on a million
 * rows), else the pane's own thread. The worker module is loaded on demand so that tests, which run the
 * sources as CommonJS without Worker, never parse its `import.meta`; webpack keeps it in the pane's bundle.
 */
export function paneEngineRunner(): EngineRunner {
  if (typeof Worker === 'undefined') return inlineRunner;
  return createWorkerRunner(() =>
    import(/* webpackMode: "eager" */ './startEngineWorker').then((m) => m.startEngineWorker()),
  );
}

/**
 * The seam to src/excel: the Office.js implementation of FupanHost. Set it to null to build a pane without
 * the Excel connection; the pane then explains, in place, that it is not connected.
 */
const EXCEL_FUPAN_HOST: ExcelFupanHostFactory | null = (excel, displayLocale) =>
  createExcelFupanHost(excel, displayLocale, paneEngineRunner());

/** Office's display language mapped onto ours; en-US when Office does not say. */
export function officeDisplayLocale(): Locale {
  const language = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  return localeFromLanguage(language);
}

/** A host whose every call fails with `error`: the pane shows it where the analyst acts. */
export function failingHost(displayLocale: Locale, error: unknown): FupanHost {
  const fail = () => Promise.reject(error);
  return {
    displayLocale,
    scan: fail,
    loadChoices: fail,
    saveChoices: fail,
    generate: fail,
    insertSample: fail,
    activateSheet: fail,
  };
}

export function notWiredError(): HostError {
  return new HostError('unsupported', translation('notWired'));
}

/**
 * The pane's host inside Excel. Call it once Office.onReady has resolved. Never throws: a missing or
 * failing Excel module becomes a host whose calls reject, so the pane can say what is wrong.
 */
export function createOfficeHost(factory: ExcelFupanHostFactory | null = EXCEL_FUPAN_HOST): FupanHost {
  const displayLocale = officeDisplayLocale();
  if (factory === null) return failingHost(displayLocale, notWiredError());
  try {
    return factory(officeHost(), displayLocale);
  } catch (error) {
    return failingHost(displayLocale, error);
  }
}
