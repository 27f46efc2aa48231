import type { LocalizedText } from '../model/text';
import type { KpiValue } from './kpiValue';

/**
 * The aggregates every KPI is computed from. One accumulation pass fills them per group (day, phase,
 * channel, category, period); KPIs are then cheap functions of them. They are part of the report too:
 * the output sheets write them beside the KPIs so that ratios can be Excel formulas over them.
 */
export const MEASURE_IDS = [
  'gmv',
  'orders',
  'paid_sales',
  'paid_orders',
  'refunds',
  'refunds_deducted',
  'refunded_orders',
  'discount',
  'cogs',
  'buyers',
  'repeat_buyers',
  'new_buyers',
  'buyer_days',
  'uv',
  'visitor_days',
  'pv',
  'sessions',
  'bounces',
  'bounce_base',
  'add_to_cart',
  'spend',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** A group's measures: each a number, or null with the reason it is absent for that group. */
export type MeasureSet = Readonly<Record<MeasureId, KpiValue>>;

/** Labels of the aggregate cells on the output sheets. */
export const MEASURE_NAMES: Readonly<Record<MeasureId, LocalizedText>> = {
  gmv: { 'zh-CN': '拍下金额', 'en-US': 'Amount of orders placed' },
  orders: { 'zh-CN': '订单数', 'en-US': 'Orders placed' },
  paid_sales: { 'zh-CN': '支付金额', 'en-US': 'Paid sales' },
  paid_orders: { 'zh-CN': '支付订单数', 'en-US': 'Paid orders' },
  refunds: { 'zh-CN': '退款金额', 'en-US': 'Refunds' },
  refunds_deducted: { 'zh-CN': '扣减的退款金额', 'en-US': 'Refunds deducted' },
  refunded_orders: { 'zh-CN': '有退款的支付订单数', 'en-US': 'Paid orders with a refund' },
  discount: { 'zh-CN': '优惠金额', 'en-US': 'Discounts' },
  cogs: { 'zh-CN': '商品成本', 'en-US': 'Cost of goods' },
  buyers: { 'zh-CN': '支付买家数', 'en-US': 'Paying buyers' },
  repeat_buyers: { 'zh-CN': '期内支付 2 单及以上的买家数', 'en-US': 'Buyers with 2 or more paid orders' },
  new_buyers: { 'zh-CN': '新客数', 'en-US': 'New customers' },
  buyer_days: { 'zh-CN': '逐日支付买家数之和', 'en-US': 'Buyer-days (Σ daily paying buyers)' },
  uv: { 'zh-CN': '访客数', 'en-US': 'Visitors' },
  visitor_days: { 'zh-CN': '逐日访客数之和', 'en-US': 'Visitor-days (Σ daily UV)' },
  pv: { 'zh-CN': '浏览量', 'en-US': 'Page views' },
  sessions: { 'zh-CN': '会话数', 'en-US': 'Sessions' },
  bounces: { 'zh-CN': '跳出次数', 'en-US': 'Bounces' },
  bounce_base: { 'zh-CN': '跳失率分母（会话数，或访客数）', 'en-US': 'Bounce base (sessions, else UV)' },
  add_to_cart: { 'zh-CN': '加购人数', 'en-US': 'Add-to-cart visitors' },
  spend: { 'zh-CN': '推广花费', 'en-US': 'Spend' },
};
