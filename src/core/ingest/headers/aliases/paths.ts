import type { FieldId } from '../../../model/fields';

/**
 * Header aliases of the aggregated paths table, best first: the R / Python ChannelAttribution package
 * (path, total_conversions, total_conversion_value, total_null), Google Analytics conversion paths (MCF
 * 'Top Conversion Paths', GA4 path exploration), generic zh / en. GA4's 'Default channel group' is left out:
 * its traffic-acquisition export names the session channel so, beside a Conversions column.
 */
export const PATH_ALIASES = {
  path: [
    '路径',
    '转化路径',
    '渠道路径',
    '用户路径',
    '触点路径',
    'Path',
    'Channel Path',
    'Conversion Path',
    'Journey',
    'Touchpoint Path',
    'MCF Channel Grouping Path',
    'Paths',
  ],
  conversions: [
    '转化数',
    '转化次数',
    '总转化数',
    '转化',
    '成交数',
    'Total Conversions',
    'Conversions',
    'Conversion Count',
    'Total Conv',
    'Conv',
  ],
  value: [
    '转化金额',
    '转化价值',
    '总转化金额',
    '成交金额',
    'Total Conversion Value',
    'Conversion Value',
    'Total Value',
    'Conversion Revenue',
    'Purchase Revenue',
    'Total Revenue',
    'Revenue',
    'Value',
  ],
  nulls: [
    '未转化数',
    '未转化次数',
    '未转化',
    '流失数',
    'Total Null',
    'Nulls',
    'Null',
    'Non-conversions',
    'Non Conversions',
    'Non-converting',
    'Total Non-conversions',
  ],
} as const satisfies Record<FieldId<'paths'>, readonly string[]>;
