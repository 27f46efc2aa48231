import type { Locale } from '../../src/core/locale';
import { FIELDS } from '../../src/core/model/fields';
import type { SampleSheet } from '../../src/core/sample/types';

type Kind = keyof typeof FIELDS;

/** 0-based column of a field in a sheet written with the canonical headers; throws when it is missing. */
export function columnOf<K extends Kind>(
  sheet: SampleSheet,
  kind: K,
  field: keyof (typeof FIELDS)[K] & string,
  locale: Locale,
): number {
  const spec = (FIELDS[kind] as Readonly<Record<string, { readonly zh: string; readonly en: string }>>)[
    field
  ];
  const header = spec === undefined ? field : locale === 'zh-CN' ? spec.zh : spec.en;
  const column = sheet.table.header.indexOf(header);
  if (column < 0) throw new Error(`bench: sheet ${sheet.name} has no ${kind}.${field} column (${header})`);
  return column;
}
