import type { KpiDefinition } from '../kpiDefinition';

export const orders: KpiDefinition = {
  id: 'orders',
  name: { 'zh-CN': '订单数', 'en-US': 'Orders' },
  unit: 'count',
  format: { kind: 'integer', decimals: 0 },
  direction: 'higher',
  additive: true,
  requires: { tables: ['orders'], columns: ['orders.order_id'], kpis: [], measures: ['orders'] },
  definition: {
    'zh-CN': '期内下单的不同订单号个数，不论状态。',
    'en-US': 'Number of distinct order ids placed in the period, whatever their status.',
  },
  formula: { 'zh-CN': '订单数（期内全部订单）', 'en-US': 'count of orders placed in the period' },
  compute: (x) => x.measure('orders'),
};
