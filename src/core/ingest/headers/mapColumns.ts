import { FIELDS, type FieldSpec } from '../../model/fields';
import type { TableKind } from '../../model/tableKinds';
import { CANONICAL_SCORE, fieldMatches } from './fieldMatcher';

export interface ColumnMapping {
  /** Field id → 0-based column index in the table. */
  readonly columns: Readonly<Record<string, number>>;
  /** Σ match scores / 100: about one per well-named column. */
  readonly score: number;
}

/**
 * Assigns columns to the fields of `kind`, one to one: the best-scoring (field, column) pairs first, earlier
 * columns first among equals. `fixed` pairs (the user's mapping) are kept as they are.
 */
export function mapColumns(
  kind: TableKind,
  headers: readonly string[],
  fixed: Readonly<Record<string, number>> = {},
): ColumnMapping {
  const fieldOrder = Object.keys(FIELDS[kind]);
  const columns: Record<string, number> = { ...fixed };
  const taken = new Set(Object.values(fixed));
  let score = Object.keys(fixed).length;
  const candidates: { field: string; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    if (taken.has(column)) return;
    for (const match of fieldMatches(kind, header)) {
      if (!(match.field in columns)) candidates.push({ field: match.field, column, score: match.score });
    }
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score || a.column - b.column || fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field),
  );
  for (const candidate of candidates) {
    if (candidate.field in columns || taken.has(candidate.column)) continue;
    columns[candidate.field] = candidate.column;
    taken.add(candidate.column);
    score += candidate.score / CANONICAL_SCORE;
  }
  return { columns, score };
}

/**
 * The required fields of `kind` that `columns` lacks; for a `oneOf` group none of whose fields is there,
 * its first field.
 */
export function missingRequired(kind: TableKind, columns: Readonly<Record<string, number>>): string[] {
  const specs = FIELDS[kind] as Readonly<Record<string, FieldSpec>>;
  const fields = Object.keys(specs);
  const groupMet = (group: string) => fields.some((f) => specs[f]?.oneOf === group && f in columns);
  const firstOf = (group: string) => fields.find((f) => specs[f]?.oneOf === group);
  return fields.filter((field) => {
    if (field in columns) return false;
    const spec = specs[field];
    if (spec?.required === true) return true;
    return spec?.oneOf !== undefined && !groupMet(spec.oneOf) && firstOf(spec.oneOf) === field;
  });
}
