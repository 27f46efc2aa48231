import type { KpiDefinition } from '../kpiDefinition';

export const paidOrders: KpiDefinition = {
  id: 'paid_orders',
  name: { 'zh-CN': '支付订单数', 'en-US': 'Paid orders' },
  unit: 'count',
  format: { kind: 'integer', decimals: 0 },
  direction: 'higher',
  additive: true,
  requires: {
    tables: ['orders'],
    columns: ['orders.order_id', 'orders.status', 'orders.pay_time'],
    kpis: [],
    measures: ['paid_orders'],
  },
  definition: {
    'zh-CN': '期内支付订单（已付款、已退款、部分退款、退款中）的个数。',
    'en-US': 'Number of paid orders of the period (paid, refunded, partially refunded, refunding).',
  },
  formula: { 'zh-CN': '支付订单数', 'en-US': 'count of paid orders' },
  compute: (x) => x.measure('paid_orders'),
};
