import type { DerivedAmount, TableOverride } from '../../core/ingest/options';
import type { TableKind } from '../../core/model/tableKinds';
import type { UserChoices } from '../../port/hostPort';

/**
 * A source table as the analyst points at it: a sheet, and an Excel table on it when there is one, or the
 * block's address when the sheet holds several blocks.
 */
export interface SourceRef {
  readonly sheet: string;
  readonly table?: string;
  readonly block?: string;
}

/**
 * A kind choice: a kind, 'ignore', 'auto' (no override: Fupan recognises the table itself), or
 * 'campaignFacts' (campaign facts written as label | value pairs).
 */
export type KindChoice = TableKind | 'ignore' | 'auto' | 'campaignFacts';

function sameSource(override: SourceRef, source: SourceRef): boolean {
  return (
    override.sheet === source.sheet && override.table === source.table && override.block === source.block
  );
}

/** The analyst's override of a source table, if any. */
export function overrideFor(choices: UserChoices, source: SourceRef): TableOverride | undefined {
  return choices.tables.find((o) => sameSource(o, source));
}

/** The kind choice an override stands for ('auto' without one). */
export function kindChoiceOf(override: TableOverride | undefined): KindChoice {
  if (override === undefined) return 'auto';
  return override.layout === 'labelValue' ? 'campaignFacts' : override.kind;
}

function replaceOverride(choices: UserChoices, source: SourceRef, next: TableOverride | null): UserChoices {
  const others = choices.tables.filter((o) => !sameSource(o, source));
  return { ...choices, tables: next === null ? others : [...others, next] };
}

function sourceOf(source: SourceRef): SourceRef {
  return {
    sheet: source.sheet,
    ...(source.table === undefined ? {} : { table: source.table }),
    ...(source.block === undefined ? {} : { block: source.block }),
  };
}

/** Reads a table as another kind (dropping its column choices, which belong to the old kind), or as Fupan sees fit. */
export function withTableKind(choices: UserChoices, source: SourceRef, kind: KindChoice): UserChoices {
  if (kind === 'auto') return replaceOverride(choices, source, null);
  const next: TableOverride =
    kind === 'campaignFacts'
      ? { ...sourceOf(source), kind: 'campaign', layout: 'labelValue' }
      : { ...sourceOf(source), kind };
  return replaceOverride(choices, source, next);
}

/**
 * Feeds a field from a header, or (header null) lets Fupan recognise the field again. The table keeps the
 * kind it was recognised as, and its derived amount unless the field is the amount.
 */
export function withColumn(
  choices: UserChoices,
  source: SourceRef,
  kind: TableKind,
  field: string,
  header: string | null,
): UserChoices {
  const current = overrideFor(choices, source);
  const same = current?.kind === kind ? current : undefined;
  const columns = { ...same?.columns };
  if (header === null) delete columns[field];
  else columns[field] = header;
  // A column picked for the amount (or the amount handed back to recognition) ends its derivation.
  const derived = field === 'amount' ? undefined : same?.amountFrom;
  const amountFrom = derived === undefined ? {} : { amountFrom: derived };
  if (Object.keys(columns).length > 0)
    return replaceOverride(choices, source, { ...sourceOf(source), kind, columns, ...amountFrom });
  // No column left: keep the kind if the analyst had pinned one, else hand the table back to recognition.
  return replaceOverride(
    choices,
    source,
    current === undefined ? null : { ...sourceOf(source), kind, ...amountFrom },
  );
}

/**
 * Computes an orders table's amount as quantity × unit price from two headers, or (null) reads it from a
 * column again. A column picked for the amount gives way to the derivation.
 */
export function withDerivedAmount(
  choices: UserChoices,
  source: SourceRef,
  amountFrom: DerivedAmount | null,
): UserChoices {
  const current = overrideFor(choices, source);
  const { amount: _amount, ...columns } = { ...(current?.kind === 'orders' ? current.columns : undefined) };
  const kept = Object.keys(columns).length > 0 ? { columns } : {};
  if (amountFrom !== null)
    return replaceOverride(choices, source, { ...sourceOf(source), kind: 'orders', ...kept, amountFrom });
  const pinned = current?.kind === 'orders';
  return replaceOverride(choices, source, pinned ? { ...sourceOf(source), kind: 'orders', ...kept } : null);
}

/** The tables the analyst chose to leave out. */
export function ignoredTables(choices: UserChoices): readonly TableOverride[] {
  return choices.tables.filter((o) => o.kind === 'ignore');
}
