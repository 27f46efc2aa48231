import type { Locale } from '../locale';
import type { TableKind } from '../model/tableKinds';

/** The table kinds the sample workbook holds, in sheet order (refunds live in the orders table). */
export const SAMPLE_TABLE_KINDS = [
  'orders',
  'traffic',
  'spend',
  'targets',
  'campaign',
  'customers',
  'inventory',
  'touchpoints',
] as const satisfies readonly TableKind[];
export type SampleTableKind = (typeof SAMPLE_TABLE_KINDS)[number];

interface Words {
  readonly zh: string;
  readonly en: string;
}

/** Sheet names as the analyst sees them, and the Excel table (ListObject) name of each. */
export const SAMPLE_SHEETS: Readonly<Record<SampleTableKind, Words & { readonly table: string }>> = {
  orders: { zh: '订单', en: 'Orders', table: 'Orders' },
  traffic: { zh: '流量', en: 'Traffic', table: 'Traffic' },
  spend: { zh: '投放', en: 'Spend', table: 'Spend' },
  targets: { zh: '目标', en: 'Targets', table: 'Targets' },
  campaign: { zh: '活动信息', en: 'Campaign', table: 'Campaign' },
  customers: { zh: '用户', en: 'Customers', table: 'Customers' },
  inventory: { zh: '库存', en: 'Inventory', table: 'Inventory' },
  touchpoints: { zh: '触点', en: 'Touchpoints', table: 'Touchpoints' },
};

/** Yes / no cells: the new-customer flag and the converted flag. */
export const YES_NO: Readonly<Record<'yes' | 'no', Words>> = {
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
};

/** The campaign table's name column. */
export const CAMPAIGN_NAMES: Readonly<Record<'campaign' | 'warmup' | 'peak' | 'tail' | 'baseline', Words>> = {
  campaign: { zh: '双12年终美妆节', en: 'Double 12 Year-End Beauty Festival' },
  warmup: { zh: '蓄水预热', en: 'Pre-heat and add-to-cart' },
  peak: { zh: '双12狂欢', en: 'Double 12 main event' },
  tail: { zh: '返场', en: 'Encore sale' },
  baseline: { zh: '11月日常', en: 'November business as usual' },
};

export function word(words: Words, locale: Locale): string {
  return locale === 'zh-CN' ? words.zh : words.en;
}
