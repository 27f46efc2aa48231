import type { KpiDefinition } from '../kpiDefinition';

export const gmv: KpiDefinition = {
  id: 'gmv',
  name: { 'zh-CN': 'GMV 成交总额', 'en-US': 'GMV (gross merchandise value)' },
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: true,
  requires: {
    tables: ['orders'],
    columns: ['orders.order_id', 'orders.total_amount', 'orders.amount', 'orders.order_time'],
    kpis: [],
    measures: ['gmv'],
  },
  definition: {
    'zh-CN':
      '期内下单的全部订单金额之和，不论订单状态（含未付款、已取消；即天猫"拍下金额"口径）。订单同时有总金额和实付金额时取总金额。',
    'en-US':
      "Sum of the amounts of all orders placed in the period, whatever their status, unpaid and cancelled included (Tmall's 拍下金额 convention). When orders carry both an order total and a paid amount, the total.",
  },
  formula: {
    'zh-CN': 'Σ 订单金额（期内全部订单）',
    'en-US': 'Σ order amount (all orders placed in the period)',
  },
  compute: (x) => x.measure('gmv'),
};
