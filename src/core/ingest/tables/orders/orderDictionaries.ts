import { createDictionary, type Dictionary } from '../../read/dictionary';

/** The text columns of the orders tables, each with one dictionary shared by every orders table. */
export const ORDER_TEXT_FIELDS = [
  'order_id',
  'customer_id',
  'channel',
  'device_id',
  'ip',
  'address_hash',
  'variant',
  'category',
  'sku',
] as const;
export type OrderTextField = (typeof ORDER_TEXT_FIELDS)[number];

/** Text columns that describe the whole order: every line of an order must agree on them. */
export const ORDER_LEVEL_TEXTS = [
  'customer_id',
  'channel',
  'device_id',
  'ip',
  'address_hash',
  'variant',
] as const;
export type OrderLevelText = (typeof ORDER_LEVEL_TEXTS)[number];

export type OrderDictionaries = Readonly<Record<OrderTextField, Dictionary>>;

/** `rows`: how many order rows there are, to size the order-id dictionary once. */
export function createOrderDictionaries(rows = 0): OrderDictionaries {
  return Object.fromEntries(
    ORDER_TEXT_FIELDS.map((field) => [field, createDictionary(field === 'order_id' ? rows : 0)]),
  ) as Record<OrderTextField, Dictionary>;
}
