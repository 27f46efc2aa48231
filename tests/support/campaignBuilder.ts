import {
  STATUS_CODE,
  type CampaignData,
  type CustomersTable,
  type DictColumn,
  type OrderLinesTable,
  type OrdersTable,
  type OrderStatus,
  type PhaseKind,
  type RefundsTable,
  type SpendTable,
  type TargetRow,
  type TrafficTable,
} from '../../src/core/model/campaign';
import { dayFromYmd, MS_PER_DAY, type Day } from '../../src/core/model/day';
import { isKpiId } from '../../src/core/metrics/kpiIds';

/**
 * Builds CampaignData from small inline row objects, the way ingest would deliver it. A column exists
 * when at least one row has its key (write `refund: null` for a refund column with an empty cell); an
 * optional table exists when its array is given (even empty). Days are 'YYYY-MM-DD'.
 */

export interface LineRow {
  readonly amount: number | null;
  readonly category?: string | null;
  readonly sku?: string | null;
  readonly quantity?: number | null;
}

export interface OrderRow {
  readonly id?: string;
  /** The order date of the contract (pay day for paid orders). */
  readonly day: string;
  readonly amount: number | null;
  /** Default 'paid'. */
  readonly status?: OrderStatus;
  readonly customer?: string | null;
  readonly channel?: string | null;
  readonly refund?: number | null;
  readonly discount?: number | null;
  readonly cogs?: number | null;
  readonly isNew?: boolean | null;
  /** One line of the whole amount in this category (ignored when `lines` is given). */
  readonly category?: string | null;
  readonly lines?: readonly LineRow[];
}

export interface TrafficRow {
  /** null: an undated row, a period total. */
  readonly day: string | null;
  readonly channel?: string | null;
  readonly uv: number | null;
  readonly pv?: number | null;
  readonly sessions?: number | null;
  readonly bounces?: number | null;
  readonly bounceRate?: number | null;
  readonly addToCart?: number | null;
  readonly funnelCart?: number | null;
}

export interface SpendRow {
  readonly channel: string | null;
  /** Absent or null: a whole-period figure. */
  readonly day?: string | null;
  readonly spend: number | null;
}

export interface TargetInput {
  readonly metric: string;
  /** Default: the metric itself when it is a KPI id, else null. */
  readonly kpi?: string | null;
  readonly value: number;
  readonly channel?: string | null;
}

export interface CampaignRows {
  readonly period: readonly [string, string];
  readonly baseline?: readonly [string, string] | null;
  readonly phases?: readonly { readonly kind: PhaseKind; readonly start: string; readonly end: string }[];
  readonly orders: readonly OrderRow[];
  readonly traffic?: readonly TrafficRow[] | null;
  readonly spend?: readonly SpendRow[] | null;
  readonly targets?: readonly TargetInput[];
  readonly customers?: readonly { readonly id: string; readonly firstOrderDay: string | null }[] | null;
  readonly refunds?: readonly { readonly orderId: string; readonly amount: number | null }[] | null;
}

const dayCache = new Map<string, Day>();

/** 'YYYY-MM-DD' → Day. */
export function day(iso: string): Day {
  let d = dayCache.get(iso);
  if (d === undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) throw new Error(`Not a YYYY-MM-DD day: ${iso}`);
    d = dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
    dayCache.set(iso, d);
  }
  return d;
}

function has<T extends object>(rows: readonly T[], key: keyof T): boolean {
  return rows.some((row) => key in row);
}

function dict(values: readonly (string | null | undefined)[]): DictColumn {
  const index = new Map<string, number>();
  const names: string[] = [];
  const codes = new Int32Array(values.length);
  values.forEach((value, i) => {
    if (value === null || value === undefined) {
      codes[i] = -1;
      return;
    }
    let code = index.get(value);
    if (code === undefined) {
      code = names.length;
      index.set(value, code);
      names.push(value);
    }
    codes[i] = code;
  });
  return { codes, values: names };
}

function numbers(values: readonly (number | null | undefined)[]): Float64Array {
  return Float64Array.from(values, (v) => (v === null || v === undefined ? NaN : v));
}

function column<T extends object>(
  rows: readonly T[],
  key: keyof T,
  read: (row: T) => number | null | undefined,
): Float64Array | null {
  return has(rows, key) ? numbers(rows.map(read)) : null;
}

function dictColumn<T extends object>(
  rows: readonly T[],
  key: keyof T,
  read: (row: T) => string | null | undefined,
): DictColumn | null {
  return has(rows, key) ? dict(rows.map(read)) : null;
}

export function buildOrders(rows: readonly OrderRow[]): OrdersTable {
  const days = Int32Array.from(rows, (row) => day(row.day));
  return {
    size: rows.length,
    orderId: rows.map((row, i) => row.id ?? `O${i + 1}`),
    orderTime: Float64Array.from(days, (d) => d * MS_PER_DAY + 10 * 3_600_000),
    payTime: null,
    day: days,
    customer: dictColumn(rows, 'customer', (row) => row.customer),
    amount: numbers(rows.map((row) => row.amount)),
    total: null,
    status: Uint8Array.from(rows, (row) => STATUS_CODE[row.status ?? 'paid']),
    refund: column(rows, 'refund', (row) => row.refund),
    discount: column(rows, 'discount', (row) => row.discount),
    listPrice: null,
    cogs: column(rows, 'cogs', (row) => row.cogs),
    quantity: null,
    channel: dictColumn(rows, 'channel', (row) => row.channel),
    isNew: has(rows, 'isNew')
      ? Int8Array.from(rows, (row) => (row.isNew === true ? 1 : row.isNew === false ? 0 : -1))
      : null,
    device: null,
    ip: null,
    address: null,
    variant: null,
    sourceRow: Int32Array.from(rows, (_, i) => i + 2),
  };
}

export function buildLines(rows: readonly OrderRow[]): OrderLinesTable {
  const order: number[] = [];
  const lines: LineRow[] = [];
  rows.forEach((row, i) => {
    for (const line of row.lines ?? [{ amount: row.amount, category: row.category ?? null }]) {
      order.push(i);
      lines.push(line);
    }
  });
  const categorised = has(rows, 'category') || rows.some((row) => row.lines && has(row.lines, 'category'));
  return {
    size: lines.length,
    order: Int32Array.from(order),
    amount: numbers(lines.map((line) => line.amount)),
    quantity: column(lines, 'quantity', (line) => line.quantity),
    category: categorised ? dict(lines.map((line) => line.category)) : null,
    sku: dictColumn(lines, 'sku', (line) => line.sku),
  };
}

export function buildTraffic(rows: readonly TrafficRow[]): TrafficTable {
  return {
    size: rows.length,
    day: Int32Array.from(rows, (row) => (row.day === null ? -1 : day(row.day))),
    channel: dictColumn(rows, 'channel', (row) => row.channel),
    uv: numbers(rows.map((row) => row.uv)),
    pv: column(rows, 'pv', (row) => row.pv),
    sessions: column(rows, 'sessions', (row) => row.sessions),
    bounces: column(rows, 'bounces', (row) => row.bounces),
    bounceRate: column(rows, 'bounceRate', (row) => row.bounceRate),
    addToCart: column(rows, 'addToCart', (row) => row.addToCart),
    funnelView: null,
    funnelCart: column(rows, 'funnelCart', (row) => row.funnelCart),
    funnelOrder: null,
    funnelPay: null,
  };
}

export function buildSpend(rows: readonly SpendRow[]): SpendTable {
  return {
    size: rows.length,
    channel: dict(rows.map((row) => row.channel)),
    day: Int32Array.from(rows, (row) => (row.day === null || row.day === undefined ? -1 : day(row.day))),
    spend: numbers(rows.map((row) => row.spend)),
    impressions: null,
    clicks: null,
    budget: null,
  };
}

function buildTargets(rows: readonly TargetInput[]): TargetRow[] {
  return rows.map((row, i) => ({
    metric: row.metric,
    kpi: row.kpi !== undefined ? row.kpi : isKpiId(row.metric) ? row.metric : null,
    value: row.value,
    channel: row.channel ?? null,
    sourceRow: i + 2,
  }));
}

function buildCustomers(rows: NonNullable<CampaignRows['customers']>): CustomersTable {
  return {
    size: rows.length,
    customerId: rows.map((row) => row.id),
    firstOrderDay: Int32Array.from(rows, (row) => (row.firstOrderDay === null ? -1 : day(row.firstOrderDay))),
    registrationDay: new Int32Array(rows.length).fill(-1),
  };
}

function buildRefunds(rows: NonNullable<CampaignRows['refunds']>): RefundsTable {
  return {
    size: rows.length,
    orderId: rows.map((row) => row.orderId),
    amount: numbers(rows.map((row) => row.amount)),
    day: new Int32Array(rows.length).fill(-1),
  };
}

export function buildCampaign(rows: CampaignRows): CampaignData {
  const range = ([start, end]: readonly [string, string]) => ({ start: day(start), end: day(end) });
  return {
    orders: buildOrders(rows.orders),
    lines: buildLines(rows.orders),
    traffic: rows.traffic ? buildTraffic(rows.traffic) : null,
    spend: rows.spend ? buildSpend(rows.spend) : null,
    targets: buildTargets(rows.targets ?? []),
    campaign: {
      name: null,
      period: range(rows.period),
      phases: (rows.phases ?? []).map((phase) => ({ kind: phase.kind, ...range([phase.start, phase.end]) })),
      baseline: rows.baseline ? range(rows.baseline) : null,
      periodSource: 'table',
    },
    refunds: rows.refunds ? buildRefunds(rows.refunds) : null,
    returns: null,
    customers: rows.customers ? buildCustomers(rows.customers) : null,
    inventory: null,
    touchpoints: null,
    experiment: null,
    ordersMissing: null,
    paths: null,
  };
}
