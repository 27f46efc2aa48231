import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '客单价', 'en-US': 'Sales per buyer (ARPPU)' };

export const arppu: KpiDefinition = {
  id: 'arppu',
  name,
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: { tables: ['orders'], columns: [], kpis: ['paid_sales', 'buyers'], measures: [] },
  definition: { 'zh-CN': '每位支付买家的平均支付金额。', 'en-US': 'Average paid sales per paying buyer.' },
  formula: { 'zh-CN': '支付金额 ÷ 支付买家数', 'en-US': 'Paid sales ÷ paying buyers' },
  compute: (x) =>
    divide(x.kpi('paid_sales'), x.kpi('buyers'), () => zeroDenominator(name, MEASURE_NAMES.buyers)),
};
