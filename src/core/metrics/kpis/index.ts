import type { KpiId } from '../kpiIds';
import type { KpiDefinition } from '../kpiDefinition';
import { addToCartRate } from './addToCartRate';
import { aov } from './aov';
import { arppu } from './arppu';
import { bounceRate } from './bounceRate';
import { buyers } from './buyers';
import { cac } from './cac';
import { cvr } from './cvr';
import { discountCost } from './discountCost';
import { gmv } from './gmv';
import { netSales } from './netSales';
import { newCustomers } from './newCustomers';
import { orders } from './orders';
import { ordersPerSession } from './ordersPerSession';
import { paidOrders } from './paidOrders';
import { paidRate } from './paidRate';
import { paidSales } from './paidSales';
import { pv } from './pv';
import { refunds } from './refunds';
import { repurchaseRate } from './repurchaseRate';
import { returningCustomers } from './returningCustomers';
import { returnRateAmount } from './returnRateAmount';
import { returnRateOrders } from './returnRateOrders';
import { roas } from './roas';
import { roi } from './roi';
import { spend } from './spend';
import { uv } from './uv';

/** Every KPI of the contract, by id. A new id in KPI_IDS fails to compile until it is listed here. */
export const KPI_DEFINITIONS: Readonly<Record<KpiId, KpiDefinition>> = {
  gmv,
  paid_sales: paidSales,
  refunds,
  net_sales: netSales,
  orders,
  paid_orders: paidOrders,
  paid_rate: paidRate,
  buyers,
  aov,
  arppu,
  uv,
  pv,
  cvr,
  orders_per_session: ordersPerSession,
  bounce_rate: bounceRate,
  add_to_cart_rate: addToCartRate,
  return_rate_amount: returnRateAmount,
  return_rate_orders: returnRateOrders,
  discount_cost: discountCost,
  new_customers: newCustomers,
  returning_customers: returningCustomers,
  repurchase_rate: repurchaseRate,
  spend,
  roas,
  roi,
  cac,
};
