import type { TableKind } from '../../model/tableKinds';

/**
 * Required fields that other columns can supply. An orders table's amount is the paid amount; when the
 * table has no such column:
 * - a lone order total (总金额, Total) is the amount, as it always was before totals were a field of their
 *   own: a one-amount export keeps reading exactly as before;
 * - quantity and unit price give it line by line (amount = quantity × unit price, invoice-line exports).
 */
interface StandIn {
  readonly field: string;
  /** A column mapped to this field is taken as `field` when `field` has none. */
  readonly column?: string;
  /** `field` is computed from these fields when it has no column. */
  readonly derivedFrom?: readonly string[];
}

const STAND_INS: Readonly<Partial<Record<TableKind, readonly StandIn[]>>> = {
  orders: [{ field: 'amount', column: 'total_amount', derivedFrom: ['quantity', 'unit_price'] }],
};

/** The mapping with stand-in columns moved to the fields they stand in for (a new object when any moved). */
export function withStandInColumns(
  kind: TableKind,
  columns: Readonly<Record<string, number>>,
): Readonly<Record<string, number>> {
  let out: Record<string, number> | null = null;
  for (const { field, column } of STAND_INS[kind] ?? []) {
    const source = column === undefined ? undefined : columns[column];
    if (field in columns || source === undefined || column === undefined) continue;
    out ??= { ...columns };
    out[field] = source;
    delete out[column];
  }
  return out ?? columns;
}

/** `field` has no column but can be computed from the columns mapped. */
export function isDerivable(kind: TableKind, field: string, columns: Readonly<Record<string, number>>): boolean {
  return (STAND_INS[kind] ?? []).some(
    (s) =>
      s.field === field &&
      s.derivedFrom !== undefined &&
      s.derivedFrom.every((source) => source in columns),
  );
}
