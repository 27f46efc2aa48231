import { SHEET_MARK_KEY } from '../../core/plan/types';
import type { ZipArchive } from '../zip/ZipArchive';
import { readRelationships } from './packageParts';
import type { DefinedNameEntry, WorkbookInfo } from './workbookInfo';

/**
 * The sheets Fupan marked as its own: each carries a workbook-level defined name `<mark>_<key>`
 * (e.g. 'FupanSheet_overview') pointing at its A1 cell. Returns sheet name → sheet key.
 */
export function fupanSheetNames(names: readonly DefinedNameEntry[], mark: string): Map<string, string> {
  const out = new Map<string, string>();
  const prefix = `${mark}_`;
  for (const n of names) {
    if (!n.name.startsWith(prefix)) continue;
    const sheet = sheetOfFormula(n.formula);
    if (sheet !== undefined) out.set(sheet, n.name.slice(prefix.length));
  }
  return out;
}

/** "'My Sheet'!$A$1" → 'My Sheet'; "Data!$A$1" → 'Data'; undefined for '#REF!' or other formulas. */
export function sheetOfFormula(formula: string): string | undefined {
  const text = formula.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(text);
  if (quoted) return (quoted[1] as string).replace(/''/g, "'");
  const bare = /^([^'!:()\s,]+)!/.exec(text);
  return bare && bare[1] !== '#REF' ? bare[1] : undefined;
}

/**
 * The sheets Fupan marked as its own and whose part says so too: a FupanSheet_<key> defined name counts
 * only when the sheet it points at carries Fupan's custom property with that key (write/sheetMark.ts).
 * A name that merely looks like the mark — typed by a user, copied with a sheet, crafted — leaves the
 * sheet to be read as the user's, never hidden.
 */
export async function trustedFupanSheets(zip: ZipArchive, info: WorkbookInfo): Promise<Map<string, string>> {
  const marked = fupanSheetNames(info.definedNames, SHEET_MARK_KEY);
  const trusted = new Map<string, string>();
  for (const [sheet, key] of marked) {
    const part = info.sheets.find((s) => s.name === sheet)?.part;
    if (part && (await carriesMark(zip, part, key))) trusted.set(sheet, key);
  }
  return trusted;
}

/** Whether the sheet part links a custom property part holding `key` (UTF-16LE, or UTF-8). */
async function carriesMark(zip: ZipArchive, part: string, key: string): Promise<boolean> {
  for (const rel of await readRelationships(zip, part)) {
    if (rel.kind !== 'customProperty' || rel.external || !zip.has(rel.target)) continue;
    const size = zip.size(rel.target) ?? 0;
    if (size > 1024) continue;
    const bytes = await zip.readBuffer(rel.target, 1024);
    const value = bytes.toString('utf16le').replace(/\0+$/, '');
    if (value === key || bytes.toString('utf8') === key) return true;
  }
  return false;
}
