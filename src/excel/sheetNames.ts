/** Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no apostrophe at either end, unique ignoring case. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME);
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Fupan' : cleaned;
}

/**
 * `desired` if no name in `taken` (lower-cased) equals it, else 'desired (2)', 'desired (3)'…, shortened so
 * the result stays within 31 characters.
 */
export function freeSheetName(desired: string, taken: ReadonlySet<string>): string {
  const base = cleanSheetName(desired);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The quoted reference prefix Excel and the planners write: 'My Sheet'!. */
function quotedRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * Points sheet-qualified references in a formula at renamed sheets. Planners always quote sheet names
 * (sheetRef in core/plan/a1), so the quoted form is the one to replace.
 */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  let out = formula;
  for (const [from, to] of renames) {
    if (from !== to) out = out.split(quotedRef(from)).join(quotedRef(to));
  }
  return out;
}

/** The sheet a workbook name's formula points at ('=\'My Sheet\'!$A$1' → 'My Sheet'), if any. */
export function sheetOfReference(formula: string): string | undefined {
  const text = formula.replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(text);
  if (quoted) return (quoted[1] as string).replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(text);
  return plain ? plain[1] : undefined;
}
