import type { SheetKey, WorkbookPlan } from '../core/plan/types';
import { SHEET_MARK_KEY } from '../core/plan/types';
import { isCancelled, type CancelSignal } from './cancel';
import { commit, type CommitProgress } from './commit';
import { isGeneralException, isSizeLimitError, isUndoNotSupported } from './errors';
import type { ExcelHost, HostRunOptions } from './host';
import { inspectWorkbook, type Inspection } from './inspect';
import { layoutPlan, type Layout, type SheetLayout } from './layout';
import { queuePageLayout } from './pageLayout';
import type { SavedNote } from './notes';
import { rollBack } from './rollBack';
import { Session, type SyncCount } from './session';
import { sheetSteps, type Step } from './sheetSteps';
import { PAYLOAD_TARGET_BYTES } from './payload';
import { DECORATIONS_ALONE_ABOVE, packUnits, splitUnit, type Unit } from './units';
import {
  queueChartSeries,
  queueUnit,
  suspendUntilSync,
  type Capabilities,
  type SheetJob,
} from './sheetWriter';
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
 * Applies a workbook plan in three kinds of Excel.run, with a bounded number of syncs:
 *
 *   structure ─ inspect (2 syncs) ─▶ set aside (1, on a re-run)
 *   content   ─ new sheets, then per sheet its units (1 each, usually 1); charts' series ride with the
 *               next unit (or take 1 more sync after the last sheet)
 *   structure ─ commit (1): names, recalculation, old sheets deleted, activation
 *
 * - inspect: sheets, Fupan's marks, names, tables and the analyst's note values (from `values`).
 * - set aside: Fupan's old sheets and their tables get temporary names. Nothing the user made is touched.
 * - content: the new sheets, marked with SHEET_MARK_KEY, then values, formats, widths, merges, freeze,
 *   tables, conditional formats, charts, links and the notes, in as few syncs as the payload limit allows
 *   (a unit refused as too large is halved and retried).
 * - commit (commit.ts): in an order that leaves one whole retro whatever fails.
 *
 * Only the content run merges its syncs into one undo step (`mergeUndoGroup`, ExcelApi 1.20): renames,
 * deletes and name comments have no undo support on some platforms and fail a merged group with
 * UndoNotSupported. Should the content still meet it, the write is rolled back and done again without
 * grouping. Cancellation is checked between sheets; a cancelled or failed run deletes the new sheets and
 * puts the old ones, their tables and names back (rollBack.ts), recalculating in every case.
 */
export async function writePlan(
  host: ExcelHost,
  plan: WorkbookPlan,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const count: SyncCount = { value: 0 };
  const grouped = host.isSetSupported('1.20');
  try {
    return await attempt(host, plan, options, count, grouped);
  } catch (error) {
    // The attempt rolled back before rethrowing: the workbook is as it was, so the write can start over.
    if (grouped && isUndoNotSupported(error)) return attempt(host, plan, options, count, false);
    throw error;
  }
}

async function attempt(
  host: ExcelHost,
  plan: WorkbookPlan,
  options: WriteOptions,
  count: SyncCount,
  grouped: boolean,
): Promise<WriteResult> {
  const caps: Capabilities = { api19: host.isSetSupported('1.9') };
  const run = <T>(runOptions: HostRunOptions, batch: (session: Session) => Promise<T>): Promise<T> =>
    host.run(runOptions, (context) => batch(new Session(context, count)));
  const structure = <T>(batch: (session: Session) => Promise<T>): Promise<T> =>
    run({ delayForCellEdit: true }, batch);
  const content = <T>(batch: (session: Session) => Promise<T>): Promise<T> =>
    run(grouped ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true }, batch);

  const progress: CommitProgress = { namesTouched: false, pastNoReturn: false };
  let found: Inspection | undefined;
  let layout: Layout | undefined;
  const warnings: WriteWarning[] = [];
  const result = (status: WriteResult['status'], laid: Layout): WriteResult => ({
    status,
    sheetNames: Object.fromEntries(laid.sheets.map((s) => [s.key, s.name])),
    notesRestored: status === 'complete' ? laid.restoredNotes : 0,
    orphanNotes: laid.orphanNotes,
    warnings: [...laid.warnings, ...warnings],
    syncs: count.value,
  });

  try {
    const started = await structure(async (session) => {
      found = await inspectWorkbook(session);
      layout = layoutPlan(plan, found);
      if (isCancelled(options.signal)) return false;
      await setAside(session, layout, caps);
      return true;
    });
    if (!layout || !found) throw new Error('The workbook inspection returned nothing.');
    if (!started) return result('cancelled', layout);
    const laid = layout;

    const written = await content(async (session) => {
      const writer = new ContentWriter(session, caps, () => addSheets(session, laid, caps));
      for (const [i, sheet] of laid.sheets.entries()) {
        if (isCancelled(options.signal)) return false;
        options.onProgress?.({ sheet: sheet.name, index: i + 1, total: laid.sheets.length });
        await writer.add(sheet);
      }
      await writer.finish();
      return true;
    });
    if (!written) {
      // Reported as cancelled only once the workbook is back as it was: a failed roll-back throws.
      const inspected = found;
      await structure((session) => rollBack(session, laid, inspected, false));
      return result('cancelled', laid);
    }
    warnings.push(...(await structure((session) => commit(session, laid, progress))));
    return result('complete', laid);
  } catch (error) {
    const laid = layout;
    const inspected = found;
    if (laid && inspected && !progress.pastNoReturn) {
      await structure((session) => rollBack(session, laid, inspected, progress.namesTouched)).catch(() =>
        restoreCalculation(host),
      );
    } else await restoreCalculation(host);
    throw error;
  }
}

/** Calculation was suspended while writing: whatever else failed, turn it back on (best effort). */
async function restoreCalculation(host: ExcelHost): Promise<void> {
  await host
    .run({}, async (context) => {
      context.workbook.application.calculate('Recalculate');
      await context.sync();
    })
    .catch(() => undefined);
}

/** Fupan's old sheets and their tables step aside under temporary names (a re-run only). */
async function setAside(session: Session, layout: Layout, caps: Capabilities): Promise<void> {
  if (layout.aside.length === 0) return;
  const sheets = session.context.workbook.worksheets;
  suspendUntilSync(session.context, caps);
  for (const old of layout.aside) {
    const sheet = sheets.getItem(old.name);
    sheet.name = old.temp;
    for (const table of old.tables) sheet.tables.getItem(table.name).name = table.temp;
  }
  await session.sync();
}

/** Queues the new sheets, marked as Fupan's; they go with the first unit's sync. */
function addSheets(session: Session, layout: Layout, caps: Capabilities): void {
  const { context } = session;
  const sheets = context.workbook.worksheets;
  suspendUntilSync(context, caps);
  for (const planned of layout.sheets) {
    const sheet = sheets.add(planned.name);
    sheet.customProperties.add(SHEET_MARK_KEY, planned.key);
    if (planned.plan.tabColor !== undefined) sheet.tabColor = planned.plan.tabColor;
    sheet.showGridlines = planned.plan.showGridlines;
    const print = planned.plan.print;
    // Page layout is ExcelApi 1.9, within the declared 1.12 minimum but checked like screen updating.
    if (print && caps.api19) queuePageLayout(sheet, print);
  }
}

/** Cell values and formats can be written twice; the decorations (tables, charts, merges) cannot. */
const rerunnable = (step: Step): boolean => step.kind !== 'decorations';

/**
 * A unit refused as too large is halved and retried: on a payload code always (Excel ran none of it), on
 * GeneralException only when every step of the unit can run twice (Excel may have run part of it).
 */
function halvesAfter(error: unknown, unit: Unit): [Unit, Unit] | undefined {
  if (isSizeLimitError(error)) return splitUnit(unit);
  if (isGeneralException(error) && unit.steps.every(rerunnable)) return splitUnit(unit);
  return undefined;
}

interface Queued {
  readonly job: SheetJob;
  readonly unit: Unit;
}

/**
 * Writes the sheets' units in as few syncs as the payload budget allows: consecutive units, of one sheet
 * or of several small ones, share a sync while their estimate fits PAYLOAD_TARGET_BYTES. Work that needs
 * no sync of its own rides with the next batch: adding the new sheets (before the first), and setting the
 * series of the charts a batch added (the one after it, or a last sync): a chart's batch loads how many
 * series Excel made for it. A batch refused as too large is split (by units, then a unit by rows).
 */
class ContentWriter {
  private batch: Queued[] = [];
  private bytes = 0;
  /** Operations for the next sync that cannot run twice. */
  private carried: (() => void) | undefined;

  constructor(
    private readonly session: Session,
    private readonly caps: Capabilities,
    prelude: () => void,
  ) {
    this.carried = prelude;
  }

  /** Queues a sheet's units, sending full batches as they fill. */
  async add(sheet: SheetLayout): Promise<void> {
    const steps = sheetSteps(sheet.plan);
    const job: SheetJob = {
      name: sheet.name,
      plan: sheet.plan,
      tableNames: sheet.tableNames,
      notes: sheet.notes,
      links: steps.links,
    };
    for (const unit of packUnits(steps.steps)) {
      const bytes = this.bytes + unit.bytes;
      const fragile =
        !unit.steps.every(rerunnable) || this.batch.some((q) => !q.unit.steps.every(rerunnable));
      // Decorations ride only in small batches (see DECORATIONS_ALONE_ABOVE): a large one stays re-runnable.
      const full = bytes > PAYLOAD_TARGET_BYTES || (fragile && bytes > DECORATIONS_ALONE_ABOVE);
      if (this.batch.length > 0 && full) await this.flush();
      this.batch.push({ job, unit });
      this.bytes += unit.bytes;
    }
  }

  /** Sends what is queued, then whatever is still carried (the last charts' series). */
  async finish(): Promise<void> {
    await this.flush();
    const carried = this.carried;
    if (!carried) return;
    carried();
    await this.session.sync();
    this.carried = undefined;
  }

  private async flush(): Promise<void> {
    const queue: Queued[][] = this.batch.length > 0 ? [this.batch] : [];
    const large = this.bytes > DECORATIONS_ALONE_ABOVE;
    this.batch = [];
    this.bytes = 0;
    const { context } = this.session;
    if (large && this.carried) {
      // Carried work cannot run twice: it goes alone rather than with a batch that may need halving.
      this.carried();
      this.carried = undefined;
      await this.session.sync();
    }
    while (queue.length > 0) {
      const batch = queue.shift() as Queued[];
      const carried = this.carried;
      carried?.();
      const charts = batch.map(({ job, unit }) => ({
        job,
        charts: queueUnit(context, job, unit, this.caps),
      }));
      try {
        await this.session.sync();
      } catch (error) {
        // Carried work is retried only when Excel ran none of the batch (a payload code).
        const halves = carried && !isSizeLimitError(error) ? undefined : splitBatch(error, batch);
        if (!halves) throw error;
        queue.unshift(...halves);
        continue;
      }
      const added = charts.filter((c) => c.charts.length > 0);
      this.carried =
        added.length > 0
          ? () => added.forEach((c) => queueChartSeries(context, c.job, c.charts, this.caps))
          : undefined;
    }
  }
}

/** Two smaller batches to retry after a refusal, or undefined when the error is not about size. */
function splitBatch(error: unknown, batch: readonly Queued[]): [Queued[], Queued[]] | undefined {
  if (batch.length > 1) {
    if (
      !isSizeLimitError(error) &&
      !(isGeneralException(error) && batch.every((q) => q.unit.steps.every(rerunnable)))
    )
      return undefined;
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const only = batch[0];
  const halves = only ? halvesAfter(error, only.unit) : undefined;
  return only && halves
    ? [[{ job: only.job, unit: halves[0] }], [{ job: only.job, unit: halves[1] }]]
    : undefined;
}
