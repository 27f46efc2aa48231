import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '获客成本 (CAC)', 'en-US': 'Customer acquisition cost (CAC)' };

export const cac: KpiDefinition = {
  id: 'cac',
  name,
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'lower',
  additive: false,
  requires: { tables: ['orders', 'spend'], columns: [], kpis: ['spend', 'new_customers'], measures: [] },
  definition: { 'zh-CN': '每获得 1 位新客的推广花费。', 'en-US': 'Spend per new customer.' },
  formula: { 'zh-CN': '推广花费 ÷ 新客数', 'en-US': 'Spend ÷ new customers' },
  compute: (x) =>
    divide(x.kpi('spend'), x.kpi('new_customers'), () => zeroDenominator(name, MEASURE_NAMES.new_buyers)),
};
