import { CAMPAIGN_ITEMS, type CampaignItem } from '../../../../model/fields';
import { normaliseHeader } from '../../../headers/normaliseHeader';
import { CAMPAIGN_ITEM_WORDS } from '../../../parse/campaignItem';

/** Which dates a label gives: both ends in one value ('2025-12-01 ~ 2025-12-12'), or one end. */
export type DatePart = 'range' | 'start' | 'end';

/** What a label of a label–value block stands for. */
export type CampaignLabel =
  | { readonly fact: 'name' }
  | { readonly fact: 'owner' }
  | { readonly fact: 'dates'; readonly item: CampaignItem; readonly part: DatePart };

/** Labels of the campaign's name and owner (either language; compared in normaliseHeader form). */
export const NAME_LABELS = [
  '活动名称',
  '活动名',
  '名称',
  '活动主题',
  '大促名称',
  'Name',
  'Campaign Name',
  'Promotion Name',
  'Event Name',
] as const;
export const OWNER_LABELS = [
  '负责人',
  '活动负责人',
  '运营负责人',
  '责任人',
  '对接人',
  'Owner',
  'Campaign Owner',
  'Manager',
  'Responsible',
] as const;

/**
 * What follows an item word (or stands alone, for the campaign itself): '活动' + '开始' = the campaign's
 * start, '基准期' + '结束日期' = the baseline's end, '预热期' alone = the warm-up's range.
 */
export const DATE_PART_WORDS = {
  range: [
    '',
    '时间',
    '日期',
    '周期',
    '时段',
    '期间',
    '区间',
    '起止',
    '起止日期',
    '起止时间',
    'Dates',
    'Period',
    'Range',
  ],
  start: [
    '开始日期',
    '开始时间',
    '开始',
    '开始日',
    '起始日期',
    '起始',
    'Start Date',
    'Start',
    'Starts',
    'From',
    'Begins',
  ],
  end: [
    '结束日期',
    '结束时间',
    '结束',
    '结束日',
    '截止日期',
    '截止',
    'End Date',
    'End',
    'Ends',
    'To',
    'Until',
  ],
} as const satisfies Record<DatePart, readonly string[]>;

const DIRECT = new Map<string, CampaignLabel>([
  ...NAME_LABELS.map((l) => [normaliseHeader(l), { fact: 'name' }] as const),
  ...OWNER_LABELS.map((l) => [normaliseHeader(l), { fact: 'owner' }] as const),
]);

/** Item words, longest first so that '基准期' wins over '基准'. */
const ITEM_WORDS: readonly { readonly word: string; readonly item: CampaignItem }[] = (
  Object.keys(CAMPAIGN_ITEM_WORDS) as CampaignItem[]
)
  .flatMap((item) =>
    [CAMPAIGN_ITEMS[item].zh, CAMPAIGN_ITEMS[item].en, ...CAMPAIGN_ITEM_WORDS[item]].map((w) => ({
      word: normaliseHeader(w),
      item,
    })),
  )
  .filter((w) => w.word !== '')
  .sort((a, b) => b.word.length - a.word.length);

const PART_OF = new Map<string, DatePart>(
  (Object.keys(DATE_PART_WORDS) as DatePart[]).flatMap((part) =>
    DATE_PART_WORDS[part].map((w) => [normaliseHeader(w), part] as const),
  ),
);

/** The meaning of a label cell, or null when it is not a campaign fact Fupan reads. */
export function parseCampaignLabel(label: string): CampaignLabel | null {
  const key = normaliseHeader(label);
  if (key === '') return null;
  const direct = DIRECT.get(key);
  if (direct !== undefined) return direct;
  for (const { word, item } of ITEM_WORDS) {
    if (!key.startsWith(word)) continue;
    const part = PART_OF.get(key.slice(word.length));
    if (part !== undefined) return { fact: 'dates', item, part };
  }
  const bare = PART_OF.get(key);
  return bare === undefined || key === '' ? null : { fact: 'dates', item: 'campaign', part: bare };
}
