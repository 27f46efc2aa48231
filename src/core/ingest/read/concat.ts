import type { DictColumn } from '../../model/campaign';

/** One table's compacted column, null when that table lacks the field. */
export interface ColumnPart<C> {
  readonly size: number;
  readonly column: C | null;
}

/** Numbers of several tables of one kind, end to end (NaN for a table without the field); null if none has it. */
export function concatNumbers(parts: readonly ColumnPart<Float64Array>[]): Float64Array | null {
  if (parts.every((p) => p.column === null)) return null;
  const out = new Float64Array(parts.reduce((n, p) => n + p.size, 0)).fill(NaN);
  let at = 0;
  for (const part of parts) {
    if (part.column !== null) out.set(part.column, at);
    at += part.size;
  }
  return out;
}

/** Int32 columns end to end, `fill` for a table without the field; null if none has it. */
export function concatInts(parts: readonly ColumnPart<Int32Array>[], fill: number): Int32Array | null {
  if (parts.every((p) => p.column === null)) return null;
  const out = new Int32Array(parts.reduce((n, p) => n + p.size, 0)).fill(fill);
  let at = 0;
  for (const part of parts) {
    if (part.column !== null) out.set(part.column, at);
    at += part.size;
  }
  return out;
}

/** Dictionary columns sharing one dictionary, end to end (-1 for a table without the field). */
export function concatDicts(
  parts: readonly ColumnPart<DictColumn>[],
  values: readonly string[],
): DictColumn | null {
  const codes = concatInts(
    parts.map((p) => ({ size: p.size, column: p.column === null ? null : p.column.codes })),
    -1,
  );
  return codes === null ? null : { codes, values };
}

export function concatTexts(parts: readonly ColumnPart<readonly string[]>[]): string[] {
  const out: string[] = [];
  for (const part of parts) if (part.column !== null) for (const text of part.column) out.push(text);
  return out;
}

/** Shorthands over the parts of one kind: pick a column from each part, then join them. */
export function joinNumbers<P extends { readonly size: number }>(
  parts: readonly P[],
  pick: (part: P) => Float64Array | null,
): Float64Array | null {
  return concatNumbers(parts.map((part) => ({ size: part.size, column: pick(part) })));
}

export function joinInts<P extends { readonly size: number }>(
  parts: readonly P[],
  pick: (part: P) => Int32Array | null,
  fill: number,
): Int32Array | null {
  return concatInts(
    parts.map((part) => ({ size: part.size, column: pick(part) })),
    fill,
  );
}

export function joinDicts<P extends { readonly size: number }>(
  parts: readonly P[],
  pick: (part: P) => DictColumn | null,
  values: readonly string[],
): DictColumn | null {
  return concatDicts(
    parts.map((part) => ({ size: part.size, column: pick(part) })),
    values,
  );
}
