import type { Page } from 'playwright-core';
import { NOTE_NAME_PREFIX, SHEET_MARK_KEY } from '../../../src/core/plan/types';
import { SETTINGS_KEY } from '../../../src/excel/settings';
import type { FakeExcel } from '../../support/excelFake/fakeExcel';

export interface NoteCell {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly value: string | number | boolean;
}

/** The fake workbook as the test inspects it, read out of the page. */
export interface WorkbookView {
  readonly sheets: readonly string[];
  readonly active: string | null;
  /** Sheets carrying Fupan's worksheet custom property, with its value (the sheet key). */
  readonly marked: Readonly<Record<string, string>>;
  readonly notes: readonly NoteCell[];
  /** Fupan's per-workbook settings as stored, parsed; null when none. */
  readonly settings: unknown;
  /** context.sync() calls so far. */
  readonly syncs: number;
}

/** Reads the fake workbook the page's Office.js stands on (`window.__fupanExcel`). */
export function workbookView(page: Page): Promise<WorkbookView> {
  return page.evaluate(
    ({ notePrefix, markKey, settingsKey }) => {
      const excel = (window as unknown as { __fupanExcel: FakeExcel }).__fupanExcel;
      const marked: Record<string, string> = {};
      for (const sheet of excel.state.sheets) {
        const mark = sheet.customProperties.get(markKey.toLowerCase());
        if (!sheet.deleted && mark) marked[sheet.name] = mark.value;
      }
      const notes = excel.state.names
        .filter((n) => n.name.startsWith(notePrefix))
        .flatMap((n) => {
          const target = excel.nameTarget(n.name);
          if (target === undefined || target === '#REF!') return [];
          const value = excel.value(target.sheet, target.address);
          return [{ name: n.name, sheet: target.sheet, address: target.address, value }];
        });
      let settings: unknown = excel.state.settings.get(settingsKey) ?? null;
      while (typeof settings === 'string') settings = JSON.parse(settings);
      return {
        sheets: excel.sheetNames(),
        active: excel.state.activeSheet?.name ?? null,
        marked,
        notes,
        settings,
        syncs: excel.syncs.length,
      };
    },
    { notePrefix: NOTE_NAME_PREFIX, markKey: SHEET_MARK_KEY, settingsKey: SETTINGS_KEY },
  );
}

/** Polls `read` until `accept` holds, failing with the last value seen after `timeoutMs`. */
export async function waitForView<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
