import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '支付转化率', 'en-US': 'Conversion rate (CVR)' };

export const cvr: KpiDefinition = {
  id: 'cvr',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: {
    tables: ['orders', 'traffic'],
    columns: ['orders.customer_id', 'orders.status', 'traffic.date', 'traffic.uv'],
    kpis: [],
    measures: ['buyer_days', 'visitor_days'],
  },
  definition: {
    'zh-CN':
      '逐日支付买家数之和 ÷ 逐日访客数之和：每天是当天去重支付买家 ÷ 当天访客，多天合计时分子分母各自相加（访客·天口径）。',
    'en-US':
      "Σ over days of that day's distinct paying buyers ÷ Σ over days of UV: each day is buyers_d ÷ UV_d, and over several days numerators and denominators are summed (visitor-days).",
  },
  formula: { 'zh-CN': 'Σ 每日支付买家数 ÷ Σ 每日访客数', 'en-US': 'Σ_days buyers_d ÷ Σ_days UV_d' },
  compute: (x) =>
    divide(x.measure('buyer_days'), x.measure('visitor_days'), () =>
      zeroDenominator(name, MEASURE_NAMES.visitor_days),
    ),
};
