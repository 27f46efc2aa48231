import type { KpiDefinition } from '../kpiDefinition';

export const buyers: KpiDefinition = {
  id: 'buyers',
  name: { 'zh-CN': '支付买家数', 'en-US': 'Paying buyers' },
  unit: 'count',
  format: { kind: 'integer', decimals: 0 },
  direction: 'higher',
  additive: false,
  requires: {
    tables: ['orders'],
    columns: ['orders.customer_id', 'orders.status'],
    kpis: [],
    measures: ['buyers'],
  },
  definition: {
    'zh-CN': '期内至少有 1 笔支付订单的不同买家数（去重，不可逐日相加）。',
    'en-US': 'Distinct customers with at least one paid order in the period (distinct: days do not add up).',
  },
  formula: { 'zh-CN': '去重计数 买家ID（支付订单）', 'en-US': 'distinct customer ids (paid orders)' },
  compute: (x) => x.measure('buyers'),
};
