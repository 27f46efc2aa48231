import type { TableOverride } from '../../core/ingest/options';
import type { TableKind } from '../../core/model/tableKinds';
import type { UserChoices } from '../../port/hostPort';

/** A source table as the analyst points at it: a sheet, and an Excel table on it when there is one. */
export interface SourceRef {
  readonly sheet: string;
  readonly table?: string;
}

/** A kind choice: a kind, 'ignore', or 'auto' (no override: Fupan recognises the table itself). */
export type KindChoice = TableKind | 'ignore' | 'auto';

function sameSource(override: SourceRef, source: SourceRef): boolean {
  return override.sheet === source.sheet && override.table === source.table;
}

/** The analyst's override of a source table, if any. */
export function overrideFor(choices: UserChoices, source: SourceRef): TableOverride | undefined {
  return choices.tables.find((o) => sameSource(o, source));
}

function replaceOverride(choices: UserChoices, source: SourceRef, next: TableOverride | null): UserChoices {
  const others = choices.tables.filter((o) => !sameSource(o, source));
  return { ...choices, tables: next === null ? others : [...others, next] };
}

function sourceOf(source: SourceRef): SourceRef {
  return source.table === undefined ? { sheet: source.sheet } : { sheet: source.sheet, table: source.table };
}

/** Reads a table as another kind (dropping its column choices, which belong to the old kind), or as Fupan sees fit. */
export function withTableKind(choices: UserChoices, source: SourceRef, kind: KindChoice): UserChoices {
  return replaceOverride(choices, source, kind === 'auto' ? null : { ...sourceOf(source), kind });
}

/**
 * Feeds a field from a header, or (header null) lets Fupan recognise the field again. The table keeps the
 * kind it was recognised as.
 */
export function withColumn(
  choices: UserChoices,
  source: SourceRef,
  kind: TableKind,
  field: string,
  header: string | null,
): UserChoices {
  const current = overrideFor(choices, source);
  const columns = { ...(current?.kind === kind ? current.columns : undefined) };
  if (header === null) delete columns[field];
  else columns[field] = header;
  if (Object.keys(columns).length > 0)
    return replaceOverride(choices, source, { ...sourceOf(source), kind, columns });
  // No column left: keep the kind if the analyst had pinned one, else hand the table back to recognition.
  return replaceOverride(choices, source, current === undefined ? null : { ...sourceOf(source), kind });
}

/** The tables the analyst chose to leave out. */
export function ignoredTables(choices: UserChoices): readonly TableOverride[] {
  return choices.tables.filter((o) => o.kind === 'ignore');
}
