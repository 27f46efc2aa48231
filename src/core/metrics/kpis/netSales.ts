import { subtract } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';

export const netSales: KpiDefinition = {
  id: 'net_sales',
  name: { 'zh-CN': '净销售额', 'en-US': 'Net sales' },
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: true,
  requires: { tables: ['orders'], columns: [], kpis: ['paid_sales', 'refunds'], measures: [] },
  definition: { 'zh-CN': '支付金额减退款金额。', 'en-US': 'Paid sales minus refunds.' },
  formula: { 'zh-CN': '支付金额 − 退款金额', 'en-US': 'Paid sales − refunds' },
  compute: (x) => subtract(x.kpi('paid_sales'), x.kpi('refunds')),
};
