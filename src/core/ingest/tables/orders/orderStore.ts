import type { FieldId } from '../../../model/fields';
import { emptyTexts } from '../../read/readTexts';
import { hashOf } from '../../read/stringIndex';
import {
  ORDER_ID_TEXTS,
  ORDER_LEVEL_CODED,
  type OrderIdText,
  type OrderLevelCoded,
} from './orderDictionaries';
import type { OrderChunk } from './openOrderTable';

/**
 * The orders being assembled, one slot per order (capacity: every source row). Order-level values start
 * unknown (NaN, -1) and are filled from the order's lines; line values are summed.
 */
export interface OrderStore {
  readonly orderTime: Float64Array;
  readonly payTime: Float64Array | null;
  readonly status: Int8Array;
  readonly isNew: Int8Array | null;
  readonly texts: Readonly<Partial<Record<OrderLevelCoded, Int32Array>>>;
  /** Order-level ids as texts, null while unknown. */
  readonly ids: Readonly<Partial<Record<OrderIdText, (string | null)[]>>>;
  /**
   * hashOf() of each order's customer, taken when the customer is first known: the row's cells are in the
   * cache then, while encoding the customers afterwards would fetch every text from memory again.
   */
  readonly customerHash: Int32Array | null;
  readonly amount: Float64Array;
  readonly total: Float64Array | null;
  readonly quantity: Float64Array | null;
  readonly listPrice: Float64Array | null;
  readonly discount: Float64Array | null;
  readonly refund: Float64Array | null;
  readonly cogs: Float64Array | null;
}

/**
 * The order-level text columns a table shares with the store, each as (field, the chunk's column or null,
 * the store's column): coded columns and id texts.
 */
export interface TextPairs {
  readonly coded: readonly TextPair<OrderLevelCoded, Int32Array>[];
  readonly ids: readonly IdPair[];
}

interface TextPair<F, C> {
  readonly field: F;
  readonly source: C | null;
  readonly target: C;
}

interface IdPair extends TextPair<OrderIdText, (string | null)[]> {
  /** Where the hash of each text put into `target` goes, if anywhere. */
  readonly hashes: Int32Array | null;
}

export function textPairs(store: OrderStore, chunk: OrderChunk): TextPairs {
  const coded: TextPair<OrderLevelCoded, Int32Array>[] = [];
  for (const field of ORDER_LEVEL_CODED) {
    const target = store.texts[field];
    if (target !== undefined) coded.push({ field, source: chunk.texts[field], target });
  }
  const ids: IdPair[] = [];
  for (const field of ORDER_ID_TEXTS) {
    const target = store.ids[field];
    const hashes = field === 'customer_id' ? store.customerHash : null;
    if (target !== undefined) ids.push({ field, source: chunk.ids[field], target, hashes });
  }
  return { coded, ids };
}

export function createOrderStore(parts: readonly OrderChunk[], capacity: number): OrderStore {
  const numbers = (pick: (part: OrderChunk) => Float64Array | null): Float64Array | null =>
    parts.some((part) => pick(part) !== null) ? new Float64Array(capacity) : null;
  const texts: Partial<Record<OrderLevelCoded, Int32Array>> = {};
  for (const field of ORDER_LEVEL_CODED) {
    if (parts.some((part) => part.texts[field] !== null)) texts[field] = new Int32Array(capacity);
  }
  const ids: Partial<Record<OrderIdText, (string | null)[]>> = {};
  for (const field of ORDER_ID_TEXTS) {
    if (parts.some((part) => part.ids[field] !== null)) ids[field] = emptyTexts(capacity);
  }
  return {
    orderTime: new Float64Array(capacity),
    payTime: numbers((p) => p.payTime),
    status: new Int8Array(capacity),
    isNew: parts.some((part) => part.isNew !== null) ? new Int8Array(capacity) : null,
    texts,
    ids,
    customerHash: ids.customer_id === undefined ? null : new Int32Array(capacity),
    amount: new Float64Array(capacity),
    total: numbers((p) => p.total),
    quantity: numbers((p) => p.quantity),
    listPrice: numbers((p) => p.listPrice),
    discount: numbers((p) => p.discount),
    refund: numbers((p) => p.refund),
    cogs: numbers((p) => p.cogs),
  };
}

/** Order k starts with the chunk's row j. */
export function startOrder(
  store: OrderStore,
  texts: TextPairs,
  part: OrderChunk,
  j: number,
  k: number,
): void {
  store.orderTime[k] = part.orderTime[j] ?? NaN;
  if (store.payTime !== null) store.payTime[k] = part.payTime === null ? NaN : (part.payTime[j] ?? NaN);
  store.status[k] = part.status === null ? part.statusWhenAbsent : (part.status[j] ?? -1);
  if (store.isNew !== null) store.isNew[k] = part.isNew === null ? -1 : (part.isNew[j] ?? -1);
  for (const { source, target } of texts.coded) target[k] = source === null ? -1 : (source[j] ?? -1);
  for (const { source, target, hashes } of texts.ids) setText(source, j, target, k, hashes);
  store.amount[k] = part.amount[j] ?? NaN;
  if (store.total !== null) store.total[k] = valueAt(part.total, j);
  if (store.quantity !== null) store.quantity[k] = valueAt(part.quantity, j);
  if (store.listPrice !== null) store.listPrice[k] = valueAt(part.listPrice, j);
  if (store.discount !== null) store.discount[k] = valueAt(part.discount, j);
  if (store.refund !== null) store.refund[k] = valueAt(part.refund, j);
  if (store.cogs !== null) store.cogs[k] = valueAt(part.cogs, j);
}

/** The first order-level field on which the chunk's row j disagrees with order k (both known, different), or null. */
export function clashingField(
  store: OrderStore,
  texts: TextPairs,
  part: OrderChunk,
  j: number,
  k: number,
): FieldId<'orders'> | null {
  if (differ(part.orderTime[j] ?? NaN, store.orderTime[k] ?? NaN)) return 'order_time';
  if (store.payTime !== null && differ(valueAt(part.payTime, j), store.payTime[k] ?? NaN)) return 'pay_time';
  const status = part.status === null ? part.statusWhenAbsent : (part.status[j] ?? -1);
  if (differCode(status, store.status[k] ?? -1)) return 'status';
  if (store.isNew !== null && differCode(codeAt(part.isNew, j), store.isNew[k] ?? -1)) return 'is_new';
  for (const { field, source, target } of texts.coded) {
    if (differCode(codeAt(source, j), target[k] ?? -1)) return field;
  }
  for (const { field, source, target } of texts.ids) {
    const mine = source === null ? null : (source[j] ?? null);
    const theirs = target[k] ?? null;
    if (mine !== null && theirs !== null && mine !== theirs) return field;
  }
  return null;
}

/** The chunk's row j joins order k: unknown order-level values are filled, line values summed (an empty amount is 0). */
export function addLine(store: OrderStore, texts: TextPairs, part: OrderChunk, j: number, k: number): void {
  if (Number.isNaN(store.orderTime[k])) store.orderTime[k] = part.orderTime[j] ?? NaN;
  if (store.payTime !== null && Number.isNaN(store.payTime[k])) store.payTime[k] = valueAt(part.payTime, j);
  if ((store.status[k] ?? -1) < 0 && part.status !== null) store.status[k] = part.status[j] ?? -1;
  if (store.isNew !== null && (store.isNew[k] ?? -1) < 0) store.isNew[k] = codeAt(part.isNew, j);
  for (const { source, target } of texts.coded) if ((target[k] ?? -1) < 0) target[k] = codeAt(source, j);
  for (const { source, target, hashes } of texts.ids) {
    if ((target[k] ?? null) === null) setText(source, j, target, k, hashes);
  }
  store.amount[k] = (store.amount[k] ?? 0) + (part.amount[j] || 0);
  if (store.total !== null) store.total[k] = addKnown(store.total[k], valueAt(part.total, j));
  if (store.quantity !== null) store.quantity[k] = addKnown(store.quantity[k], valueAt(part.quantity, j));
  if (store.listPrice !== null) store.listPrice[k] = addKnown(store.listPrice[k], valueAt(part.listPrice, j));
  if (store.discount !== null) store.discount[k] = addKnown(store.discount[k], valueAt(part.discount, j));
  if (store.refund !== null) store.refund[k] = addKnown(store.refund[k], valueAt(part.refund, j));
  if (store.cogs !== null) store.cogs[k] = addKnown(store.cogs[k], valueAt(part.cogs, j));
}

function setText(
  source: (string | null)[] | null,
  j: number,
  target: (string | null)[],
  k: number,
  hashes: Int32Array | null,
): void {
  const text = source === null ? null : (source[j] ?? null);
  target[k] = text;
  if (text !== null && hashes !== null) hashes[k] = hashOf(text);
}

function valueAt(column: Float64Array | null, j: number): number {
  return column === null ? NaN : (column[j] ?? NaN);
}

function codeAt(column: Int32Array | Int8Array | null, j: number): number {
  return column === null ? -1 : (column[j] ?? -1);
}

function differ(a: number, b: number): boolean {
  return a === a && b === b && a !== b;
}

function differCode(a: number, b: number): boolean {
  return a >= 0 && b >= 0 && a !== b;
}

/** a + b, an unknown side counting 0; NaN while both are unknown. */
function addKnown(a: number | undefined, b: number): number {
  const x = a ?? NaN;
  return Number.isNaN(x) && Number.isNaN(b) ? NaN : (x || 0) + (b || 0);
}
