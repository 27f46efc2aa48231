import * as text from '../messages/metrics';
import type { CampaignData, OrdersMissing } from '../model/campaign';
import { fieldName } from '../messages/names';
import type { LocalizedText } from '../model/text';
import { MEASURE_NAMES, type MeasureId } from './measures';

/** The kinds of group a report holds. */
export const GROUP_SCOPES = ['total', 'baseline', 'day', 'phase', 'channel', 'category'] as const;
export type GroupScope = (typeof GROUP_SCOPES)[number];

/** Which inputs the data has: what decides whether a measure exists at all. */
export interface SourceInfo {
  /** Why there are no orders (a campaign without them), null when there are. */
  readonly ordersMissing: OrdersMissing | null;
  readonly customers: boolean;
  readonly discount: boolean;
  readonly cogs: boolean;
  readonly ordersChannel: boolean;
  readonly traffic: {
    readonly pv: boolean;
    readonly sessions: boolean;
    readonly bounces: boolean;
    readonly bounceRate: boolean;
    readonly addToCart: boolean;
    readonly channel: boolean;
  } | null;
  readonly spend: { readonly undatedRows: number } | null;
}

export function sourceInfo(data: CampaignData): SourceInfo {
  const { orders, traffic, spend } = data;
  let undatedRows = 0;
  if (spend) for (let r = 0; r < spend.size; r++) if (spend.day[r]! < 0) undatedRows++;
  return {
    ordersMissing: data.ordersMissing,
    customers: orders.customer !== null,
    discount: orders.discount !== null,
    cogs: orders.cogs !== null,
    ordersChannel: orders.channel !== null,
    traffic: traffic && {
      pv: traffic.pv !== null,
      sessions: traffic.sessions !== null,
      bounces: traffic.bounces !== null,
      bounceRate: traffic.bounceRate !== null,
      addToCart: traffic.addToCart !== null || traffic.funnelCart !== null,
      channel: traffic.channel !== null,
    },
    spend: spend && { undatedRows },
  };
}

type Availability = Readonly<Record<MeasureId, LocalizedText | null>>;

/**
 * For one kind of group, why each measure is absent (null when it is available). Decided once per scope
 * from which tables and columns exist; a zero denominator is not absence and is handled by the KPIs.
 */
export function measureAvailability(scope: GroupScope, sources: SourceInfo): Availability {
  const byChannel = scope === 'channel';
  const byCategory = scope === 'category';
  const absent = sources.ordersMissing === null ? null : text.noOrdersTable(sources.ordersMissing);
  const orders = absent ?? (byChannel && !sources.ordersChannel ? text.ordersHaveNoChannel() : null);
  const perOrder = (id: MeasureId): LocalizedText | null =>
    absent ?? (byCategory ? text.orderAmountNotByCategory(MEASURE_NAMES[id]) : orders);
  const customers = absent ?? (!sources.customers ? text.noCustomerColumn() : orders);
  const traffic = trafficReason(scope, sources);
  const trafficColumn = (has: boolean | undefined, ...columns: LocalizedText[]): LocalizedText | null =>
    traffic ?? (has ? null : text.noTrafficColumn(columns));
  const header = (field: string): LocalizedText => fieldName('traffic', field);
  const tr = sources.traffic;
  // Bounces need bounces and sessions, or a bounce rate: name what is missing.
  const bounce = trafficColumn(
    tr !== null && ((tr.bounces && tr.sessions) || tr.bounceRate),
    ...(tr?.bounces
      ? [header('sessions'), header('bounce_rate')]
      : [header('bounces'), header('bounce_rate')]),
  );
  return {
    gmv: orders,
    orders,
    paid_sales: orders,
    paid_orders: orders,
    refunds: perOrder('refunds'),
    refunds_deducted: perOrder('refunds_deducted'),
    refunded_orders: orders,
    discount:
      absent ??
      (sources.discount ? perOrder('discount') : text.noOrderColumn(fieldName('orders', 'discount'))),
    cogs: absent ?? (sources.cogs ? perOrder('cogs') : text.noCogsColumn()),
    buyers: customers,
    repeat_buyers: customers,
    new_buyers: customers,
    buyer_days: customers ?? (byCategory ? text.trafficNotByCategory() : null),
    uv: traffic,
    visitor_days: traffic,
    pv: trafficColumn(sources.traffic?.pv, header('pv')),
    sessions: trafficColumn(sources.traffic?.sessions, header('sessions')),
    bounces: bounce,
    bounce_base: bounce,
    add_to_cart: trafficColumn(sources.traffic?.addToCart, header('add_to_cart'), header('funnel_cart')),
    spend: spendReason(scope, sources),
  };
}

function trafficReason(scope: GroupScope, sources: SourceInfo): LocalizedText | null {
  if (sources.traffic === null) return text.noTrafficTable();
  if (scope === 'category') return text.trafficNotByCategory();
  if (scope === 'channel' && !sources.traffic.channel) return text.trafficHasNoChannel();
  return null;
}

function spendReason(scope: GroupScope, sources: SourceInfo): LocalizedText | null {
  if (sources.spend === null) return text.noSpendTable();
  if (scope === 'category') return text.spendNotByCategory();
  const byDays = scope === 'day' || scope === 'phase' || scope === 'baseline';
  if (byDays && sources.spend.undatedRows > 0) return text.spendUndated(sources.spend.undatedRows);
  return null;
}
