import { subtract } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';

export const returningCustomers: KpiDefinition = {
  id: 'returning_customers',
  name: { 'zh-CN': '老客数', 'en-US': 'Returning customers' },
  unit: 'count',
  format: { kind: 'integer', decimals: 0 },
  direction: 'higher',
  additive: false,
  requires: { tables: ['orders'], columns: [], kpis: ['buyers', 'new_customers'], measures: [] },
  definition: { 'zh-CN': '支付买家中不是新客的买家。', 'en-US': 'Paying buyers who are not new customers.' },
  formula: { 'zh-CN': '支付买家数 − 新客数', 'en-US': 'Paying buyers − new customers' },
  compute: (x) => subtract(x.kpi('buyers'), x.kpi('new_customers')),
};
