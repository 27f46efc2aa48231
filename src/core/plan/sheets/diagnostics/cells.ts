import type { Locale } from '../../../locale';
import type { LocalizedText } from '../../../model/text';
import { cellAddress } from '../../a1';
import type { SheetBuilder } from '../../sheetBuilder';
import { STYLES } from '../../theme';
import type { FormulaCell } from '../../types';

/** Small helpers the funnel, customers and diagnostics planners share. */

/** A formula cell with the value Fupan computed for it (the value a writer caches). */
export function formula(text: string, value: number | string | null): FormulaCell {
  return { kind: 'formula', formula: text.startsWith('=') ? text : `=${text}`, value };
}

/** Absolute form of an A1 address or range ('B3:B9' → '$B$3:$B$9'), for references copied down a column. */
export function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** A muted line stating why a part is missing (its prefix, then the reason); returns the cell address. */
export function reasonLine(
  sheet: SheetBuilder,
  prefix: string,
  reason: LocalizedText,
  locale: Locale,
): string {
  const { row } = sheet.put([[`${prefix}${reason[locale]}`]], 0, STYLES.muted);
  return cellAddress(row, 0);
}

/** One muted line per note (how a result was obtained). */
export function noteLines(sheet: SheetBuilder, notes: readonly LocalizedText[], locale: Locale): void {
  if (notes.length > 0)
    sheet.put(
      notes.map((n) => [n[locale]]),
      0,
      STYLES.muted,
    );
}

/** Moves the cursor below a chart (or any fixed block) that ends on `lastRow`, leaving one blank row. */
export function clearBelow(sheet: SheetBuilder, lastRow: number): void {
  if (sheet.nextRow <= lastRow + 1) sheet.skip(lastRow + 2 - sheet.nextRow);
}

/** A column of cells as 'A1:A9', even for one cell ('A1:A1'), so that SUM over it reads the same. */
export function columnSpan(row: number, col: number, rows: number): string {
  return `${cellAddress(row, col)}:${cellAddress(row + Math.max(1, rows) - 1, col)}`;
}
