import type { KpiId } from '../../../metrics/kpiIds';

/**
 * Target metric names per KPI (case-, space- and punctuation-insensitive). Choices:
 * - GMV / 成交额 / 成交金额 / 拍下金额 are gmv (all orders placed); 销售额 / 支付金额 / sales / revenue are
 *   paid_sales;
 * - 退款率 alone is the amount-based return rate; 退款率(订单) / 订单退款率 the order-based one;
 * - 投产比 / ROAS / 广告ROI are roas, and so is a bare "ROI" (what Chinese teams mean by it; a warning says
 *   so); 净ROI / 利润ROI / 投资回报率 / net ROI are roi.
 */
export const METRIC_NAMES = {
  gmv: [
    'GMV',
    'GMV成交总额',
    '成交总额',
    '拍下金额',
    '下单金额',
    '成交额',
    '成交金额',
    'gross merchandise value',
    'gross merchandise volume',
  ],
  paid_sales: [
    '支付金额',
    '销售额',
    '实付金额',
    '支付总额',
    '销售金额',
    '营业额',
    'paid sales',
    'sales',
    'revenue',
    'paid amount',
    'total sales',
  ],
  refunds: ['退款金额', '退款额', '退款总额', 'refunds', 'refund amount'],
  net_sales: ['净销售额', '净销售', '净收入', '净成交额', 'net sales', 'net revenue'],
  orders: ['订单数', '订单量', '订单总数', '下单数', '下单量', 'orders', 'order count', 'number of orders'],
  paid_orders: ['支付订单数', '支付订单量', '成交订单数', '成交单量', '支付笔数', 'paid orders'],
  paid_rate: ['成交率', '付款率', '支付率', '订单支付率', 'paid rate', 'payment rate', 'order payment rate'],
  buyers: [
    '支付买家数',
    '买家数',
    '成交人数',
    '购买人数',
    '成交买家数',
    'buyers',
    'paying customers',
    'customers',
  ],
  aov: ['笔单价', '平均订单金额', '订单均价', 'AOV', 'average order value'],
  arppu: ['客单价', '人均消费', 'ARPPU', 'average revenue per buyer', 'revenue per buyer'],
  uv: ['UV', '访客数', '访客', '流量', '访问人数', 'visitors', 'unique visitors', 'users'],
  pv: ['PV', '浏览量', '页面浏览量', 'page views', 'pageviews'],
  cvr: ['转化率', '支付转化率', '成交转化率', 'CVR', 'conversion rate', 'conversion'],
  orders_per_session: ['订单会话比', '会话转化率', 'orders per session', 'session conversion rate'],
  bounce_rate: ['跳失率', '跳出率', 'bounce rate'],
  add_to_cart_rate: ['加购率', '加购转化率', 'add to cart rate', 'add-to-cart rate', 'cart rate'],
  return_rate_amount: [
    '退款率',
    '退款率(金额)',
    '金额退款率',
    '退货率',
    'refund rate',
    'return rate',
    'refund rate (amount)',
  ],
  return_rate_orders: [
    '退款率(订单)',
    '订单退款率',
    '退款订单率',
    'order refund rate',
    'refund rate (orders)',
    'order return rate',
  ],
  discount_cost: ['优惠成本', '优惠金额', '折扣成本', '优惠总额', 'discount cost', 'discounts'],
  new_customers: [
    '新客数',
    '新客',
    '新买家数',
    '新客户数',
    '拉新数',
    '拉新人数',
    'new customers',
    'new buyers',
  ],
  returning_customers: ['老客数', '老客', '老买家数', '老客户数', '回头客数', 'returning customers'],
  repurchase_rate: ['复购率', '回购率', 'repurchase rate', 'repeat purchase rate'],
  spend: [
    '花费',
    '消耗',
    '投放花费',
    '广告花费',
    '推广费用',
    '营销费用',
    '预算',
    'spend',
    'cost',
    'ad spend',
    'marketing spend',
    'budget',
  ],
  roas: ['投产比', 'ROAS', '投入产出比', '广告投产比', '广告ROI', 'ROI', 'return on ad spend'],
  roi: ['净ROI', '利润ROI', '真实ROI', '投资回报率', 'net ROI', 'profit ROI', 'return on investment'],
  cac: ['获客成本', '拉新成本', '新客成本', '获客单价', 'CAC', 'customer acquisition cost'],
} as const satisfies Record<KpiId, readonly string[]>;

/** KPIs whose values are shares between 0 and 1: a bare target above 1 is a percentage. */
export const SHARE_KPIS: ReadonlySet<KpiId> = new Set<KpiId>([
  'cvr',
  'orders_per_session',
  'bounce_rate',
  'add_to_cart_rate',
  'return_rate_amount',
  'return_rate_orders',
  'repurchase_rate',
]);

/** The one name read as ROAS with a warning, because in English it means the profit-based ROI. */
export const AMBIGUOUS_ROI = 'roi';
