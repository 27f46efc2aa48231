import type { DerivedAmount } from '../../core/ingest/options';

const QUANTITY = /数量|件数|购买数|qty|quantity|units/i;
const UNIT_PRICE = /单价|售价|价格|unit\s*price|price/i;

/**
 * The columns to start a quantity × unit price amount from: the ones Fupan mapped when it did, else the
 * first header that reads like each; null when the table has fewer than two headers. The analyst can
 * change both.
 */
export function guessDerivedAmount(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
): DerivedAmount | null {
  const named = headers.filter((h) => h.trim() !== '');
  const quantity = mapping.quantity ?? named.find((h) => QUANTITY.test(h)) ?? named[0];
  const unitPrice =
    mapping.unit_price ??
    named.find((h) => h !== quantity && UNIT_PRICE.test(h)) ??
    named.find((h) => h !== quantity);
  return quantity === undefined || unitPrice === undefined ? null : { quantity, unitPrice };
}

/** A quantity and a unit price column both named as such, or null: for a table given the kind orders. */
export function namedDerivedAmount(headers: readonly string[]): DerivedAmount | null {
  const quantity = headers.find((h) => QUANTITY.test(h));
  const unitPrice = headers.find((h) => h !== quantity && UNIT_PRICE.test(h));
  return quantity === undefined || unitPrice === undefined ? null : { quantity, unitPrice };
}
