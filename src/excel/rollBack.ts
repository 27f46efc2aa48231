import type { Inspection } from './inspect';
import type { Layout } from './layout';
import type { Session } from './session';
import { sheetOfReference } from './sheetNames';

const lower = (s: string): string => s.toLowerCase();

/**
 * Puts the workbook back as the write found it, from whatever point the write reached: deletes the sheets
 * this run added, gives Fupan's old sheets (and their tables) their names back and, when the commit had
 * begun swapping names (`namesTouched`), deletes the names pointing at the new sheets and re-adds the old
 * ones from the inspection, comments included. It reads the workbook first, so it also undoes a set-aside
 * that failed half-way (a batch stops at its first error, earlier operations stay applied). It ends with a
 * recalculation: the write suspended calculation, and re-calculating is then the add-in's job.
 *
 * Three syncs. Run it outside any merged undo group: renames, deletes and name comments have no undo
 * support on some platforms (Worksheet.delete everywhere).
 */
export async function rollBack(
  session: Session,
  layout: Layout,
  found: Inspection,
  namesTouched: boolean,
): Promise<void> {
  const { worksheets, names, application } = session.context.workbook;
  const sheets = worksheets.load('items/name');
  const nameItems = namesTouched ? names.load('items/name,items/formula') : undefined;
  await session.sync();

  const present = new Set(sheets.items.map((s) => lower(s.name)));
  const asideDone = layout.aside.filter((old) => present.has(lower(old.temp)));
  const stillOld = new Set(
    layout.aside.filter((old) => !present.has(lower(old.temp))).map((old) => lower(old.name)),
  );
  const tables = asideDone.map((old) => worksheets.getItem(old.temp).tables.load('items/name'));
  await session.sync();

  for (const planned of layout.sheets) {
    const name = lower(planned.name);
    if (present.has(name) && !stillOld.has(name)) worksheets.getItem(planned.name).delete();
  }
  asideDone.forEach((old, i) => {
    const sheet = worksheets.getItem(old.temp);
    sheet.name = old.name;
    const temps = new Set((tables[i]?.items ?? []).map((t) => lower(t.name)));
    for (const table of old.tables) {
      if (temps.has(lower(table.temp))) sheet.tables.getItem(table.temp).name = table.name;
    }
  });
  if (nameItems) restoreNames(session, layout, found, nameItems.items);
  application.calculate('Recalculate');
  await session.sync();
}

/** Queued after the sheets have their old names back, so the old references resolve to them. */
function restoreNames(
  session: Session,
  layout: Layout,
  found: Inspection,
  items: readonly Excel.NamedItem[],
): void {
  const newSheets = new Set(layout.sheets.map((s) => lower(s.name)));
  const replaced = new Set(layout.namesToDelete.map(lower));
  const ours = new Set([...replaced, ...layout.namesToAdd.map((n) => lower(n.name))]);
  const kept = new Set<string>();
  for (const item of items) {
    if (!ours.has(lower(item.name))) continue;
    const sheet = sheetOfReference(item.formula);
    const isNew = item.formula.includes('#REF!') || (sheet !== undefined && newSheets.has(lower(sheet)));
    if (isNew) item.delete();
    else kept.add(lower(item.name));
  }
  for (const old of found.names) {
    const name = lower(old.name);
    if (!replaced.has(name) || kept.has(name) || old.formula.includes('#REF!')) continue;
    session.context.workbook.names.add(old.name, old.formula, old.comment);
  }
}
