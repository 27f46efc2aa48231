import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '笔单价 (AOV)', 'en-US': 'Average order value (AOV)' };

export const aov: KpiDefinition = {
  id: 'aov',
  name,
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: { tables: ['orders'], columns: [], kpis: ['paid_sales', 'paid_orders'], measures: [] },
  definition: { 'zh-CN': '每笔支付订单的平均支付金额。', 'en-US': 'Average paid sales per paid order.' },
  formula: { 'zh-CN': '支付金额 ÷ 支付订单数', 'en-US': 'Paid sales ÷ paid orders' },
  compute: (x) =>
    divide(x.kpi('paid_sales'), x.kpi('paid_orders'), () => zeroDenominator(name, MEASURE_NAMES.paid_orders)),
};
