import type { FieldId } from '../../../model/fields';

/** Header aliases of the touchpoints table (one row per user touch), best first. */
export const TOUCHPOINT_ALIASES = {
  path_id: [
    '用户路径ID',
    '路径ID',
    '用户ID',
    '访客ID',
    'Path ID',
    'User ID',
    'Visitor ID',
    'Client ID',
    'Journey ID',
  ],
  time: ['触点时间', '接触时间', '访问时间', '时间', 'Touch Time', 'Timestamp', 'Time', 'Event Time'],
  channel: ['渠道', '触点渠道', '来源', 'Channel', 'Source', 'Touchpoint Channel'],
  conversion: ['是否转化', '转化', '是否成交', 'Converted', 'Conversion', 'Is Conversion'],
  value: ['转化金额', '成交金额', '订单金额', 'Conversion Value', 'Revenue', 'Value'],
} as const satisfies Record<FieldId<'touchpoints'>, readonly string[]>;
