import type { FieldId } from '../../../model/fields';

/** Header aliases of the campaign calendar, best first. */
export const CAMPAIGN_ALIASES = {
  item: ['阶段', '活动阶段', '节奏', '阶段名称', '时期', '类型', 'Phase', 'Stage', 'Period', 'Item', 'Type'],
  name: ['名称', '活动名称', '说明', 'Name', 'Campaign Name', 'Label', 'Description'],
  start: ['开始日期', '开始时间', '开始', '起始日期', 'Start Date', 'Start', 'From', 'Begins'],
  end: ['结束日期', '结束时间', '结束', '截止日期', 'End Date', 'End', 'To', 'Until', 'Ends'],
} as const satisfies Record<FieldId<'campaign'>, readonly string[]>;
