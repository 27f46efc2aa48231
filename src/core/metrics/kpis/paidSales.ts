import type { KpiDefinition } from '../kpiDefinition';

export const paidSales: KpiDefinition = {
  id: 'paid_sales',
  name: { 'zh-CN': '支付金额', 'en-US': 'Paid sales' },
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: true,
  requires: {
    tables: ['orders'],
    columns: ['orders.amount', 'orders.status', 'orders.pay_time'],
    kpis: [],
    measures: ['paid_sales'],
  },
  definition: {
    'zh-CN': '期内支付订单（已付款、已退款、部分退款、退款中）的金额之和，不扣退款。',
    'en-US':
      'Sum of the amounts of the paid orders of the period (paid, refunded, partially refunded, refunding), before refunds.',
  },
  formula: { 'zh-CN': 'Σ 订单金额（支付订单）', 'en-US': 'Σ order amount (paid orders)' },
  compute: (x) => x.measure('paid_sales'),
};
