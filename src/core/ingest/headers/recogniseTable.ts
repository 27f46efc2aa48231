import { FIELDS } from '../../model/fields';
import type { RawTable } from '../../model/raw';
import { TABLE_KINDS, type TableKind } from '../../model/tableKinds';
import type { TableOverride } from '../options';
import { headerTexts } from './headerTexts';
import { hintedKinds } from './kindHints';
import { mapColumns, missingRequired } from './mapColumns';
import { normaliseHeader } from './normaliseHeader';

/** A kind found without the user's help needs its required columns and at least this many in all. */
export const MIN_DETECTED_COLUMNS = 2;
/** What a sheet or table name adds to a kind's score: enough to break a tie, not to overrule headers. */
export const HINT_BONUS = 0.3;

export interface Recognition {
  /** null: the table is not read (see `closest`). */
  readonly kind: TableKind | null;
  /** Field id → 0-based column index. */
  readonly columns: Readonly<Record<string, number>>;
  readonly score: number;
  /** For an unread table: the kind it looks most like and the required fields it lacks. */
  readonly closest: { readonly kind: TableKind; readonly missing: readonly string[] } | null;
  /** Headers named by the override that the table does not have. */
  readonly unknownHeaders: readonly { readonly field: string; readonly header: string }[];
}

/**
 * What kind of table this is and which column feeds which field. Without an override every kind is tried:
 * a kind qualifies when its required fields are all found (and at least two columns in all); the best score
 * wins, sheet and table names breaking ties. An override fixes the kind and any columns it names.
 */
export function recogniseTable(
  table: Pick<RawTable, 'header' | 'source'>,
  override?: TableOverride,
): Recognition {
  const texts = headerTexts(table.header);
  const normalised = texts.map(normaliseHeader);
  if (override !== undefined && override.kind !== 'ignore') {
    return recogniseAs(override.kind, texts, normalised, override.columns ?? {});
  }
  const hinted = hintedKinds(table.source);
  let best: {
    kind: TableKind;
    rank: number;
    columns: Readonly<Record<string, number>>;
    score: number;
  } | null = null;
  let closest: { kind: TableKind; found: number; score: number; missing: string[] } | null = null;
  for (const kind of TABLE_KINDS) {
    const mapping = mapColumns(kind, normalised);
    const missing = missingRequired(kind, mapping.columns);
    const mapped = Object.keys(mapping.columns).length;
    if (missing.length === 0 && mapped >= MIN_DETECTED_COLUMNS) {
      const rank = mapping.score + (hinted.has(kind) ? HINT_BONUS : 0);
      if (best === null || rank > best.rank)
        best = { kind, rank, columns: mapping.columns, score: mapping.score };
    } else if (missing.length > 0) {
      const found = countRequired(kind) - missing.length;
      const better =
        closest === null ||
        found > closest.found ||
        (found === closest.found && mapping.score > closest.score);
      if (found > 0 && better) closest = { kind, found, score: mapping.score, missing };
    }
  }
  if (best !== null)
    return { kind: best.kind, columns: best.columns, score: best.score, closest: null, unknownHeaders: [] };
  return {
    kind: null,
    columns: {},
    score: 0,
    closest: closest === null ? null : { kind: closest.kind, missing: closest.missing },
    unknownHeaders: [],
  };
}

function countRequired(kind: TableKind): number {
  return missingRequired(kind, {}).length;
}

function recogniseAs(
  kind: TableKind,
  texts: readonly string[],
  normalised: readonly string[],
  named: Readonly<Record<string, string>>,
): Recognition {
  const fixed: Record<string, number> = {};
  const unknownHeaders: { field: string; header: string }[] = [];
  const known = new Set(Object.keys(FIELDS[kind]));
  for (const [field, header] of Object.entries(named)) {
    if (!known.has(field)) {
      unknownHeaders.push({ field, header });
      continue;
    }
    let column = texts.indexOf(header.trim());
    if (column < 0) column = normalised.indexOf(normaliseHeader(header));
    if (column < 0 || Object.values(fixed).includes(column)) unknownHeaders.push({ field, header });
    else fixed[field] = column;
  }
  const mapping = mapColumns(kind, normalised, fixed);
  // Order headers the user named as orders may leave the amount to their lines or payments (joinRelations.ts
  // takes it from them, or says which orders have none).
  const missing = missingRequired(kind, mapping.columns).filter(
    (field) => !(kind === 'orders' && field === 'amount'),
  );
  if (missing.length > 0) {
    return { kind: null, columns: {}, score: 0, closest: { kind, missing }, unknownHeaders };
  }
  return { kind, columns: mapping.columns, score: mapping.score, closest: null, unknownHeaders };
}
