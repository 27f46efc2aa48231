/**
 * The kinds of table Fupan recognises in a campaign workbook. Only `orders` is required; every other kind
 * unlocks more KPIs and analyses.
 */
export const TABLE_KINDS = [
  'orders',
  'traffic',
  'spend',
  'targets',
  'campaign',
  'refunds',
  'customers',
  'inventory',
  'touchpoints',
  'order_lines',
  'payments',
  'experiment',
  'paths',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export function isTableKind(value: unknown): value is TableKind {
  return typeof value === 'string' && (TABLE_KINDS as readonly string[]).includes(value);
}
