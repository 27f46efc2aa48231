import type { CampaignItem } from './fields';
import type { Day, DayRange } from './day';
import type { RawTableSource } from './raw';
import type { TableKind } from './tableKinds';
import type { LocalizedText } from './text';

/**
 * The campaign's data after ingest: typed, columnar, validated. Columns are typed arrays so that a
 * 1,048,576-row order table fits in a few dozen MB and every KPI is a tight loop. A column that the source
 * did not have is `null` (never a column of zeros), so "absent" and "zero" cannot be confused.
 */

/** Categorical column: codes index `values`; -1 means the cell was empty. */
export interface DictColumn {
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/**
 * Text column: one text per row, null where the cell was empty. For ids of many distinct values (devices,
 * IPs, addresses) that only some analyses compare: they encode them when they run.
 */
export type TextColumn = readonly (string | null)[];

/** Numeric column: NaN means the cell was empty. */
export type NumberColumn = Float64Array;

export const ORDER_STATUSES = [
  'paid',
  'unpaid',
  'cancelled',
  'refunded',
  'partially_refunded',
  'refunding',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** Index of each status in ORDER_STATUSES, as stored in OrdersTable.status. */
export const STATUS_CODE = {
  paid: 0,
  unpaid: 1,
  cancelled: 2,
  refunded: 3,
  partially_refunded: 4,
  refunding: 5,
} as const satisfies Record<OrderStatus, number>;
/** The money was paid once: paid, refunded, partially refunded or refunding. */
export function isPaidStatusCode(code: number): boolean {
  return code === 0 || code >= 3;
}

/** One row per distinct order id (item-level rows are summed per order). */
export interface OrdersTable {
  readonly size: number;
  readonly orderId: readonly string[];
  /** Epoch ms (naive wall clock, see day.ts); NaN when unknown. */
  readonly orderTime: NumberColumn;
  readonly payTime: NumberColumn | null;
  /** The order date of the KPI contract: pay day for paid orders when known, else order day. */
  readonly day: Int32Array;
  readonly customer: DictColumn | null;
  /** The paid amount (实付); the only amount when the source had one. */
  readonly amount: NumberColumn;
  /** The order total (总金额) when the source gave one beside the paid amount; gmv sums it. */
  readonly total: OrderTotals | null;
  /**
   * Codes into ORDER_STATUSES. Without a status column: paid when the order has a pay time and the table a
   * pay-time column, else unpaid; all `paid` when the table has neither column.
   */
  readonly status: Uint8Array;
  readonly refund: NumberColumn | null;
  /** Discount + coupon amounts, summed per order. */
  readonly discount: NumberColumn | null;
  readonly listPrice: NumberColumn | null;
  readonly cogs: NumberColumn | null;
  readonly quantity: NumberColumn | null;
  readonly channel: DictColumn | null;
  /** 1 new, 0 returning, -1 unknown. */
  readonly isNew: Int8Array | null;
  readonly device: TextColumn | null;
  readonly ip: TextColumn | null;
  readonly address: TextColumn | null;
  readonly variant: DictColumn | null;
  /** Worksheet row of the order's first source row, for messages. */
  readonly sourceRow: Int32Array;
}

/** Order totals beside the paid amounts (two amounts, docs/metrics.md). */
export interface OrderTotals {
  /** Per order; NaN where the cell was empty (gmv then counts the paid amount). */
  readonly values: NumberColumn;
  /**
   * The paid amounts are already net of refunds (paid + refund = total on the paid orders with a refund):
   * net sales are then the paid sales, refunds are not subtracted a second time.
   */
  readonly paidNetOfRefunds: boolean;
}

/** One row per used source row of the orders table: what category / SKU breakdowns need. */
export interface OrderLinesTable {
  readonly size: number;
  /** Index into OrdersTable. */
  readonly order: Int32Array;
  readonly amount: NumberColumn;
  readonly quantity: NumberColumn | null;
  readonly category: DictColumn | null;
  readonly sku: DictColumn | null;
}

export interface TrafficTable {
  readonly size: number;
  readonly day: Int32Array;
  readonly channel: DictColumn | null;
  readonly uv: NumberColumn;
  readonly pv: NumberColumn | null;
  readonly sessions: NumberColumn | null;
  readonly bounces: NumberColumn | null;
  /** A ratio 0..1, when the source gave a rate instead of counts. */
  readonly bounceRate: NumberColumn | null;
  readonly addToCart: NumberColumn | null;
  readonly funnelView: NumberColumn | null;
  readonly funnelCart: NumberColumn | null;
  readonly funnelOrder: NumberColumn | null;
  readonly funnelPay: NumberColumn | null;
}

export interface SpendTable {
  readonly size: number;
  readonly channel: DictColumn;
  /** -1 when the row has no date (a whole-period figure). */
  readonly day: Int32Array;
  readonly spend: NumberColumn;
  readonly impressions: NumberColumn | null;
  readonly clicks: NumberColumn | null;
  readonly budget: NumberColumn | null;
}

export interface TargetRow {
  /** The metric as the user wrote it. */
  readonly metric: string;
  /** The KPI id it was recognised as, or null ("not computed", kept and shown). */
  readonly kpi: string | null;
  readonly value: number;
  readonly channel: string | null;
  readonly sourceRow: number;
}

export type PhaseKind = Exclude<CampaignItem, 'campaign' | 'baseline'>;

export interface Phase extends DayRange {
  readonly kind: PhaseKind;
}

export interface CampaignInfo {
  readonly name: string | null;
  readonly period: DayRange;
  readonly phases: readonly Phase[];
  readonly baseline: DayRange | null;
  /** The campaign's owner (负责人), when a label–value block names one. */
  readonly owner?: string;
  /**
   * Where the period came from: a campaign table, the user's settings, the orders' date range, or (a
   * campaign without orders) the date range of the other tables. 'undated': no table has a date and no
   * period was set; `period` is then a placeholder day that no row falls in.
   */
  readonly periodSource: 'table' | 'options' | 'orders' | 'data' | 'undated';
}

export interface RefundsTable {
  readonly size: number;
  readonly orderId: readonly string[];
  readonly amount: NumberColumn;
  readonly day: Int32Array;
}

/**
 * Cancellation and return lines of an invoice-line export (a `C`-prefixed invoice, a negative quantity or
 * price): not sales. Each counts as a refund on its own day; the export does not say which order it undoes.
 */
export interface ReturnsTable {
  readonly size: number;
  /** The invoice number as written (C536379). */
  readonly invoice: readonly string[];
  readonly day: Int32Array;
  /** The value returned, positive: |quantity × unit price|. */
  readonly amount: NumberColumn;
  /** Worksheet row, for messages. */
  readonly sourceRow: Int32Array;
}

export interface CustomersTable {
  readonly size: number;
  readonly customerId: readonly string[];
  /** -1 when unknown. */
  readonly firstOrderDay: Int32Array;
  readonly registrationDay: Int32Array;
}

export interface InventoryTable {
  readonly size: number;
  readonly sku: DictColumn;
  readonly day: Int32Array;
  readonly stock: NumberColumn;
}

export interface TouchpointsTable {
  readonly size: number;
  readonly pathId: DictColumn;
  readonly time: NumberColumn;
  readonly channel: DictColumn;
  /** 1 converted, 0 not. */
  readonly conversion: Uint8Array;
  readonly value: NumberColumn | null;
}

/**
 * How the experiment log's page column was checked against the group: `paired` when each group's most
 * frequent page is its own (one page per group, no two groups sharing one), and rows showing another page
 * were excluded; `no_page` without a page column; `not_paired` when the pages do not pair one to one with
 * the groups (nothing excluded for the page, a warning says so).
 */
export type ExperimentPageRule =
  | { readonly kind: 'paired'; readonly pairs: readonly { readonly group: string; readonly page: string }[] }
  | { readonly kind: 'no_page' }
  | { readonly kind: 'not_paired' };

/** What the experiment log's cleaning rules excluded (each excluded row is also a rejected row). */
export interface ExperimentCleaning {
  readonly pageRule: ExperimentPageRule;
  /** Rows whose page is not their group's page. */
  readonly mismatchedRows: number;
  /** Units with more than one remaining row, and the rows beyond each unit's first. */
  readonly repeatedUnits: number;
  readonly extraRows: number;
}

/** An A/B test log after cleaning: one row per unit (user, visitor, device), its group and its outcome. */
export interface ExperimentTable {
  readonly size: number;
  readonly group: DictColumn;
  readonly page: DictColumn | null;
  /** -1 when the row had no time. */
  readonly day: Int32Array;
  /** 1 converted, 0 not: the converted flag, or a conversion value above 0 when there is no flag. */
  readonly converted: Uint8Array;
  readonly outcome: 'flag' | 'value';
  readonly value: NumberColumn | null;
  readonly cleaning: ExperimentCleaning;
}

/**
 * Aggregated journeys (the ChannelAttribution / path-exploration shape): one row per distinct channel path
 * with how many journeys took it and converted, their value, and how many took it without converting.
 */
export interface PathsTable {
  readonly size: number;
  /** Channel names; `steps` holds codes into them. */
  readonly channels: readonly string[];
  /** Row i's channels, in path order, are steps[offsets[i] .. offsets[i + 1]); size + 1 entries. */
  readonly offsets: Int32Array;
  readonly steps: Int32Array;
  /** Converting journeys per row (≥ 0; fractions allowed, as weighted exports write them). */
  readonly conversions: NumberColumn;
  /** Total conversion value per row (≥ 0; empty reads as 0); null when the source had no value column. */
  readonly value: NumberColumn | null;
  /** Non-converting journeys per row (≥ 0; empty reads as 0); null when the source had no such column. */
  readonly nulls: NumberColumn | null;
}

/** Why a source row could not be used. Row numbers are worksheet rows as the user sees them. */
export interface RejectedRow {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly row: number;
  /** Header text of the offending column, when one column is to blame. */
  readonly column: string | null;
  readonly code: string;
  readonly reason: LocalizedText;
}

/** A recognised table: what it was taken for, which column fed which field, and its row accounting. */
export interface RecognisedTable {
  readonly kind: TableKind;
  readonly source: RawTableSource;
  /** Field id → header text as written in the source. */
  readonly mapping: Readonly<Record<string, string>>;
  /** Headers that matched no field (kept for the data-quality sheet). */
  readonly unmappedHeaders: readonly string[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsRejected: number;
  /** 'labelValue': campaign facts read as label | value pairs; `mapping` is then empty. */
  readonly layout?: 'labelValue';
}

export interface IngestWarning {
  readonly code: string;
  readonly text: LocalizedText;
}

export interface CampaignData {
  readonly orders: OrdersTable;
  readonly lines: OrderLinesTable;
  readonly traffic: TrafficTable | null;
  readonly spend: SpendTable | null;
  readonly targets: readonly TargetRow[];
  readonly campaign: CampaignInfo;
  readonly refunds: RefundsTable | null;
  /** Cancellation and return lines not tied to an order (invoice-line exports), else null. */
  readonly returns: ReturnsTable | null;
  readonly customers: CustomersTable | null;
  readonly inventory: InventoryTable | null;
  readonly touchpoints: TouchpointsTable | null;
  readonly experiment: ExperimentTable | null;
  /**
   * Why there are no orders: no orders table at all, or one whose every row was rejected. Then `orders`
   * and `lines` are empty and every order KPI is null with this reason; null when orders were read.
   */
  readonly ordersMissing: OrdersMissing | null;
  readonly paths: PathsTable | null;
}

export type OrdersMissing = 'no_table' | 'no_usable_rows';

export interface IngestResult {
  /**
   * null only when nothing to build a campaign on was found: no usable orders and no other table (see
   * warnings). Without orders, any other table gives a campaign whose `ordersMissing` says why.
   */
  readonly data: CampaignData | null;
  readonly tables: readonly RecognisedTable[];
  readonly rejected: readonly RejectedRow[];
  readonly warnings: readonly IngestWarning[];
}

export type { Day, DayRange };
