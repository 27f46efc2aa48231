import { ORDER_SUM } from '../metrics/accumulate/orderCube';
import { TRAFFIC_SUM } from '../metrics/accumulate/trafficCube';
import { CATEGORY_SUM } from '../metrics/accumulate/categoryTotals';

/** 'paidSales' → 'paid_sales': the aggregate columns are the engine's accumulator slots, in snake case. */
export function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const slots = (layout: Readonly<Record<string, number>>): readonly string[] =>
  Object.keys(layout)
    .sort((a, b) => layout[a]! - layout[b]!)
    .map(snake);

/**
 * The aggregate tables the generated queries write, and their columns (docs/scale.md). Days are text
 * 'YYYY-MM-DD' (NULL: a row without a date); channels are keys (trimmed, lower case; NULL: no channel).
 */
export const AGGREGATE_TABLES = {
  fupan_order_cube: ['day', 'channel', 'channel_label', ...slots(ORDER_SUM)],
  fupan_traffic_cube: ['day', 'channel', 'channel_label', ...slots(TRAFFIC_SUM), 'row_count'],
  fupan_spend_cube: ['day', 'channel', 'channel_label', 'spend', 'row_count'],
  fupan_category_sums: ['category', ...slots(CATEGORY_SUM)],
  fupan_buyers: [
    'grp',
    'phase',
    'day',
    'channel',
    'category',
    'buyers',
    'repeat_buyers',
    'new_by_flag',
    'new_by_first_order',
    'not_in_table',
  ],
  fupan_facts: ['order_rows', 'orders_used', 'new_flag_values', 'customer_first_days', 'net_of_refunds'],
} as const;
export type AggregateTable = keyof typeof AGGREGATE_TABLES;
export const AGGREGATE_TABLE_NAMES = Object.keys(AGGREGATE_TABLES) as readonly AggregateTable[];

/** The groups of fupan_buyers: the engine's group layout (groupLayout.ts), one kind per value of `grp`. */
export const BUYER_GROUPS = [
  'total',
  'baseline',
  'phase',
  'channel',
  'day',
  'day_channel',
  'category',
] as const;
export type BuyerGroup = (typeof BUYER_GROUPS)[number];
