import type { RawTable } from '../../../model/raw';
import type { TableKind } from '../../../model/tableKinds';
import { headerTexts } from '../../headers/headerTexts';
import { hintedKinds } from '../../headers/kindHints';
import { mapColumns, missingRequired } from '../../headers/mapColumns';
import { normaliseHeader } from '../../headers/normaliseHeader';
import { MIN_DETECTED_COLUMNS, type Recognition } from '../../headers/recogniseTable';

/** One source table as first recognised, with whether the user fixed its kind. */
export interface KindEntry {
  readonly raw: Pick<RawTable, 'header' | 'source'>;
  readonly recognition: Recognition;
  readonly overridden: boolean;
}

const RELATED = ['order_lines', 'payments'] as const;
type RelatedKind = (typeof RELATED)[number];

/**
 * Settles the kinds of a workbook's (or a folder's) tables as a whole, where one table's kind depends on the
 * others. Tables the user gave a kind are left as they are.
 * - A table taken for lines or payments that also qualifies as orders is an orders table when no other
 *   table is: a one-table export with a row per line (Shopify, Douyin 子订单 rows) stays as it was read.
 *   Without orders to join to, any other such table is not read, and the warning names what it lacks as
 *   an orders table (an orders table missing its order time is far likelier than payments alone).
 * - An orders table whose sheet or table name says lines or payments (订单明细, order_items) and that
 *   qualifies as that kind is read as it when another table holds the orders (ERP 订单 + 订单明细).
 * - A table that is orders in all but an amount column is read as order headers when lines or payments
 *   are there to give the amount (Olist orders + order_items + order_payments).
 */
export function settleKinds(entries: readonly KindEntry[]): Recognition[] {
  const result = entries.map((entry) => entry.recognition);
  const free = (e: number): boolean => entries[e]?.overridden === false;
  const ordersElsewhere = (e: number): boolean =>
    result.some((r, other) => other !== e && r.kind === 'orders') ||
    entries.some((entry, other) => other !== e && isHeaderWithoutAmount(entry.recognition));

  entries.forEach((entry, e) => {
    const kind = result[e]?.kind;
    if (!free(e) || !isRelated(kind) || ordersElsewhere(e)) return;
    result[e] = qualifying('orders', entry.raw) ?? unjoinable(entry.raw);
  });
  entries.forEach((entry, e) => {
    if (!free(e) || result[e]?.kind !== 'orders' || !ordersElsewhere(e)) return;
    const hinted = hintedKinds(entry.raw.source);
    for (const kind of RELATED) {
      const as = hinted.has(kind) ? qualifying(kind, entry.raw) : null;
      if (as !== null) {
        result[e] = as;
        return;
      }
    }
  });
  if (!result.some((r) => isRelated(r.kind))) return result;
  entries.forEach((entry, e) => {
    if (!free(e) || !isHeaderWithoutAmount(result[e])) return;
    const mapping = mapColumns('orders', normalisedHeaders(entry.raw));
    result[e] = {
      kind: 'orders',
      columns: mapping.columns,
      score: mapping.score,
      closest: null,
      unknownHeaders: [],
    };
  });
  return result;
}

/** Not read: what it lacks as an orders table, when it has any of the orders' required columns. */
function unjoinable(raw: Pick<RawTable, 'header'>): Recognition {
  const mapping = mapColumns('orders', normalisedHeaders(raw));
  const missing = missingRequired('orders', mapping.columns);
  const found = missingRequired('orders', {}).length - missing.length;
  return {
    kind: null,
    columns: {},
    score: 0,
    closest: found > 0 ? { kind: 'orders', missing } : null,
    unknownHeaders: [],
  };
}

function isRelated(kind: TableKind | null | undefined): kind is RelatedKind {
  return kind === 'order_lines' || kind === 'payments';
}

/** Not read, and would be orders but for the amount. */
function isHeaderWithoutAmount(recognition: Recognition | undefined): boolean {
  const closest = recognition?.closest ?? null;
  return (
    recognition?.kind === null &&
    closest !== null &&
    closest.kind === 'orders' &&
    closest.missing.length === 1 &&
    closest.missing[0] === 'amount'
  );
}

function normalisedHeaders(raw: Pick<RawTable, 'header'>): string[] {
  return headerTexts(raw.header).map(normaliseHeader);
}

/** The table read as `kind`, when it has that kind's required columns. */
function qualifying(kind: TableKind, raw: Pick<RawTable, 'header'>): Recognition | null {
  const mapping = mapColumns(kind, normalisedHeaders(raw));
  const mapped = Object.keys(mapping.columns).length;
  if (missingRequired(kind, mapping.columns).length > 0 || mapped < MIN_DETECTED_COLUMNS) return null;
  return { kind, columns: mapping.columns, score: mapping.score, closest: null, unknownHeaders: [] };
}
