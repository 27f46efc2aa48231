import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '退款率(订单)', 'en-US': 'Refund rate (orders)' };

export const returnRateOrders: KpiDefinition = {
  id: 'return_rate_orders',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'lower',
  additive: false,
  requires: {
    tables: ['orders'],
    columns: ['orders.status', 'orders.refund_amount'],
    kpis: ['paid_orders'],
    measures: ['refunded_orders'],
  },
  definition: {
    'zh-CN':
      '有任何退款的支付订单（退款金额 > 0，或状态为已退款、部分退款）占支付订单数的比例；"退款中"尚未退款，不计。',
    'en-US':
      'Paid orders with any refund (a refund amount > 0, or status refunded or partially refunded) as a share of paid orders; "refunding" is not a refund yet.',
  },
  formula: { 'zh-CN': '有退款的支付订单数 ÷ 支付订单数', 'en-US': 'Paid orders with a refund ÷ paid orders' },
  compute: (x) =>
    divide(x.measure('refunded_orders'), x.kpi('paid_orders'), () =>
      zeroDenominator(name, MEASURE_NAMES.paid_orders),
    ),
};
