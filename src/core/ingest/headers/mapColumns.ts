import { FIELDS, type FieldSpec } from '../../model/fields';
import type { TableKind } from '../../model/tableKinds';
import { CANONICAL_SCORE, fieldMatches } from './fieldMatcher';
import { isDerivable, withStandInColumns } from './fieldStandIns';

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
  return { columns: withStandInColumns(kind, columns, headers), score };
}

/**
 * The required fields of `kind` that `columns` lacks (and cannot derive from other columns); for a group of
 * fields of which one is needed (FieldSpec.oneOf), its first field when the columns have none of them.
 */
export function missingRequired(kind: TableKind, columns: Readonly<Record<string, number>>): string[] {
  const specs = FIELDS[kind] as Readonly<Record<string, FieldSpec>>;
  const fields = Object.keys(specs);
  const missing = fields.filter(
    (field) => specs[field]?.required === true && !(field in columns) && !isDerivable(kind, field, columns),
  );
  const groups = new Set(fields.map((field) => specs[field]?.oneOf).filter((g) => g !== undefined));
  for (const group of groups) {
    const members = fields.filter((field) => specs[field]?.oneOf === group);
    if (!members.some((field) => field in columns) && members[0] !== undefined) missing.push(members[0]);
  }
  return missing;
}
