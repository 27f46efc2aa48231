import type { TableKind } from '../core/model/tableKinds';
import type { Translation } from './translation';

/** What the pane calls each kind of source table (Dropdown options, list headers). */
export const TABLE_KIND_LABELS: Readonly<Record<TableKind, Translation>> = {
  orders: { 'zh-CN': '订单', 'en-US': 'Orders' },
  traffic: { 'zh-CN': '流量', 'en-US': 'Traffic' },
  spend: { 'zh-CN': '投放花费', 'en-US': 'Spend' },
  targets: { 'zh-CN': '目标', 'en-US': 'Targets' },
  campaign: { 'zh-CN': '活动节奏', 'en-US': 'Campaign calendar' },
  refunds: { 'zh-CN': '退款', 'en-US': 'Refunds' },
  customers: { 'zh-CN': '客户', 'en-US': 'Customers' },
  inventory: { 'zh-CN': '库存', 'en-US': 'Inventory' },
  touchpoints: { 'zh-CN': '触点', 'en-US': 'Touchpoints' },
  order_lines: { 'zh-CN': '订单明细', 'en-US': 'Order lines' },
  payments: { 'zh-CN': '支付', 'en-US': 'Payments' },
  experiment: { 'zh-CN': '实验记录', 'en-US': 'Experiment' },
  paths: { 'zh-CN': '路径汇总', 'en-US': 'Paths (aggregated)' },
};
