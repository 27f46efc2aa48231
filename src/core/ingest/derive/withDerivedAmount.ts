import type { RawTable } from '../../model/raw';
import { normaliseHeader } from '../headers/normaliseHeader';
import { headerTexts } from '../headers/headerTexts';
import type { TableOverride } from '../options';

export interface DerivedTable {
  readonly raw: RawTable;
  readonly override: TableOverride | undefined;
  /** Headers the derivation names that the table does not have. */
  readonly missing: readonly { readonly field: string; readonly header: string }[];
}

/**
 * An orders table whose amount the user said is quantity × unit price (TableOverride.amountFrom): the
 * override maps the two columns to the quantity and unit-price fields, and the orders reader computes the
 * amount line by line as it does for any invoice-line export (openOrderTable.ts), so rejections and
 * accounting name the source columns. An amount column the override named gives way to the derivation.
 */
export function withDerivedAmount(raw: RawTable, override: TableOverride | undefined): DerivedTable {
  const from = override?.kind === 'orders' ? override.amountFrom : undefined;
  if (override === undefined || from === undefined) return { raw, override, missing: [] };
  const texts = headerTexts(raw.header);
  const normalised = texts.map(normaliseHeader);
  const has = (header: string): boolean =>
    texts.includes(header.trim()) || normalised.includes(normaliseHeader(header));
  const missing = [
    ...(has(from.quantity) ? [] : [{ field: 'quantity', header: from.quantity }]),
    ...(has(from.unitPrice) ? [] : [{ field: 'unit_price', header: from.unitPrice }]),
  ];
  if (missing.length > 0) return { raw, override, missing };
  const { amount: _ignored, ...columns } = override.columns ?? {};
  return {
    raw,
    override: {
      ...override,
      columns: { ...columns, quantity: from.quantity, unit_price: from.unitPrice },
    },
    missing: [],
  };
}
