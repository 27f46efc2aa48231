import type { KpiDefinition } from '../kpiDefinition';

export const refunds: KpiDefinition = {
  id: 'refunds',
  name: { 'zh-CN': '退款金额', 'en-US': 'Refunds' },
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: true,
  requires: {
    tables: ['orders'],
    columns: ['orders.refund_amount', 'refunds.refund_amount', 'orders.status', 'orders.amount'],
    kpis: [],
    measures: ['refunds'],
  },
  definition: {
    'zh-CN':
      '期内支付订单的退款金额之和（按订单日期归期）。没有退款金额时，"已退款"订单按全额计；"部分退款"订单金额未知，不计入并提示。',
    'en-US':
      'Sum of the refund amounts of the paid orders of the period (by order date). Without a refund amount, a refunded order counts in full; a partially refunded one is unknown, left out and reported.',
  },
  formula: {
    'zh-CN': 'Σ 退款金额（支付订单；无退款金额时取已退款订单的订单金额）',
    'en-US': 'Σ refund amount (paid orders; without one, the amount of refunded orders)',
  },
  compute: (x) => x.measure('refunds'),
};
