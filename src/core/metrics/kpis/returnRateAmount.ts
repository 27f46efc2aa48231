import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '退款率(金额)', 'en-US': 'Refund rate (amount)' };

export const returnRateAmount: KpiDefinition = {
  id: 'return_rate_amount',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'lower',
  additive: false,
  requires: { tables: ['orders'], columns: [], kpis: ['refunds', 'paid_sales'], measures: [] },
  definition: { 'zh-CN': '退款金额占支付金额的比例。', 'en-US': 'Refunds as a share of paid sales.' },
  formula: { 'zh-CN': '退款金额 ÷ 支付金额', 'en-US': 'Refunds ÷ paid sales' },
  compute: (x) =>
    divide(x.kpi('refunds'), x.kpi('paid_sales'), () => zeroDenominator(name, MEASURE_NAMES.paid_sales)),
};
