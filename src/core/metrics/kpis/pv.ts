import type { KpiDefinition } from '../kpiDefinition';

export const pv: KpiDefinition = {
  id: 'pv',
  name: { 'zh-CN': '浏览量 (PV)', 'en-US': 'Page views (PV)' },
  unit: 'count',
  format: { kind: 'integer', decimals: 0 },
  direction: 'higher',
  additive: true,
  requires: { tables: ['traffic'], columns: ['traffic.date', 'traffic.pv'], kpis: [], measures: ['pv'] },
  definition: { 'zh-CN': '期内逐日浏览量之和。', 'en-US': 'Sum of daily page views over the period.' },
  formula: { 'zh-CN': 'Σ 每日浏览量', 'en-US': 'Σ daily PV' },
  compute: (x) => x.measure('pv'),
};
