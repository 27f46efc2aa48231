import { CAMPAIGN_ITEMS, FIELDS, type CampaignItem, type FieldSpec } from '../model/fields';
import type { TableKind } from '../model/tableKinds';
import type { LocalizedText } from '../model/text';
import { text } from './text';

/** What each kind of table is called in messages. */
export const TABLE_KIND_NAMES = {
  orders: text('订单表', 'Orders table'),
  traffic: text('流量表', 'Traffic table'),
  spend: text('投放花费表', 'Spend table'),
  targets: text('目标表', 'Targets table'),
  campaign: text('活动节奏表', 'Campaign calendar'),
  refunds: text('退款表', 'Refunds table'),
  customers: text('客户表', 'Customers table'),
  inventory: text('库存表', 'Inventory table'),
  touchpoints: text('触点表', 'Touchpoints table'),
  order_lines: text('订单明细表', 'Order lines table'),
  payments: text('支付表', 'Payments table'),
  experiment: text('实验记录表', 'Experiment log'),
  paths: text('路径汇总表', 'Paths table'),
} as const satisfies Record<TableKind, LocalizedText>;

/** Each kind's short name, for lists and headers (the pane's dropdown, the data-quality sheet's table column). */
export const TABLE_KIND_SHORT_NAMES = {
  orders: text('订单', 'Orders'),
  traffic: text('流量', 'Traffic'),
  spend: text('投放花费', 'Spend'),
  targets: text('目标', 'Targets'),
  campaign: text('活动节奏', 'Campaign calendar'),
  refunds: text('退款', 'Refunds'),
  customers: text('客户', 'Customers'),
  inventory: text('库存', 'Inventory'),
  touchpoints: text('触点', 'Touchpoints'),
  order_lines: text('订单明细', 'Order lines'),
  payments: text('支付', 'Payments'),
  experiment: text('实验记录', 'Experiment'),
  paths: text('路径汇总', 'Paths (aggregated)'),
} as const satisfies Record<TableKind, LocalizedText>;

/** A field's canonical header in both languages, e.g. 实付金额 / Paid Amount. */
export function fieldName(kind: TableKind, field: string): LocalizedText {
  const spec = (FIELDS[kind] as Readonly<Record<string, FieldSpec>>)[field];
  return spec === undefined ? text(field, field) : text(spec.zh, spec.en);
}

/** A campaign phase's or the baseline's name (预热期 / Warm-up …): the words the campaign table is read by. */
export function campaignItemName(item: Exclude<CampaignItem, 'campaign'>): LocalizedText {
  const spec = CAMPAIGN_ITEMS[item];
  return text(spec.zh, spec.en);
}
