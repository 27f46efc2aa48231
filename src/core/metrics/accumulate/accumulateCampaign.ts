import type { CampaignData, DictColumn, OrdersTable } from '../../model/campaign';
import { indexChannels } from '../channelIndex';
import type { Cubes } from '../cubes';
import { dayWindow } from '../dayWindow';
import { groupLayout } from '../groupLayout';
import { sourceInfo } from '../measureAvailability';
import { accumulateCategories } from './categoryTotals';
import { countDistinctBuyers } from './distinctBuyers';
import { linesByOrder } from './linesByOrder';
import { newCustomerBasis, type NewCustomerBasis } from './newCustomerBasis';
import { accumulateOrders, type OrderCube } from './orderCube';
import { withRefundColumn } from './refundColumn';
import { addReturns } from './returnsCube';
import { accumulateSpend } from './spendCube';
import { accumulateTraffic } from './trafficCube';

/** Everything the groups are summed from: the indexes and the accumulators of every pass. */
export interface Accumulated extends Cubes {
  readonly data: CampaignData;
  /** The orders, with the refunds table folded into their refund column when needed. */
  readonly orders: OrdersTable;
  readonly categories: DictColumn | null;
  readonly orderCube: OrderCube;
  readonly basis: NewCustomerBasis | null;
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
    sources: sourceInfo(data),
  };
}
