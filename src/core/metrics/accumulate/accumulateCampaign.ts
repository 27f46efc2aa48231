import type { CampaignData, DictColumn, OrdersTable } from '../../model/campaign';
import { indexChannels, type ChannelIndex } from '../channelIndex';
import { dayWindow, type DayWindow } from '../dayWindow';
import { groupLayout, type GroupLayout } from '../groupLayout';
import { accumulateCategories } from './categoryTotals';
import { countDistinctBuyers, type DistinctBuyers } from './distinctBuyers';
import { linesByOrder } from './linesByOrder';
import { newCustomerBasis, type NewCustomerBasis } from './newCustomerBasis';
import { accumulateOrders, type OrderCube } from './orderCube';
import { withRefundColumn } from './refundColumn';
import { addReturns } from './returnsCube';
import { accumulateSpend, type SpendCube } from './spendCube';
import { accumulateTraffic, type TrafficCube } from './trafficCube';

/** Everything the groups are summed from: the indexes and the accumulators of every pass. */
export interface Accumulated {
  readonly data: CampaignData;
  /** The orders, with the refunds table folded into their refund column when needed. */
  readonly orders: OrdersTable;
  readonly window: DayWindow;
  readonly channels: ChannelIndex;
  readonly layout: GroupLayout;
  readonly categories: DictColumn | null;
  readonly orderCube: OrderCube;
  readonly trafficCube: TrafficCube | null;
  readonly spendCube: SpendCube | null;
  /** Per category slot (values + "no category"), CATEGORY_SUM layout; null without a category column. */
  readonly categorySums: Float64Array | null;
  readonly basis: NewCustomerBasis | null;
  readonly distinct: DistinctBuyers | null;
}

/**
 * The linear part of the work: index the days and channels, then one pass over each table (orders, traffic,
 * spend, item lines) and one walk over the paid orders bucketed by customer.
 */
export function accumulateCampaign(data: CampaignData): Accumulated {
  const orders = withRefundColumn(data);
  const { traffic, spend, lines } = data;
  const window = dayWindow(data.campaign);
  const channels = indexChannels({
    orders: orders.channel,
    traffic: traffic?.channel ?? null,
    spend: spend?.channel ?? null,
  });
  const categories = lines.category;
  const categoryCount = categories ? categories.values.length + 1 : 0;
  const layout = groupLayout(window, channels.size, categoryCount);

  const orderCube = accumulateOrders(orders, window, channels);
  if (data.returns) addReturns(orderCube.sums, data.returns, window, channels);
  const trafficCube = traffic ? accumulateTraffic(traffic, window, channels) : null;
  const spendCube = spend ? accumulateSpend(spend, window, channels) : null;
  const customers = orders.customer?.codes ?? null;
  const categoryTotals = categories
    ? accumulateCategories(
        lines,
        linesByOrder(lines, orders.size),
        orderCube.flags,
        categoryCount,
        customers,
        orders.isNew,
      )
    : null;
  const basis = newCustomerBasis({ ...data, orders }, orderCube.firstPaidDay);
  const distinct =
    basis && orders.customer
      ? countDistinctBuyers(
          orders.customer.values.length,
          orderCube.buyers,
          categoryTotals?.buyers ?? null,
          window,
          layout,
          basis,
        )
      : null;
  return {
    data,
    orders,
    window,
    channels,
    layout,
    categories,
    orderCube,
    trafficCube,
    spendCube,
    categorySums: categoryTotals?.sums ?? null,
    basis,
    distinct,
  };
}
