import {
  STATUS_CODE,
  type CampaignData,
  type DictColumn,
  type TextColumn,
  type OrderStatus,
  type PathsTable,
  type Phase,
  type PhaseKind,
  type TargetRow,
} from '../../../../src/core/model/campaign';
import { dayFromYmd, MS_PER_DAY, type Day, type DayRange } from '../../../../src/core/model/day';

/** Tiny inline tables → CampaignData, for the analysis tests. Dates are 'YYYY-MM-DD'. */

export function day(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
}

export function range(start: string, end: string): DayRange {
  return { start: day(start), end: day(end) };
}

/** Consecutive ISO dates from start, n of them. */
export function days(start: string, n: number): string[] {
  const first = day(start);
  return Array.from({ length: n }, (_, i) => new Date((first + i) * MS_PER_DAY).toISOString().slice(0, 10));
}

export function dict(values: readonly (string | null | undefined)[]): DictColumn {
  const distinct: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === null || v === undefined || v === '') return -1;
    let code = index.get(v);
    if (code === undefined) {
      code = distinct.length;
      index.set(v, code);
      distinct.push(v);
    }
    return code;
  });
  return { codes, values: distinct };
}

function optionalDict<T>(rows: readonly T[], pick: (r: T) => string | undefined): DictColumn | null {
  return rows.some((r) => pick(r) !== undefined) ? dict(rows.map(pick)) : null;
}

function optionalTexts<T>(rows: readonly T[], pick: (r: T) => string | undefined): TextColumn | null {
  return rows.some((r) => pick(r) !== undefined) ? rows.map((r) => pick(r) ?? null) : null;
}

function optionalNumbers<T>(rows: readonly T[], pick: (r: T) => number | undefined): Float64Array | null {
  return rows.some((r) => pick(r) !== undefined) ? Float64Array.from(rows, (r) => pick(r) ?? NaN) : null;
}

export interface OrderRow {
  readonly day: string;
  readonly amount: number;
  readonly customer?: string;
  readonly status?: OrderStatus;
  readonly channel?: string;
  readonly discount?: number;
  readonly listPrice?: number;
  readonly refund?: number;
  readonly cogs?: number;
  readonly isNew?: 0 | 1;
  readonly device?: string;
  readonly ip?: string;
  readonly address?: string;
  readonly variant?: string;
  readonly sku?: string;
  readonly category?: string;
  readonly quantity?: number;
}

export interface TrafficRow {
  readonly day: string;
  readonly uv: number;
  readonly channel?: string;
  readonly view?: number;
  readonly cart?: number;
  readonly addToCart?: number;
  readonly order?: number;
  readonly pay?: number;
}

export interface SpendRow {
  readonly channel: string;
  readonly spend: number;
  readonly day?: string;
  readonly budget?: number;
}

export interface TouchRow {
  readonly path: string;
  readonly time: string | number;
  readonly channel: string;
  readonly converted?: boolean;
  readonly value?: number;
}

export interface FixtureInput {
  readonly orders: readonly OrderRow[];
  readonly period: [string, string];
  readonly baseline?: [string, string];
  readonly phases?: readonly [PhaseKind, string, string][];
  readonly traffic?: readonly TrafficRow[];
  readonly spend?: readonly SpendRow[];
  readonly targets?: readonly { kpi: string; value: number; channel?: string }[];
  readonly customers?: readonly { id: string; firstOrder?: string; registered?: string }[];
  readonly inventory?: readonly { sku: string; day: string; stock: number }[];
  readonly touchpoints?: readonly TouchRow[];
  readonly touchValues?: boolean;
  readonly paths?: PathsTable;
}

export function fixture(input: FixtureInput): CampaignData {
  const o = input.orders;
  const status = Uint8Array.from(o, (r) => STATUS_CODE[r.status ?? 'paid']);
  const orders = {
    size: o.length,
    orderId: o.map((_, i) => `O${i + 1}`),
    orderTime: Float64Array.from(o, (r) => day(r.day) * MS_PER_DAY),
    payTime: null,
    day: Int32Array.from(o, (r) => day(r.day)),
    customer: optionalDict(o, (r) => r.customer),
    amount: Float64Array.from(o, (r) => r.amount),
    total: null,
    status,
    refund: optionalNumbers(o, (r) => r.refund),
    discount: optionalNumbers(o, (r) => r.discount),
    listPrice: optionalNumbers(o, (r) => r.listPrice),
    cogs: optionalNumbers(o, (r) => r.cogs),
    quantity: optionalNumbers(o, (r) => r.quantity),
    channel: optionalDict(o, (r) => r.channel),
    isNew: o.some((r) => r.isNew !== undefined) ? Int8Array.from(o, (r) => r.isNew ?? -1) : null,
    device: optionalTexts(o, (r) => r.device),
    ip: optionalTexts(o, (r) => r.ip),
    address: optionalTexts(o, (r) => r.address),
    variant: optionalDict(o, (r) => r.variant),
    sourceRow: Int32Array.from(o, (_, i) => i + 2),
  };
  const lines = {
    size: o.length,
    order: Int32Array.from(o, (_, i) => i),
    amount: Float64Array.from(o, (r) => r.amount),
    quantity: optionalNumbers(o, (r) => r.quantity),
    category: optionalDict(o, (r) => r.category),
    sku: optionalDict(o, (r) => r.sku),
  };
  const t = input.traffic;
  const traffic = t
    ? {
        size: t.length,
        day: Int32Array.from(t, (r) => day(r.day)),
        channel: optionalDict(t, (r) => r.channel),
        uv: Float64Array.from(t, (r) => r.uv),
        pv: null,
        sessions: null,
        bounces: null,
        bounceRate: null,
        addToCart: optionalNumbers(t, (r) => r.addToCart),
        funnelView: optionalNumbers(t, (r) => r.view),
        funnelCart: optionalNumbers(t, (r) => r.cart),
        funnelOrder: optionalNumbers(t, (r) => r.order),
        funnelPay: optionalNumbers(t, (r) => r.pay),
      }
    : null;
  const s = input.spend;
  const spend = s
    ? {
        size: s.length,
        channel: dict(s.map((r) => r.channel)),
        day: Int32Array.from(s, (r) => (r.day ? day(r.day) : -1)),
        spend: Float64Array.from(s, (r) => r.spend),
        impressions: null,
        clicks: null,
        budget: optionalNumbers(s, (r) => r.budget),
      }
    : null;
  const targets: TargetRow[] = (input.targets ?? []).map((r, i) => ({
    metric: r.kpi,
    kpi: r.kpi,
    value: r.value,
    channel: r.channel ?? null,
    sourceRow: i + 2,
  }));
  const c = input.customers;
  const customers = c
    ? {
        size: c.length,
        customerId: c.map((r) => r.id),
        firstOrderDay: Int32Array.from(c, (r) => (r.firstOrder ? day(r.firstOrder) : -1)),
        registrationDay: Int32Array.from(c, (r) => (r.registered ? day(r.registered) : -1)),
      }
    : null;
  const inv = input.inventory;
  const inventory = inv
    ? {
        size: inv.length,
        sku: dict(inv.map((r) => r.sku)),
        day: Int32Array.from(inv, (r) => day(r.day)),
        stock: Float64Array.from(inv, (r) => r.stock),
      }
    : null;
  const tp = input.touchpoints;
  const touchpoints = tp
    ? {
        size: tp.length,
        pathId: dict(tp.map((r) => r.path)),
        time: Float64Array.from(tp, (r) => (typeof r.time === 'number' ? r.time : day(r.time) * MS_PER_DAY)),
        channel: dict(tp.map((r) => r.channel)),
        conversion: Uint8Array.from(tp, (r) => (r.converted ? 1 : 0)),
        value:
          input.touchValues || tp.some((r) => r.value !== undefined)
            ? Float64Array.from(tp, (r) => r.value ?? NaN)
            : null,
      }
    : null;
  const phases: Phase[] = (input.phases ?? []).map(([kind, a, b]) => ({ kind, start: day(a), end: day(b) }));
  return {
    orders,
    lines,
    traffic,
    spend,
    targets,
    campaign: {
      name: 'Test',
      period: range(...input.period),
      phases,
      baseline: input.baseline ? range(...input.baseline) : null,
      periodSource: 'table',
    },
    refunds: null,
    returns: null,
    customers,
    inventory,
    touchpoints,
    experiment: null,
    ordersMissing: null,
    paths: input.paths ?? null,
  };
}
