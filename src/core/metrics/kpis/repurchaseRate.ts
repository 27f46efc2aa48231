import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '复购率', 'en-US': 'Repurchase rate' };

export const repurchaseRate: KpiDefinition = {
  id: 'repurchase_rate',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: {
    tables: ['orders'],
    columns: ['orders.customer_id'],
    kpis: ['buyers'],
    measures: ['repeat_buyers'],
  },
  definition: {
    'zh-CN': '期内支付 2 单及以上的买家占支付买家数的比例（只看本期订单）。',
    'en-US':
      'Buyers with two or more paid orders in the period as a share of paying buyers (orders of the period only).',
  },
  formula: {
    'zh-CN': '期内支付 ≥ 2 单的买家数 ÷ 支付买家数',
    'en-US': 'Buyers with ≥ 2 paid orders in the period ÷ paying buyers',
  },
  compute: (x) =>
    divide(x.measure('repeat_buyers'), x.kpi('buyers'), () => zeroDenominator(name, MEASURE_NAMES.buyers)),
};
