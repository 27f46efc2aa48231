import type { RawTableSource } from '../../model/raw';
import { TABLE_KINDS, type TableKind } from '../../model/tableKinds';
import { normaliseHeader } from './normaliseHeader';

/** Words in sheet or table names that hint at a kind: a small bonus that settles ties and near-ties between kinds. */
export const KIND_HINTS = {
  orders: ['订单', '销售', '成交', '交易', 'order', 'sales'],
  traffic: ['流量', '访客', '生意参谋', 'traffic', 'analytics', 'ga4', 'visits'],
  spend: ['投放', '花费', '广告', '推广', '消耗', 'spend', 'ads', 'cost', 'marketing'],
  targets: ['目标', 'target', 'goal', 'kpi'],
  campaign: ['活动', '节奏', '排期', '阶段', 'campaign', 'calendar', 'schedule', 'phase'],
  refunds: ['退款', '售后', 'refund', 'return'],
  customers: ['客户', '会员', '用户', 'customer', 'member', 'crm'],
  inventory: ['库存', 'inventory', 'stock'],
  touchpoints: ['触点', '路径', '归因', 'touchpoint', 'journey', 'path', 'attribution'],
  order_lines: ['明细', '子订单', '订单商品', 'items', 'lineitem', 'orderline', 'lines'],
  payments: ['支付', '付款', 'payment'],
  experiment: ['实验', 'ab测试', '分组测试', 'experiment', 'abtest', 'split'],
  paths: ['路径', '归因', 'path', 'attribution', 'channelattribution'],
} as const satisfies Record<TableKind, readonly string[]>;

/** The kinds the sheet and table names hint at. */
export function hintedKinds(source: RawTableSource): Set<TableKind> {
  const names = normaliseHeader(`${source.sheet} ${source.table ?? ''}`);
  return new Set(TABLE_KINDS.filter((kind) => KIND_HINTS[kind].some((word) => names.includes(word))));
}
