import type { KpiDefinition } from '../kpiDefinition';

export const uv: KpiDefinition = {
  id: 'uv',
  name: { 'zh-CN': '访客数 (UV)', 'en-US': 'Visitors (UV)' },
  unit: 'count',
  format: { kind: 'integer', decimals: 0 },
  direction: 'higher',
  additive: true,
  requires: { tables: ['traffic'], columns: ['traffic.date', 'traffic.uv'], kpis: [], measures: ['uv'] },
  definition: {
    'zh-CN':
      '期内逐日访客数之和（访客·天）：日表无法得出跨天去重的访客数。流量表给出无日期的期间总访客数时，取该总数。',
    'en-US':
      'Sum of daily UV over the period (visitor-days): unique visitors across days cannot be derived from daily figures. When the traffic table gives an undated period total, that total.',
  },
  formula: { 'zh-CN': 'Σ 每日访客数', 'en-US': 'Σ daily UV' },
  compute: (x) => x.measure('uv'),
};
