import type { TableKind } from '../../model/tableKinds';

import { normaliseHeader } from './normaliseHeader';

/**
 * Fields that other columns can supply. An orders table's amount is the paid amount; when the table has no
 * such column:
 * - a lone order total (总金额, Total) is the amount, as it always was before totals were a field of their
 *   own: a one-amount export keeps reading exactly as before;
 * - quantity and unit price give it line by line (amount = quantity × unit price, invoice-line exports).
 * An amount payable (应付金额) is the paid amount when it stands alone or beside a gross 订单金额 (JD), and
 * the order total when a paid amount (实付金额) took the amount.
 */
interface StandIn {
  readonly field: string;
  /** A column mapped to this field is taken as `field` when `field` has none. */
  readonly column?: string;
  /** `field` is computed from these fields when it has no column. */
  readonly derivedFrom?: readonly string[];
  /** Headers that name `field` when it has no column and they were left over by the other fields. */
  readonly leftOver?: readonly string[];
}

const STAND_INS: Readonly<Partial<Record<TableKind, readonly StandIn[]>>> = {
  orders: [
    { field: 'amount', column: 'total_amount', derivedFrom: ['quantity', 'unit_price'] },
    { field: 'total_amount', leftOver: ['应付金额', '订单应付金额', 'Amount Payable'].map(normaliseHeader) },
  ],
};

/**
 * The mapping with stand-in columns moved to the fields they stand in for, and left-over headers taken
 * (a new object when anything changed). `headers` are normalised.
 */
export function withStandInColumns(
  kind: TableKind,
  columns: Readonly<Record<string, number>>,
  headers: readonly string[],
): Readonly<Record<string, number>> {
  let out: Record<string, number> | null = null;
  for (const { field, column, leftOver } of STAND_INS[kind] ?? []) {
    const current: Readonly<Record<string, number>> = out ?? columns;
    if (field in current) continue;
    const source = column === undefined ? undefined : current[column];
    if (source !== undefined && column !== undefined) {
      out ??= { ...columns };
      out[field] = source;
      delete out[column];
      continue;
    }
    if (leftOver === undefined) continue;
    const taken = new Set(Object.values(current));
    const free = headers.findIndex((h, i) => !taken.has(i) && leftOver.includes(h));
    if (free < 0) continue;
    out ??= { ...columns };
    out[field] = free;
  }
  return out ?? columns;
}

/** `field` has no column but can be computed from the columns mapped. */
export function isDerivable(
  kind: TableKind,
  field: string,
  columns: Readonly<Record<string, number>>,
): boolean {
  return (STAND_INS[kind] ?? []).some(
    (s) =>
      s.field === field && s.derivedFrom !== undefined && s.derivedFrom.every((source) => source in columns),
  );
}
