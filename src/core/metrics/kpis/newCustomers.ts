import type { KpiDefinition } from '../kpiDefinition';

export const newCustomers: KpiDefinition = {
  id: 'new_customers',
  name: { 'zh-CN': '新客数', 'en-US': 'New customers' },
  unit: 'count',
  format: { kind: 'integer', decimals: 0 },
  direction: 'higher',
  additive: false,
  requires: {
    tables: ['orders'],
    columns: ['orders.customer_id', 'orders.is_new', 'customers.first_order_date'],
    kpis: [],
    measures: ['new_buyers'],
  },
  definition: {
    'zh-CN':
      '期内支付买家中的新客：有「是否新客」列时，为期内有支付订单标记为新客的买家；否则为首单日期（客户表；表中没有的买家取所给数据中最早的支付订单）落在期内的买家。没有买家ID时无法计算。',
    'en-US':
      'Paying buyers of the period who are new: with a new-customer column, buyers with a paid order flagged new in the period; else buyers whose first order (customers table; for buyers not in it, the earliest paid order in the data given) falls in the period. Null without customer ids.',
  },
  formula: {
    'zh-CN': '去重计数 买家ID（支付订单，且为新客）',
    'en-US': 'distinct customer ids (paid orders, customer new)',
  },
  compute: (x) => x.measure('new_buyers'),
};
