import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '每会话支付订单数', 'en-US': 'Paid orders per session' };

export const ordersPerSession: KpiDefinition = {
  id: 'orders_per_session',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: {
    tables: ['orders', 'traffic'],
    columns: ['traffic.sessions'],
    kpis: ['paid_orders'],
    measures: ['sessions'],
  },
  definition: {
    'zh-CN': '支付订单数 ÷ 会话数，仅在流量表有会话数时计算。',
    'en-US': 'Paid orders ÷ sessions, only where the traffic table has sessions.',
  },
  formula: { 'zh-CN': '支付订单数 ÷ Σ 会话数', 'en-US': 'Paid orders ÷ Σ sessions' },
  compute: (x) =>
    divide(x.kpi('paid_orders'), x.measure('sessions'), () => zeroDenominator(name, MEASURE_NAMES.sessions)),
};
