import type { NamedRangePlan, SheetKey, SheetPlan, WorkbookPlan } from '../core/plan/types';
import { textInput, valueInput } from './cellInput';
import { drawableSeries } from './chartData';
import type { Inspection } from './inspect';
import { isNoteName, isValidNoteId, noteComment, noteName, savedNote, type SavedNote } from './notes';
import { freeSheetName, renameSheetRefs, sheetOfReference } from './sheetNames';
import type { NoteWrite } from './sheetWriter';
import type { WriteWarning } from './writeWarnings';

/**
 * Where everything of a plan lands in this workbook, decided before the first change:
 * - Fupan's old sheets (marked with SHEET_MARK_KEY) are set aside under temporary names, with their
 *   tables, and deleted only when the new sheets are complete; a user's sheet is never touched, even when
 *   it bears Fupan's name — the new sheet then takes a free name and every reference follows it.
 * - Notes the analyst wrote are matched to the new plan's note cells by id.
 */
export interface SheetLayout {
  readonly key: SheetKey;
  readonly name: string;
  readonly plan: SheetPlan;
  readonly tableNames: ReadonlyMap<string, string>;
  readonly notes: readonly NoteWrite[];
}

export interface AsideSheet {
  readonly name: string;
  readonly temp: string;
  readonly tables: readonly { readonly name: string; readonly temp: string }[];
}

export interface NameToAdd {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly comment?: string;
}

export interface Layout {
  readonly sheets: readonly SheetLayout[];
  readonly aside: readonly AsideSheet[];
  /** Existing names to delete at the end: Fupan's notes and names on Fupan's old sheets. */
  readonly namesToDelete: readonly string[];
  readonly namesToAdd: readonly NameToAdd[];
  readonly activeSheet: string;
  readonly restoredNotes: number;
  readonly orphanNotes: readonly SavedNote[];
  readonly warnings: WriteWarning[];
}

const lower = (s: string): string => s.toLowerCase();

function freeName(base: string, taken: Set<string>, max: number): string {
  for (let n = 1; ; n++) {
    const candidate = `${base}${n}`.slice(0, max);
    if (!taken.has(lower(candidate))) {
      taken.add(lower(candidate));
      return candidate;
    }
  }
}

function renamePlan(sheet: SheetPlan, renames: ReadonlyMap<string, string>): SheetPlan {
  if (renames.size === 0) return sheet;
  return {
    ...sheet,
    blocks: sheet.blocks.map((block) => ({
      ...block,
      cells: block.cells.map((row) =>
        row.map((cell) => {
          if (typeof cell !== 'object' || cell === null) return cell;
          if (cell.kind === 'formula') return { ...cell, formula: renameSheetRefs(cell.formula, renames) };
          return { ...cell, sheet: renames.get(cell.sheet) ?? cell.sheet };
        }),
      ),
    })),
    conditionalFormats: sheet.conditionalFormats.map((cf) =>
      cf.kind === 'cellValue'
        ? {
            ...cf,
            formula1: renameSheetRefs(cf.formula1, renames),
            ...(cf.formula2 === undefined ? {} : { formula2: renameSheetRefs(cf.formula2, renames) }),
          }
        : cf,
    ),
  };
}

export function layoutPlan(plan: WorkbookPlan, found: Inspection): Layout {
  const warnings: WriteWarning[] = [];
  const marked = found.sheets.filter((s) => s.mark !== undefined);
  const markedNames = new Set(marked.map((s) => lower(s.name)));

  // Sheet names: the user's sheets keep theirs; Fupan's old ones step aside under temporary names.
  const sheetTaken = new Set(found.sheets.filter((s) => s.mark === undefined).map((s) => lower(s.name)));
  const tableTaken = new Set([...found.tableNames, ...found.names.map((n) => n.name)].map(lower));
  const aside: AsideSheet[] = marked.map((s) => ({
    name: s.name,
    temp: freeName('~fupan old ', sheetTaken, 31),
    tables: s.tables.map((t) => ({ name: t, temp: freeName('FupanOld_', tableTaken, 255) })),
  }));
  for (const s of marked) for (const t of s.tables) tableTaken.delete(lower(t));

  const renames = new Map<string, string>();
  const actualNames = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const actual = freeSheetName(sheet.name, sheetTaken);
    sheetTaken.add(lower(actual));
    actualNames.set(sheet.name, actual);
    if (actual !== sheet.name) {
      renames.set(sheet.name, actual);
      warnings.push({ code: 'sheetRenamed', planned: sheet.name, actual });
    }
  }

  // Notes: what the analyst wrote, by id.
  const placeholders = new Map<string, string>();
  for (const sheet of plan.sheets)
    for (const note of sheet.notes) placeholders.set(lower(note.id), note.placeholder);
  const saved = new Map<string, SavedNote>();
  for (const note of found.notes) {
    const kept = savedNote(
      note.id,
      note.value,
      note.numberFormat,
      note.comment,
      placeholders.get(lower(note.id)),
    );
    if (kept && !saved.has(lower(note.id))) saved.set(lower(note.id), kept);
  }

  const namesToAdd: NameToAdd[] = [];
  const usedNoteIds = new Set<string>();
  let restoredNotes = 0;
  const sheets: SheetLayout[] = plan.sheets.map((sheet) => {
    const name = actualNames.get(sheet.name) ?? sheet.name;
    const tableNames = new Map<string, string>();
    for (const table of sheet.tables) {
      let actual = table.name;
      if (tableTaken.has(lower(actual))) {
        actual = freeName(`${table.name}_`, tableTaken, 255);
        warnings.push({ code: 'tableRenamed', planned: table.name, actual });
      } else tableTaken.add(lower(actual));
      tableNames.set(table.name, actual);
    }
    const notes: NoteWrite[] = [];
    for (const note of sheet.notes) {
      const kept = saved.get(lower(note.id));
      if (kept && !usedNoteIds.has(lower(note.id))) {
        restoredNotes++;
        notes.push({ address: note.address, input: valueInput(kept.value), numberFormat: kept.numberFormat });
      } else notes.push({ address: note.address, input: textInput(note.placeholder) });
      if (!isValidNoteId(note.id)) warnings.push({ code: 'noteIdInvalid', id: note.id });
      else if (!usedNoteIds.has(lower(note.id))) {
        namesToAdd.push({
          name: noteName(note.id),
          sheet: name,
          range: note.address,
          comment: noteComment(note.placeholder),
        });
      }
      usedNoteIds.add(lower(note.id));
    }
    return { key: sheet.key, name, plan: renamePlan(sheet, renames), tableNames, notes };
  });

  const orphanNotes = [...saved.entries()].filter(([id]) => !usedNoteIds.has(id)).map(([, note]) => note);
  for (const note of orphanNotes) warnings.push({ code: 'orphanNote', id: note.id });

  // Names: Fupan's (notes, anything on its old sheets, broken ones) are replaced; the user's are kept.
  const ours = (formula: string): boolean => {
    const sheet = sheetOfReference(formula);
    return formula.includes('#REF!') || (sheet !== undefined && markedNames.has(lower(sheet)));
  };
  const namesToDelete = found.names.filter((n) => isNoteName(n.name) || ours(n.formula)).map((n) => n.name);
  const deleted = new Set(namesToDelete.map(lower));
  const userNames = new Set(found.names.map((n) => lower(n.name)).filter((n) => !deleted.has(n)));
  const tables = new Set([
    ...found.sheets.filter((s) => s.mark === undefined).flatMap((s) => s.tables.map(lower)),
    ...sheets.flatMap((s) => [...s.tableNames.values()].map(lower)),
  ]);
  for (const range of plan.namedRanges)
    namesToAdd.push(...namedRange(range, actualNames, userNames, tables, warnings));

  for (const sheet of sheets) {
    const count = countNonFinite(sheet.plan);
    if (count > 0) warnings.push({ code: 'nonFiniteNumbers', sheet: sheet.name, count });
    for (const chart of sheet.plan.charts) {
      const drawable = drawableSeries(sheet.plan, chart);
      if (drawable.length === 0) warnings.push({ code: 'emptyChart', sheet: sheet.name, chart: chart.name });
      for (const series of chart.series) {
        if (drawable.length > 0 && !drawable.includes(series)) {
          warnings.push({ code: 'emptySeries', sheet: sheet.name, chart: chart.name, series: series.name });
        }
      }
    }
  }

  return {
    sheets,
    aside,
    namesToDelete,
    namesToAdd,
    activeSheet: actualNames.get(plan.activeSheet) ?? sheets[0]?.name ?? plan.activeSheet,
    restoredNotes,
    orphanNotes,
    warnings,
  };
}

function namedRange(
  range: NamedRangePlan,
  actualNames: ReadonlyMap<string, string>,
  userNames: ReadonlySet<string>,
  tableNames: ReadonlySet<string>,
  warnings: WriteWarning[],
): NameToAdd[] {
  if (userNames.has(lower(range.name)) || tableNames.has(lower(range.name))) {
    warnings.push({ code: 'nameInUse', name: range.name });
    return [];
  }
  const sheet = actualNames.get(range.sheet) ?? range.sheet;
  return [
    {
      name: range.name,
      sheet,
      range: range.range,
      ...(range.comment === undefined ? {} : { comment: range.comment }),
    },
  ];
}

function countNonFinite(sheet: SheetPlan): number {
  let count = 0;
  for (const block of sheet.blocks) {
    for (const row of block.cells)
      for (const cell of row) if (typeof cell === 'number' && !Number.isFinite(cell)) count++;
  }
  return count;
}
