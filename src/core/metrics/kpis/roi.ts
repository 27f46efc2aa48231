import { zeroDenominator } from '../../messages/metrics';
import { divide, subtract } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '投资回报率 (ROI)', 'en-US': 'ROI (return on investment)' };

export const roi: KpiDefinition = {
  id: 'roi',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: {
    tables: ['orders', 'spend'],
    columns: ['orders.cogs'],
    kpis: ['net_sales', 'spend'],
    measures: ['cogs'],
  },
  definition: {
    'zh-CN':
      '（净销售额 − 商品成本 − 推广花费）÷ 推广花费。商品成本为期内全部支付订单的成本之和，已退款订单的成本也计入（按保守口径，不假设退货可再售）；任何支付订单缺成本时不计算。',
    'en-US':
      '(Net sales − cost of goods − spend) ÷ spend. Cost of goods is summed over all paid orders of the period, refunded ones included (conservative: returned goods are not assumed resold); null when any paid order lacks its cost.',
  },
  formula: {
    'zh-CN': '（净销售额 − 商品成本 − 推广花费）÷ 推广花费',
    'en-US': '(Net sales − cost of goods − spend) ÷ spend',
  },
  compute: (x) => {
    const spend = x.kpi('spend');
    const profit = subtract(subtract(x.kpi('net_sales'), x.measure('cogs')), spend);
    return divide(profit, spend, () => zeroDenominator(name, MEASURE_NAMES.spend));
  },
};
