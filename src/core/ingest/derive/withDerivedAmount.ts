import type { CellValue, RawTable } from '../../model/raw';
import { normaliseHeader } from '../headers/normaliseHeader';
import { headerTexts } from '../headers/headerTexts';
import { parseNumber } from '../parse/number';
import type { TableOverride } from '../options';

export interface DerivedTable {
  readonly raw: RawTable;
  readonly override: TableOverride | undefined;
  /** Headers the derivation names that the table does not have. */
  readonly missing: readonly { readonly field: string; readonly header: string }[];
}

/**
 * An orders table whose amount the user said is quantity × unit price (TableOverride.amountFrom): the
 * product joins the table as one more column, headed '<quantity> × <unit price>', and the override maps
 * the amount to it, so every later step (reading, rejecting, accounting) treats it as any amount column.
 * A row whose quantity or price is blank has no amount; one that is not a number keeps that text, so the
 * amount reader rejects the row and names the value.
 */
export function withDerivedAmount(raw: RawTable, override: TableOverride | undefined): DerivedTable {
  const from = override?.kind === 'orders' ? override.amountFrom : undefined;
  if (override === undefined || from === undefined) return { raw, override, missing: [] };
  const texts = headerTexts(raw.header);
  const find = (header: string): number => {
    const exact = texts.indexOf(header.trim());
    return exact >= 0 ? exact : texts.map(normaliseHeader).indexOf(normaliseHeader(header));
  };
  const q = find(from.quantity);
  const p = find(from.unitPrice);
  const missing = [
    ...(q < 0 ? [{ field: 'quantity', header: from.quantity }] : []),
    ...(p < 0 ? [{ field: 'unit_price', header: from.unitPrice }] : []),
  ];
  if (missing.length > 0) return { raw, override, missing };
  const header = `${texts[q] ?? ''} × ${texts[p] ?? ''}`;
  const width = raw.header.length;
  const rows = raw.rows.map((row) => {
    const out = new Array<CellValue>(width + 1);
    for (let j = 0; j < width; j++) out[j] = row[j] ?? null;
    out[width] = product(row[q] ?? null, row[p] ?? null);
    return out;
  });
  return {
    raw: { source: raw.source, header: [...raw.header, header], rows },
    override: { ...override, columns: { ...override.columns, amount: header } },
    missing: [],
  };
}

function product(quantity: CellValue, price: CellValue): CellValue {
  const q = parseNumber(quantity);
  const p = parseNumber(price);
  if (!q.ok) return q.problem.value;
  if (!p.ok) return p.problem.value;
  if (q.value === null || p.value === null) return null;
  // 3 × 19.99 is 59.970000000000006 in binary: round off the noise, far below a cent.
  return Math.round(q.value * p.value * 1e8) / 1e8;
}
