import type { CustomersTable } from '../../model/campaign';
import { concatTexts, joinInts } from '../read/concat';
import { usedRows, type ReadContext } from '../read/context';
import { rejectDuplicateRows, type SeenRows } from '../read/duplicateRows';
import { pickInts, pickTexts } from '../read/pick';
import { readTexts } from '../read/readTexts';
import { readDays } from '../read/readTimes';

interface CustomersPart {
  readonly size: number;
  readonly customerId: readonly string[];
  readonly firstOrderDay: Int32Array | null;
  readonly registrationDay: Int32Array | null;
}

/** Every customers table, one row per source row used. */
export function readCustomers(ctxs: readonly ReadContext<'customers'>[]): CustomersTable | null {
  if (ctxs.length === 0) return null;
  const seen: SeenRows = new Map();
  const parts = ctxs.map((ctx): CustomersPart => {
    const customerId = readTexts(ctx, 'customer_id') ?? [];
    const firstOrder = readDays(ctx, 'first_order_date');
    const registration = readDays(ctx, 'registration_date');
    rejectDuplicateRows(ctx, seen);
    const keep = usedRows(ctx);
    return {
      size: keep.length,
      customerId: pickTexts(customerId, keep),
      firstOrderDay: firstOrder === null ? null : pickInts(firstOrder, keep),
      registrationDay: registration === null ? null : pickInts(registration, keep),
    };
  });
  const size = parts.reduce((n, p) => n + p.size, 0);
  return {
    size,
    customerId: concatTexts(parts.map((p) => ({ size: p.size, column: p.customerId }))),
    firstOrderDay: joinInts(parts, (p) => p.firstOrderDay, -1) ?? new Int32Array(size).fill(-1),
    registrationDay: joinInts(parts, (p) => p.registrationDay, -1) ?? new Int32Array(size).fill(-1),
  };
}
