import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '成交率 / 付款率', 'en-US': 'Paid rate' };

export const paidRate: KpiDefinition = {
  id: 'paid_rate',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: {
    tables: ['orders'],
    columns: ['orders.status', 'orders.pay_time'],
    kpis: ['paid_orders', 'orders'],
    measures: [],
  },
  definition: {
    'zh-CN': '期内下单的订单中支付订单（已付款、已退款、部分退款、退款中）所占的比例。',
    'en-US':
      'Paid orders (paid, refunded, partially refunded, refunding) as a share of the orders placed in the period.',
  },
  formula: { 'zh-CN': '支付订单数 ÷ 订单数', 'en-US': 'Paid orders ÷ orders' },
  compute: (x) =>
    divide(x.kpi('paid_orders'), x.kpi('orders'), () => zeroDenominator(name, MEASURE_NAMES.orders)),
};
