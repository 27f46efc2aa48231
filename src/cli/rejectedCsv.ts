import type { Locale } from '../core/locale';
import type { RejectedRow } from '../core/model/campaign';

/** A field as CSV holds it; one that Excel would read as a formula starts with an apostrophe. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every rejected row as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese right): the full list
 * the data-quality sheet cuts past its first rows.
 */
export function rejectedCsv(rows: readonly RejectedRow[], locale: Locale): string {
  const lines = ['kind,sheet,row,column,code,reason'];
  for (const r of rows) {
    lines.push([r.kind, r.sheet, r.row, r.column, r.code, r.reason[locale]].map(field).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
