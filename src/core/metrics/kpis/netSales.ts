import { subtract } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';

export const netSales: KpiDefinition = {
  id: 'net_sales',
  name: { 'zh-CN': '净销售额', 'en-US': 'Net sales' },
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: true,
  requires: {
    tables: ['orders'],
    columns: ['orders.total_amount'],
    kpis: ['paid_sales'],
    measures: ['refunds_deducted'],
  },
  definition: {
    'zh-CN': '支付金额减退款金额；若支付金额已是扣除退款后的金额（实付 + 退款 = 总金额），退款不再重复扣除。',
    'en-US':
      'Paid sales minus refunds; when the paid amounts are already net of refunds (paid + refund = order total), refunds are not subtracted a second time.',
  },
  formula: {
    'zh-CN': '支付金额 − 退款金额（支付金额已扣退款时 = 支付金额）',
    'en-US': 'Paid sales − refunds (= paid sales when paid amounts are already net)',
  },
  compute: (x) => subtract(x.kpi('paid_sales'), x.measure('refunds_deducted')),
};
