import type { DefinedNameEntry } from './workbookInfo';

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
