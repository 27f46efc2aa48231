import ExcelJS from 'exceljs';
import type { LocalizedText } from '../core/model/text';
import { parseCell, parseRange } from '../core/plan/a1';
import { NOTE_NAME_PREFIX, SHEET_MARK_KEY, type WorkbookPlan } from '../core/plan/types';
import { xlsxMessages as msg } from './messages';
import { sniffSignature } from './read/sniffFile';
import { failureOf, type ReadError } from './readResult';
import { absoluteRef, PlanCells } from './write/charts/planCells';
import { importRendered } from './write/importRendered';
import { inspectSource, type SourceState } from './write/inspectSource';
import { addSheetParts } from './write/addSheetParts';
import { updateAppProperties } from './write/appProperties';
import { Package } from './write/pkg/Package';
import { WorkbookEditor } from './write/pkg/WorkbookEditor';
import { renderSheets } from './write/renderSheets';
import { freeSheetName, renameSheets } from './write/renameSheets';
import { prepareCells } from './write/prepareCells';
import { printNames } from './write/printNames';
import { selectOnly } from './write/tabSelection';
import { ZipArchive } from './zip/ZipArchive';

export interface WriteReport {
  /** Planned sheets written under another name because a sheet of the user's already had theirs. */
  readonly renamedSheets: readonly { readonly planned: string; readonly written: string }[];
  readonly warnings: readonly LocalizedText[];
}

export type WriteResult =
  | { readonly ok: true; readonly buffer: Buffer; readonly report: WriteReport }
  | { readonly ok: false; readonly error: ReadError };

export interface WritePlanOptions {
  /** Name used in messages. */
  readonly fileName?: string;
  /**
   * Source sheets larger than this (uncompressed bytes) are never rewritten, not even to clear their tab
   * selection: when such a sheet is selected it stays the active sheet. 16 MiB by default.
   */
  readonly largeSheetBytes?: number;
}

/**
 * Writes a workbook plan into a copy of `input` (or a new workbook when null):
 *
 *   inspect input ─▶ Fupan's old sheets (FupanSheet_<key> names) and the analyst's notes in them
 *   plan' = plan with clashing sheet names made free, saved notes filled in, table headers fixed
 *   exceljs renders plan' sheets into a workbook of their own (values, formulas, styles, merges, CF)
 *   package merge: old Fupan sheets removed; the new sheets, their styles (appended), tables, charts,
 *                  hyperlinks and defined names added — every other part of the input kept byte for byte
 *
 * The input is never loaded into exceljs, so its charts, pivot tables, images, macros and a million-row
 * sheet all survive untouched, and a large input costs only its compressed size in memory.
 */
export async function writePlan(
  input: Buffer | null,
  plan: WorkbookPlan,
  options: WritePlanOptions = {},
): Promise<WriteResult> {
  const fileName = options.fileName ?? 'workbook.xlsx';
  const largeSheetBytes = options.largeSheetBytes ?? 16 * 1024 * 1024;
  const base = input ?? (await blankWorkbook());
  const signature = sniffSignature(base.subarray(0, 8));
  if (signature === 'cfb') return failure('encrypted', msg.encrypted(fileName));
  if (signature !== 'zip') return failure('notZip', msg.notZip(fileName));
  let source: SourceState | undefined;
  try {
    const zip = await ZipArchive.open(base);
    try {
      source = await inspectSource(zip);
      // The package library trusts declared sizes: the parts it may inflate are checked here first.
      if (source) await zip.verifySizes((part, size) => size <= largeSheetBytes && isXmlPart(part));
    } finally {
      zip.close();
    }
  } catch (err) {
    return failed(err, fileName);
  }
  if (!source) return failure('notWorkbook', msg.notWorkbook(fileName));

  const kept = source.sheets.filter((s) => !source.fupanSheets.has(s.name));
  const taken = new Set(kept.map((s) => s.name.toLowerCase()));
  const renames = new Map<string, string>();
  const renamedSheets: { planned: string; written: string }[] = [];
  for (const sheet of plan.sheets) {
    const name = freeSheetName(sheet.name, taken);
    taken.add(name.toLowerCase());
    if (name !== sheet.name) {
      renames.set(sheet.name, name);
      renamedSheets.push({ planned: sheet.name, written: name });
    }
  }
  const final = prepareCells(renameSheets(plan, renames), source.notes);

  // A part the package parser cannot read is the input's damage, reported as such, never a crash.
  try {
    const pkg = await Package.load(base);
    const workbook = await WorkbookEditor.open(pkg);
    if (!workbook.isTransitional) return failure('unsupported', msg.strictFormat(fileName));
    for (const name of source.fupanSheets.keys()) await workbook.removeSheet(name);
    const ownNames = new Set(final.namedRanges.map((n) => n.name.toLowerCase()));
    workbook.removeDefinedNames(
      (name) =>
        name.startsWith(`${SHEET_MARK_KEY}_`) ||
        name.startsWith(NOTE_NAME_PREFIX) ||
        ownNames.has(name.toLowerCase()),
    );

    const rendered = await renderSheets(final.sheets);
    const imported = await importRendered(pkg, workbook, rendered);
    const cells = new PlanCells(final.sheets);
    for (const sheet of final.sheets) {
      const xml = imported.sheetXml.get(sheet.name);
      if (xml === undefined) continue;
      const { part, index } = await workbook.addSheet(sheet.name, xml);
      await addSheetParts(pkg, part, sheet, xml, cells, final.locale);
      for (const name of printNames(sheet)) workbook.addDefinedName({ ...name, localSheetId: index });
      workbook.addDefinedName({
        name: `${SHEET_MARK_KEY}_${sheet.key}`,
        formula: absoluteRef(sheet.name, cellBounds('A1')),
        hidden: true,
      });
      for (const note of sheet.notes) {
        workbook.addDefinedName({
          name: `${NOTE_NAME_PREFIX}${note.id}`,
          formula: absoluteRef(sheet.name, cellBounds(note.address)),
        });
      }
    }
    for (const name of final.namedRanges) {
      workbook.addDefinedName({
        name: name.name,
        formula: absoluteRef(name.sheet, parseRange(name.range.replace(/\$/g, ''))),
        ...(name.comment !== undefined && { comment: name.comment }),
      });
    }
    const sheets = await workbook.sheets();
    await updateAppProperties(
      pkg,
      sheets.filter((s) => s.part !== undefined).map((s) => s.name),
    );
    // A large source sheet keeps its selection flag (rewriting it costs too much): then it stays active.
    const largeSelected = kept.find((s) => s.selected && s.size > largeSheetBytes);
    const activeName = largeSelected?.name ?? final.activeSheet;
    const active = sheets.findIndex((s) => s.name === activeName);
    if (active >= 0) {
      if (!largeSelected) {
        const unselect = kept.filter((s) => s.selected).map((s) => s.name);
        await selectOnly(pkg, sheets, unselect, final.activeSheet);
      }
      workbook.setActiveTab(active);
    }
    const warnings = renamedSheets.map((r) => msg.sheetNameTaken(r.planned, r.written));
    return { ok: true, buffer: await pkg.save(), report: { renamedSheets, warnings } };
  } catch (err) {
    return failed(err, fileName);
  }
}

/** `writePlan` for callers that treat a bad input as a broken contract: throws with the English message. */
export async function writePlanToWorkbook(input: Buffer | null, plan: WorkbookPlan): Promise<Buffer> {
  const result = await writePlan(input, plan);
  if (!result.ok) throw new Error(result.error.message['en-US']);
  return result.buffer;
}

function failed(err: unknown, fileName: string): WriteResult {
  const read = failureOf(err, (detail) => msg.corrupt(fileName, detail));
  return read.ok ? failure('corrupt', msg.corrupt(fileName, '')) : { ok: false, error: read.error };
}

/** The parts the writer may parse and rewrite; media and binary parts are kept byte for byte. */
function isXmlPart(part: string): boolean {
  return /\.(xml|rels)$/i.test(part);
}

function failure(kind: ReadError['kind'], message: LocalizedText): WriteResult {
  return { ok: false, error: { kind, message } };
}

function cellBounds(address: string): { row: number; col: number; rows: number; cols: number } {
  return { ...parseCell(address.replace(/\$/g, '')), rows: 1, cols: 1 };
}

let blank: Promise<Buffer> | undefined;

/** An empty workbook (no sheets) to write a plan into when there is no input. */
function blankWorkbook(): Promise<Buffer> {
  blank ??= new ExcelJS.Workbook().xlsx.writeBuffer().then((b) => Buffer.from(b));
  return blank;
}
