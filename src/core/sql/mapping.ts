import type { CampaignOverride, TableOverride } from '../ingest/options';
import type { Phase } from '../model/campaign';
import type { DayRange } from '../model/day';
import type { FieldId } from '../model/fields';

/** The input tables the generated SQL reads, and the fields of each it uses. */
export const SQL_FIELDS = {
  /** One row per order (an order header table); line-level exports are grouped per order by ingest only. */
  orders: [
    'order_id',
    'order_time',
    'pay_time',
    'customer_id',
    'amount',
    'total_amount',
    'status',
    'channel',
    'category',
    'discount',
    'coupon',
    'refund_amount',
    'cogs',
    'is_new',
  ],
  order_lines: ['order_id', 'category', 'line_amount'],
  traffic: [
    'date',
    'channel',
    'uv',
    'pv',
    'sessions',
    'bounces',
    'bounce_rate',
    'add_to_cart',
    'funnel_cart',
  ],
  spend: ['channel', 'date', 'spend'],
  refunds: ['order_id', 'refund_amount'],
  customers: ['customer_id', 'first_order_date'],
} as const satisfies { readonly [K in SqlTableKind]: readonly FieldId<K>[] };

export type SqlTableKind = 'orders' | 'order_lines' | 'traffic' | 'spend' | 'refunds' | 'customers';
export const SQL_TABLE_KINDS = Object.keys(SQL_FIELDS) as readonly SqlTableKind[];
export type SqlField<K extends SqlTableKind> = (typeof SQL_FIELDS)[K][number];

/** Without these columns a table cannot be read (the fields ingest requires, among those SQL uses). */
export const SQL_REQUIRED: { readonly [K in SqlTableKind]: readonly SqlField<K>[] } = {
  orders: ['order_id', 'order_time', 'amount'],
  order_lines: ['order_id', 'line_amount'],
  traffic: ['date', 'uv'],
  spend: ['channel', 'spend'],
  refunds: ['order_id', 'refund_amount'],
  customers: ['customer_id'],
};

/** One input table: its name where the data lives, and the column of each field it has. */
export interface SqlSource<K extends SqlTableKind> {
  readonly table: string;
  readonly columns: Readonly<Partial<Record<SqlField<K>, string>>>;
}

/** The campaign calendar the groups are cut by. */
export interface SqlCalendar {
  readonly period: DayRange;
  readonly phases: readonly Phase[];
  readonly baseline: DayRange | null;
}

/** Where each table is and which column feeds which field, plus the calendar: all the SQL depends on. */
export interface SqlMapping {
  readonly tables: { readonly orders: SqlSource<'orders'> } & {
    readonly [K in Exclude<SqlTableKind, 'orders'>]?: SqlSource<K>;
  };
  readonly calendar: SqlCalendar;
}

/** Why a mapping cannot be compiled. */
export type MappingProblem =
  | { readonly code: 'no_orders_table' }
  | { readonly code: 'no_period' }
  | { readonly code: 'missing_column'; readonly kind: SqlTableKind; readonly field: string }
  | { readonly code: 'unknown_field'; readonly kind: SqlTableKind; readonly field: string };

export type MappingResult =
  | { readonly ok: true; readonly mapping: SqlMapping }
  | { readonly ok: false; readonly problems: readonly MappingProblem[] };

/**
 * The SQL mapping from ingest's own options (the form the task pane saves): each table override names a
 * table (`sheet` is the table's name where the data lives) and its columns (field id → column name); an
 * override without `columns` reads every field from the column of the field's own name. The campaign
 * override gives the calendar; the period is required (SQL cannot look at the data to guess it).
 */
export function sqlMapping(
  tables: readonly TableOverride[],
  campaign: CampaignOverride | undefined,
): MappingResult {
  const problems: MappingProblem[] = [];
  const sources: Partial<Record<SqlTableKind, SqlSource<SqlTableKind>>> = {};
  for (const override of tables) {
    const kind = override.kind;
    if (!isSqlTableKind(kind) || sources[kind]) continue;
    const fields: readonly string[] = SQL_FIELDS[kind];
    const columns: Record<string, string> = {};
    if (override.columns === undefined) {
      for (const field of fields) columns[field] = field;
    } else {
      for (const [field, column] of Object.entries(override.columns)) {
        if (fields.includes(field)) columns[field] = column;
        else problems.push({ code: 'unknown_field', kind, field });
      }
      for (const field of SQL_REQUIRED[kind] as readonly string[]) {
        if (columns[field] === undefined) problems.push({ code: 'missing_column', kind, field });
      }
    }
    sources[kind] = { table: override.sheet, columns };
  }
  const orders = sources.orders as SqlSource<'orders'> | undefined;
  if (!orders) problems.push({ code: 'no_orders_table' });
  const period = campaign?.period;
  if (!period) problems.push({ code: 'no_period' });
  if (problems.length > 0 || !orders || !period) return { ok: false, problems };
  return {
    ok: true,
    mapping: {
      tables: { ...sources, orders } as SqlMapping['tables'],
      calendar: { period, phases: campaign.phases ?? [], baseline: campaign.baseline ?? null },
    },
  };
}

function isSqlTableKind(kind: string): kind is SqlTableKind {
  return (SQL_TABLE_KINDS as readonly string[]).includes(kind);
}

/** The column of a field, when the table is there and has it. */
export function columnOf<K extends SqlTableKind>(
  mapping: SqlMapping,
  kind: K,
  field: SqlField<K>,
): string | null {
  const source = mapping.tables[kind] as SqlSource<K> | undefined;
  return source?.columns[field] ?? null;
}
