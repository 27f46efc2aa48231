import { officeErrorCode } from './errors';
import type { Layout } from './layout';
import type { Session } from './session';
import { sheetOfReference } from './sheetNames';
import type { WriteWarning } from './writeWarnings';

/** How far a commit got: the write rolls back before `pastNoReturn`, and only forward after it. */
export interface CommitProgress {
  namesTouched: boolean;
  pastNoReturn: boolean;
}

/**
 * Makes the new retro the workbook's in one sync, ordered so that a failure at any step leaves one whole
 * retro (a batch stops at its first failing operation; the ones before it stay applied):
 *
 *   1. names: stale ones deleted, named ranges and note names added, then a recalculation (calculation was
 *      suspended while writing). The old sheets are all still there: a failure here rolls back to the old
 *      retro (rollBack.ts deletes the new names and re-adds the old ones).
 *   2. the old sheets deleted. Every new name is in place, so the new retro is whole: a failure is retried
 *      forward (the old sheets still left are deleted again), never rolled back.
 *   3. the plan's sheet activated: only cosmetic, so a failure (InactiveWorkbook when the user switched
 *      workbooks) becomes a warning.
 *
 * After a failure one sync finds out which step it was. Runs outside any merged undo group:
 * Worksheet.delete and NamedItem.comment have no undo support.
 */
export async function commit(
  session: Session,
  layout: Layout,
  progress: CommitProgress,
): Promise<WriteWarning[]> {
  const { worksheets, names, application } = session.context.workbook;
  progress.namesTouched = true;
  for (const name of layout.namesToDelete) names.getItem(name).delete();
  for (const item of layout.namesToAdd) {
    names.add(item.name, worksheets.getItem(item.sheet).getRange(item.range), item.comment);
  }
  application.calculate('Recalculate');
  for (const old of layout.aside) worksheets.getItem(old.temp).delete();
  if (layout.sheets.length > 0) worksheets.getItem(layout.activeSheet).activate();
  try {
    await session.sync();
    progress.pastNoReturn = true;
    return [];
  } catch (error) {
    const added = layout.namesToAdd.map((item) => names.getItemOrNullObject(item.name).load('formula'));
    const left = layout.aside.map((old) => worksheets.getItemOrNullObject(old.temp).load('name'));
    await session.sync();
    // A name of the same name may still be the old one (note names are replaced): it must point at a new sheet.
    const newSheets = new Set(layout.sheets.map((sheet) => sheet.name.toLowerCase()));
    const isNew = (name: Excel.NamedItem): boolean =>
      !name.isNullObject && newSheets.has((sheetOfReference(name.formula) ?? '').toLowerCase());
    if (!added.every(isNew)) throw error; // step 1 failed: the caller rolls back
    progress.pastNoReturn = true;
    const remaining = left.filter((sheet) => !sheet.isNullObject);
    if (remaining.length > 0) {
      application.calculate('Recalculate');
      for (const sheet of remaining) sheet.delete();
      await session.sync();
    }
    const reason = officeErrorCode(error) ?? String(error);
    return layout.sheets.length > 0 ? [{ code: 'notActivated', sheet: layout.activeSheet, reason }] : [];
  }
}
