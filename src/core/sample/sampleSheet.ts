import type { Locale } from '../locale';
import { FIELDS } from '../model/fields';
import type { CellValue } from '../model/raw';
import type { SampleSheet } from './types';
import { SAMPLE_SHEETS, word, type SampleTableKind } from './vocabulary';

/** A column of a sample sheet: its field (canonical header from FIELDS) and number format. */
export interface SampleColumn<K extends SampleTableKind> {
  readonly field: keyof (typeof FIELDS)[K] & string;
  readonly format: string | null;
}

/** Wraps rows into a SampleSheet: localised sheet name, canonical headers, header on row 1 from column A. */
export function sampleSheet<K extends SampleTableKind>(
  kind: K,
  locale: Locale,
  columns: readonly SampleColumn<K>[],
  rows: CellValue[][],
): SampleSheet {
  const names = SAMPLE_SHEETS[kind];
  const name = word(names, locale);
  const fields: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = FIELDS[kind];
  return {
    kind,
    name,
    table: {
      source: { sheet: name, table: names.table, headerRow: 1, firstColumn: 0 },
      header: columns.map((column) =>
        word(fields[column.field] ?? { zh: column.field, en: column.field }, locale),
      ),
      rows,
    },
    numberFormats: columns.map((column) => column.format),
  };
}
