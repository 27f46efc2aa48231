import type { SheetKey, WorkbookPlan } from '../core/plan/types';
import { SHEET_MARK_KEY } from '../core/plan/types';
import { isCancelled, type CancelSignal } from './cancel';
import { isSizeLimitError } from './errors';
import type { ExcelHost } from './host';
import { inspectWorkbook } from './inspect';
import { layoutPlan, type Layout, type SheetLayout } from './layout';
import type { SavedNote } from './notes';
import { Session } from './session';
import { sheetSteps } from './sheetSteps';
import { packUnits, splitUnit, type Unit } from './units';
import { queueUnit, suspendUntilSync, type Capabilities, type SheetJob } from './sheetWriter';
import type { WriteWarning } from './writeWarnings';

export interface WriteProgress {
  /** The sheet being written, as it will be named. */
  readonly sheet: string;
  /** 1-based: writing sheet `index` of `total`. */
  readonly index: number;
  readonly total: number;
}

export interface WriteOptions {
  readonly onProgress?: (progress: WriteProgress) => void;
  /** Checked between sheets. A cancelled run leaves the workbook as it found it. */
  readonly signal?: CancelSignal;
}

export interface WriteResult {
  readonly status: 'complete' | 'cancelled';
  /** Each planned sheet's name in the workbook (differs from the plan only when a user's sheet had it). */
  readonly sheetNames: Readonly<Partial<Record<SheetKey, string>>>;
  /** Note cells that got back what the analyst had written. */
  readonly notesRestored: number;
  /** Notes the analyst wrote under ids the new plan no longer has: shown to them, never dropped silently. */
  readonly orphanNotes: readonly SavedNote[];
  readonly warnings: readonly WriteWarning[];
  readonly syncs: number;
}

/**
 * Applies a workbook plan with a bounded number of syncs:
 *
 *   inspect (2 syncs) ─▶ set aside (1) ─▶ per sheet: its units (1 each, usually 1) ─▶ commit (1)
 *
 * - inspect: sheets, Fupan's marks, names, tables and the analyst's note values (from `values`).
 * - set aside: Fupan's old sheets and their tables get temporary names; the new sheets are added, marked
 *   with SHEET_MARK_KEY, coloured and gridline-set. Nothing the user made is touched.
 * - per sheet: values, formats, widths, merges, freeze, tables, conditional formats, charts, links and the
 *   notes, in as few syncs as the payload limit allows (a unit refused as too large is halved and retried).
 * - commit: old sheets and stale names deleted, named ranges and note names added, the plan's sheet
 *   activated, the workbook recalculated (calculation was suspended while writing).
 * Cancellation is checked between sheets; a cancelled or failed run deletes the new sheets and puts the
 * old ones back under their names.
 */
export async function writePlan(
  host: ExcelHost,
  plan: WorkbookPlan,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const caps: Capabilities = { api19: host.isSetSupported('1.9') };
  const runOptions = host.isSetSupported('1.20')
    ? { delayForCellEdit: true, mergeUndoGroup: true }
    : { delayForCellEdit: true };
  return host.run(runOptions, async (context) => {
    const session = new Session(context);
    const found = await inspectWorkbook(session);
    const layout = layoutPlan(plan, found);
    const result = (status: WriteResult['status']): WriteResult => ({
      status,
      sheetNames: Object.fromEntries(layout.sheets.map((s) => [s.key, s.name])),
      notesRestored: status === 'complete' ? layout.restoredNotes : 0,
      orphanNotes: layout.orphanNotes,
      warnings: layout.warnings,
      syncs: session.syncs,
    });
    if (isCancelled(options.signal)) return result('cancelled');

    try {
      await setAside(session, layout, caps);
      for (const [i, sheet] of layout.sheets.entries()) {
        if (isCancelled(options.signal)) {
          await rollBack(session, layout);
          return result('cancelled');
        }
        options.onProgress?.({ sheet: sheet.name, index: i + 1, total: layout.sheets.length });
        await writeSheet(session, sheet, caps);
      }
      await commit(session, layout);
    } catch (error) {
      await rollBack(session, layout).catch(() => undefined);
      throw error;
    }
    return result('complete');
  });
}

async function setAside(session: Session, layout: Layout, caps: Capabilities): Promise<void> {
  const { context } = session;
  const sheets = context.workbook.worksheets;
  suspendUntilSync(context, caps);
  for (const old of layout.aside) {
    const sheet = sheets.getItem(old.name);
    sheet.name = old.temp;
    for (const table of old.tables) sheet.tables.getItem(table.name).name = table.temp;
  }
  for (const planned of layout.sheets) {
    const sheet = sheets.add(planned.name);
    sheet.customProperties.add(SHEET_MARK_KEY, planned.key);
    if (planned.plan.tabColor !== undefined) sheet.tabColor = planned.plan.tabColor;
    sheet.showGridlines = planned.plan.showGridlines;
    const print = planned.plan.print;
    // Page layout is ExcelApi 1.9, within the declared 1.12 minimum but checked like screen updating.
    if (print && caps.api19) {
      sheet.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      if (print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    }
  }
  await session.sync();
}

async function writeSheet(session: Session, sheet: SheetLayout, caps: Capabilities): Promise<void> {
  const steps = sheetSteps(sheet.plan);
  const job: SheetJob = {
    name: sheet.name,
    plan: sheet.plan,
    tableNames: sheet.tableNames,
    notes: sheet.notes,
    links: steps.links,
  };
  const queue: Unit[] = packUnits(steps.steps);
  while (queue.length > 0) {
    const unit = queue.shift() as Unit;
    queueUnit(session.context, job, unit, caps);
    try {
      await session.sync();
    } catch (error) {
      const halves = isSizeLimitError(error) ? splitUnit(unit) : undefined;
      if (!halves) throw error;
      queue.unshift(...halves);
    }
  }
}

async function commit(session: Session, layout: Layout): Promise<void> {
  const { context } = session;
  const { worksheets, names } = context.workbook;
  for (const old of layout.aside) worksheets.getItem(old.temp).delete();
  for (const name of layout.namesToDelete) names.getItem(name).delete();
  for (const item of layout.namesToAdd) {
    names.add(item.name, worksheets.getItem(item.sheet).getRange(item.range), item.comment);
  }
  if (layout.sheets.length > 0) worksheets.getItem(layout.activeSheet).activate();
  context.workbook.application.calculate('Recalculate');
  await session.sync();
}

/**
 * Deletes what this run added and gives Fupan's old sheets (and their tables) their names back. It reads
 * the workbook first, so it also undoes a set-aside that failed half-way (a batch stops at its first error).
 */
async function rollBack(session: Session, layout: Layout): Promise<void> {
  const { worksheets } = session.context.workbook;
  const sheets = worksheets.load('items/name');
  await session.sync();
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const asideDone = layout.aside.filter((old) => present.has(old.temp.toLowerCase()));
  const stillOld = new Set(
    layout.aside.filter((old) => !present.has(old.temp.toLowerCase())).map((old) => old.name.toLowerCase()),
  );
  const tables = asideDone.map((old) => worksheets.getItem(old.temp).tables.load('items/name'));
  await session.sync();
  for (const planned of layout.sheets) {
    const name = planned.name.toLowerCase();
    if (present.has(name) && !stillOld.has(name)) worksheets.getItem(planned.name).delete();
  }
  asideDone.forEach((old, i) => {
    const sheet = worksheets.getItem(old.temp);
    sheet.name = old.name;
    const temps = new Set((tables[i]?.items ?? []).map((t) => t.name.toLowerCase()));
    for (const table of old.tables) {
      if (temps.has(table.temp.toLowerCase())) sheet.tables.getItem(table.temp).name = table.name;
    }
  });
  await session.sync();
}
