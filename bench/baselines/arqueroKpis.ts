import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Params, Struct } from 'arquero/dist/types/table/types';
import { EXCEL_EPOCH_OFFSET_DAYS, MS_PER_DAY } from '../../src/core/model/day';
import { headlineValues, type HeadlineReport, type HeadlineValues } from '../kpiSet/headline';
import { windowDays, type BaselineInput } from './baselineInput';

// A local name: arquero compiles expression functions from their source text, which must say `op.…`.
const op = aq.op;

export interface ArqueroTables {
  readonly lines: ColumnTable;
  readonly traffic: ColumnTable;
  readonly spend: ColumnTable;
}

/** The cell arrays' needed columns into arquero tables (the "load" step). */
export function arqueroLoad(input: BaselineInput): ArqueroTables {
  const o = input.orders;
  const n = o.rows.length;
  const column = () => new Array<unknown>(n);
  const cols = {
    order_id: column(),
    order_time: column(),
    pay_time: column(),
    customer: column(),
    amount: column(),
    status: column(),
    channel: column(),
    refund: column(),
  };
  for (let i = 0; i < n; i++) {
    const row = o.rows[i]!;
    cols.order_id[i] = row[o.orderId];
    cols.order_time[i] = row[o.orderTime];
    cols.pay_time[i] = row[o.payTime];
    cols.customer[i] = row[o.customer];
    cols.amount[i] = row[o.amount];
    cols.status[i] = row[o.status];
    cols.channel[i] = row[o.channel];
    cols.refund[i] = row[o.refund];
  }
  const t = input.traffic;
  const s = input.spend;
  return {
    lines: aq.table(cols),
    traffic: aq.table({
      date: t.rows.map((r) => r[t.date]),
      channel: t.rows.map((r) => r[t.channel]),
      uv: t.rows.map((r) => r[t.uv]),
    }),
    spend: aq.table({
      date: s.rows.map((r) => r[s.date]),
      channel: s.rows.map((r) => r[s.channel]),
      spend: s.rows.map((r) => r[s.spend]),
    }),
  };
}

/**
 * The headline KPIs with arquero verbs, written from docs/metrics.md: lines grouped into orders (amounts and
 * refunds summed), the order date (pay day of a paid order, else order day), then sums, distinct buyers and
 * Σ_days distinct buyers per group, joined to traffic and spend on a spine of days or channels.
 */
export function arqueroQuery(tables: ArqueroTables, input: BaselineInput): HeadlineReport {
  const params = {
    unpaid: input.unpaid,
    cancelled: input.cancelled,
    blo: input.baseline.start,
    bhi: input.baseline.end,
    plo: input.period.start,
    phi: input.period.end,
    epoch: EXCEL_EPOCH_OFFSET_DAYS,
    ms: MS_PER_DAY,
  };
  const orders = tables.lines
    .params(params)
    .groupby('order_id')
    .rollup({
      order_time: op.any('order_time'),
      pay_time: op.any('pay_time'),
      customer: op.any('customer'),
      status: op.any('status'),
      channel: op.any('channel'),
      amount: op.sum('amount'),
      refund: op.sum('refund'),
    })
    .derive({ paid: (d: Struct, $: Params) => d.status !== $.unpaid && d.status !== $.cancelled })
    .derive({
      day: (d: Struct, $: Params) =>
        op.floor(
          op.round(((d.paid && d.pay_time != null ? d.pay_time : d.order_time) - $.epoch) * $.ms) / $.ms,
        ),
      key: (d: Struct) => (d.channel == null ? '' : op.lower(op.trim(d.channel))),
    });
  const inWindow = (d: Struct, $: Params) =>
    (d.day >= $.blo && d.day <= $.bhi) || (d.day >= $.plo && d.day <= $.phi);
  const inPeriod = (d: Struct, $: Params) => d.day >= $.plo && d.day <= $.phi;
  const dated = (t: ColumnTable) =>
    t.params(params).derive({
      day: (d: Struct, $: Params) => op.floor(op.round((d.date - $.epoch) * $.ms) / $.ms),
      key: (d: Struct) => (d.channel == null ? '' : op.lower(op.trim(d.channel))),
    });

  const windowOrders = orders.filter(inWindow);
  const periodOrders = windowOrders.filter(inPeriod);
  const payers = windowOrders.filter((d: Struct) => d.paid && d.customer != null);
  const periodPayers = payers.filter(inPeriod);
  const allTraffic = dated(tables.traffic);
  const allSpend = dated(tables.spend);
  const traffic = allTraffic.filter(inWindow);
  const periodTraffic = traffic.filter(inPeriod);
  const spend = allSpend.filter(inWindow);
  const periodSpend = spend.filter(inPeriod);

  const sales = {
    gmv: op.sum('amount'),
    orders: op.count(),
    paid_sales: (d: Struct) => op.sum(d.paid ? d.amount : 0),
    paid_orders: (d: Struct) => op.sum(d.paid ? 1 : 0),
    refunds: (d: Struct) => op.sum(d.paid ? d.refund : 0),
  };
  const buyers = { buyers: op.distinct('customer') };
  const perDay = (t: ColumnTable, by: string[]) =>
    t.groupby([...by, 'day']).rollup({ n: op.distinct('customer') });

  const total = (
    [
      periodOrders.rollup(sales),
      periodPayers.rollup(buyers),
      perDay(periodPayers, []).rollup({ buyer_days: op.sum('n') }),
      periodTraffic.rollup({ uv: op.sum('uv') }),
      periodSpend.rollup({ spend: op.sum('spend') }),
    ] as const
  ).reduce<Record<string, unknown>>((acc, t) => ({ ...acc, ...(t.object() as Record<string, unknown>) }), {});

  const daySpine = aq.table({ day: windowDays(input) });
  const days = daySpine
    .join_left(windowOrders.groupby('day').rollup(sales), 'day')
    .join_left(payers.groupby('day').rollup(buyers), 'day')
    .join_left(traffic.groupby('day').rollup({ uv: op.sum('uv') }), 'day')
    .join_left(spend.groupby('day').rollup({ spend: op.sum('spend') }), 'day');

  const channelSpine = orders
    .select('key')
    .concat(allTraffic.select('key'), allSpend.select('key'))
    .dedupe('key');
  const channels = channelSpine
    .join_left(periodOrders.groupby('key').rollup(sales), 'key')
    .join_left(periodPayers.groupby('key').rollup(buyers), 'key')
    .join_left(
      perDay(periodPayers, ['key'])
        .groupby('key')
        .rollup({ buyer_days: op.sum('n') }),
      'key',
    )
    .join_left(periodTraffic.groupby('key').rollup({ uv: op.sum('uv') }), 'key')
    .join_left(periodSpend.groupby('key').rollup({ spend: op.sum('spend') }), 'key');

  return {
    total: values(total),
    byDay: new Map(
      (days.objects() as Record<string, unknown>[]).map(
        (r) => [Number(r.day), values({ ...r, buyer_days: r.buyers })] as const,
      ),
    ),
    byChannel: new Map(
      (channels.objects() as Record<string, unknown>[]).map((r) => [String(r.key), values(r)] as const),
    ),
  };
}

function values(row: Record<string, unknown>): HeadlineValues {
  const n = (name: string): number => Number(row[name] ?? 0) || 0;
  return headlineValues({
    gmv: n('gmv'),
    paidSales: n('paid_sales'),
    refunds: n('refunds'),
    orders: n('orders'),
    paidOrders: n('paid_orders'),
    buyers: n('buyers'),
    buyerDays: n('buyer_days'),
    uv: n('uv'),
    spend: n('spend'),
  });
}
