import type { KpiId } from '../core/metrics/kpiIds';
import type { Translation } from './translation';

/** KPI names for the target editor; a new KPI id fails to compile until it is named here. */
export const KPI_LABELS: Readonly<Record<KpiId, Translation>> = {
  gmv: { 'zh-CN': 'GMV 成交总额', 'en-US': 'GMV' },
  paid_sales: { 'zh-CN': '支付金额', 'en-US': 'Paid sales' },
  refunds: { 'zh-CN': '退款金额', 'en-US': 'Refunds' },
  net_sales: { 'zh-CN': '净销售额', 'en-US': 'Net sales' },
  orders: { 'zh-CN': '订单数', 'en-US': 'Orders' },
  paid_orders: { 'zh-CN': '支付订单数', 'en-US': 'Paid orders' },
  paid_rate: { 'zh-CN': '成交率 / 付款率', 'en-US': 'Paid rate' },
  buyers: { 'zh-CN': '支付买家数', 'en-US': 'Paying buyers' },
  aov: { 'zh-CN': '客单价 (AOV)', 'en-US': 'Average order value (AOV)' },
  arppu: { 'zh-CN': '人均支付金额 (ARPPU)', 'en-US': 'Revenue per paying buyer (ARPPU)' },
  uv: { 'zh-CN': '访客数 (UV)', 'en-US': 'Visitors (UV)' },
  pv: { 'zh-CN': '浏览量 (PV)', 'en-US': 'Page views (PV)' },
  cvr: { 'zh-CN': '转化率', 'en-US': 'Conversion rate' },
  orders_per_session: { 'zh-CN': '每会话订单数', 'en-US': 'Orders per session' },
  bounce_rate: { 'zh-CN': '跳失率', 'en-US': 'Bounce rate' },
  add_to_cart_rate: { 'zh-CN': '加购率', 'en-US': 'Add-to-cart rate' },
  return_rate_amount: { 'zh-CN': '退款率（金额）', 'en-US': 'Return rate (amount)' },
  return_rate_orders: { 'zh-CN': '退款率（订单）', 'en-US': 'Return rate (orders)' },
  discount_cost: { 'zh-CN': '优惠成本', 'en-US': 'Discount cost' },
  new_customers: { 'zh-CN': '新客数', 'en-US': 'New customers' },
  returning_customers: { 'zh-CN': '老客数', 'en-US': 'Returning customers' },
  repurchase_rate: { 'zh-CN': '复购率', 'en-US': 'Repurchase rate' },
  spend: { 'zh-CN': '推广花费', 'en-US': 'Marketing spend' },
  roas: { 'zh-CN': '投产比 (ROAS)', 'en-US': 'ROAS' },
  roi: { 'zh-CN': 'ROI', 'en-US': 'ROI' },
  cac: { 'zh-CN': '获客成本 (CAC)', 'en-US': 'Customer acquisition cost (CAC)' },
};
