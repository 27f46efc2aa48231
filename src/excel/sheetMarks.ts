import { SHEET_MARK_KEY } from '../core/plan/types';

/**
 * Sheets marked as Fupan's by a workbook name `FupanSheet_<key>` over their A1 cell — the mark the .xlsx
 * writer (the command-line tool) leaves, since a file library cannot write worksheet custom properties.
 * Recognising it lets the add-in replace sheets the command line wrote. Returns sheet name → sheet key.
 */
export function sheetsMarkedByName(names: readonly { name: string; formula: string }[]): Map<string, string> {
  const marked = new Map<string, string>();
  const prefix = `${SHEET_MARK_KEY}_`;
  for (const { name, formula } of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
    const sheet = match ? (match[1]?.replace(/''/g, "'") ?? match[2]) : undefined;
    if (sheet && sheet !== '#REF') marked.set(sheet, name.slice(prefix.length));
  }
  return marked;
}
