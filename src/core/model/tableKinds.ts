/**
 * The kinds of table Fupan recognises in a campaign workbook. None is required on its own: `orders` gives
 * the order KPIs, every other kind unlocks more KPIs and analyses, and a campaign without orders gets what
 * its other tables support (ingest/partialCampaign.ts).
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
