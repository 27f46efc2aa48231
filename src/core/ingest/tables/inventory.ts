import type { DictColumn, InventoryTable } from '../../model/campaign';
import { joinDicts, joinInts, joinNumbers } from '../read/concat';
import { usedRows, type ReadContext } from '../read/context';
import { createDictionary, dictValues } from '../read/dictionary';
import { rejectDuplicateRows, type SeenRows } from '../read/duplicateRows';
import { pickDict, pickInts, pickNumbers } from '../read/pick';
import { readDict } from '../read/readDict';
import { readNumbers } from '../read/readNumbers';
import { readDays } from '../read/readTimes';

interface InventoryPart {
  readonly size: number;
  readonly sku: DictColumn | null;
  readonly day: Int32Array | null;
  readonly stock: Float64Array | null;
}

/** Every inventory table (stock per SKU per day), one row per source row used. */
export function readInventory(ctxs: readonly ReadContext<'inventory'>[]): InventoryTable | null {
  if (ctxs.length === 0) return null;
  const skus = createDictionary();
  const seen: SeenRows = new Map();
  const parts = ctxs.map((ctx): InventoryPart => {
    const sku = readDict(ctx, 'sku', skus);
    const day = readDays(ctx, 'date');
    const stock = readNumbers(ctx, 'stock');
    rejectDuplicateRows(ctx, seen);
    const keep = usedRows(ctx);
    return {
      size: keep.length,
      sku: sku && pickDict(sku, keep),
      day: day && pickInts(day, keep),
      stock: stock && pickNumbers(stock, keep),
    };
  });
  return {
    size: parts.reduce((n, p) => n + p.size, 0),
    sku: joinDicts(parts, (p) => p.sku, dictValues(skus)) ?? { codes: new Int32Array(0), values: [] },
    day: joinInts(parts, (p) => p.day, -1) ?? new Int32Array(0),
    stock: joinNumbers(parts, (p) => p.stock) ?? new Float64Array(0),
  };
}
