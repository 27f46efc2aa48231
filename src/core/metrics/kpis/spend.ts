import type { KpiDefinition } from '../kpiDefinition';

export const spend: KpiDefinition = {
  id: 'spend',
  name: { 'zh-CN': '推广花费', 'en-US': 'Marketing spend' },
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: true,
  requires: {
    tables: ['spend'],
    columns: ['spend.channel', 'spend.date', 'spend.spend'],
    kpis: [],
    measures: ['spend'],
  },
  definition: {
    'zh-CN': '期内全部渠道的推广花费之和；没有日期的花费行计入整个活动期及其渠道，不拆到单日。',
    'en-US':
      'Sum of spend over the period, all channels; spend rows without a date count towards the whole campaign and their channel, not any single day.',
  },
  formula: { 'zh-CN': 'Σ 花费', 'en-US': 'Σ spend' },
  compute: (x) => x.measure('spend'),
};
