import { CAMPAIGN_ITEMS, type CampaignItem } from '../../model/fields';
import type { CellValue } from '../../model/raw';
import { isPlaceholder } from './empty';
import { excelErrorOf } from './excelError';
import { EMPTY, parsed, problem, type ParseResult } from './result';
import { cellWord, wordKey, wordTable } from './words';

/** Words of the campaign table's phase column, beyond the canonical CAMPAIGN_ITEMS (case-insensitive). */
export const CAMPAIGN_ITEM_WORDS = {
  campaign: [
    '活动',
    '活动期',
    '大促',
    '活动周期',
    '整体',
    'campaign',
    'promotion',
    'event',
    'whole campaign',
  ],
  warmup: [
    '预热期',
    '预热',
    '蓄水期',
    '蓄水',
    '预售期',
    '预售',
    'warm-up',
    'warmup',
    'warm up',
    'pre-sale',
    'presale',
    'teaser',
  ],
  peak: ['爆发期', '爆发', '正式期', '正式', '高峰期', '开门红', 'peak', 'main', 'launch', 'sale'],
  tail: ['收尾期', '收尾', '返场期', '返场', '余热期', 'tail', 'wrap-up', 'encore', 'post-sale'],
  baseline: ['基准期', '基准', '对照期', '日常期', '平销期', 'baseline', 'base', 'control period'],
} as const satisfies Record<CampaignItem, readonly string[]>;

const TABLE = wordTable<CampaignItem>(withCanonical());

function withCanonical(): Record<CampaignItem, readonly string[]> {
  const words = {} as Record<CampaignItem, readonly string[]>;
  for (const item of Object.keys(CAMPAIGN_ITEM_WORDS) as CampaignItem[]) {
    words[item] = [CAMPAIGN_ITEMS[item].zh, CAMPAIGN_ITEMS[item].en, ...CAMPAIGN_ITEM_WORDS[item]];
  }
  return words;
}

export function parseCampaignItem(cell: CellValue): ParseResult<CampaignItem> {
  const text = cellWord(cell);
  if (text === '' || isPlaceholder(text)) return EMPTY;
  if (excelErrorOf(text) !== null) return problem('excel_error', text);
  const item = TABLE.get(wordKey(text));
  return item === undefined ? problem('unknown_phase', text) : parsed(item);
}
