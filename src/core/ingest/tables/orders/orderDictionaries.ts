import { createDictionary, type Dictionary } from '../../read/dictionary';

/**
 * The text columns of the orders tables that are dictionary-encoded as they are read, each with one
 * dictionary shared by every orders table: the order id (it groups lines into orders) and the columns of
 * few distinct values.
 */
export const ORDER_CODED_FIELDS = ['order_id', 'channel', 'variant', 'category', 'sku'] as const;
export type OrderCodedField = (typeof ORDER_CODED_FIELDS)[number];

/** Coded columns that describe the whole order: every line of an order must agree on them. */
export const ORDER_LEVEL_CODED = ['channel', 'variant'] as const;
export type OrderLevelCoded = (typeof ORDER_LEVEL_CODED)[number];

/**
 * Order-level id columns of many distinct values. They are read as texts and compared with the order's
 * earlier lines as texts; only the first line of each order is kept. Hashing every line of four such
 * columns was most of the cost of reading a million-row table, and only the customer needs codes (for the
 * KPIs): it gets them once orders are assembled, from one text per order. Device, IP and address stay texts
 * (the coupon-abuse analysis encodes them when it runs).
 */
export const ORDER_ID_TEXTS = ['customer_id', 'device_id', 'ip', 'address_hash'] as const;
export type OrderIdText = (typeof ORDER_ID_TEXTS)[number];

export type OrderDictionaries = Readonly<Record<OrderCodedField | 'customer_id', Dictionary>>;

/** `rows`: how many order rows there are, to size the order-id dictionary once. */
export function createOrderDictionaries(rows = 0): OrderDictionaries {
  const dicts = Object.fromEntries(
    ORDER_CODED_FIELDS.map((field) => [field, createDictionary(field === 'order_id' ? rows : 0)]),
  ) as Record<OrderCodedField, Dictionary>;
  return { ...dicts, customer_id: createDictionary() };
}
