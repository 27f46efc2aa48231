import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '投产比 (ROAS)', 'en-US': 'ROAS (投产比)' };

export const roas: KpiDefinition = {
  id: 'roas',
  name,
  unit: 'per_money',
  format: { kind: 'multiple', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: { tables: ['orders', 'spend'], columns: [], kpis: ['paid_sales', 'spend'], measures: [] },
  definition: {
    'zh-CN':
      '每 1 元花费带来的支付金额；按渠道时为该渠道的支付金额 ÷ 该渠道花费。许多团队称之为"ROI（投产比）"，Fupan 标为投产比 (ROAS)，ROI 另有定义。',
    'en-US':
      'Paid sales per unit of spend; per channel, that channel\'s paid sales ÷ its spend. Many Chinese teams call this "ROI" (投产比); Fupan labels it ROAS and keeps ROI for the profit ratio.',
  },
  formula: { 'zh-CN': '支付金额 ÷ 推广花费', 'en-US': 'Paid sales ÷ spend' },
  compute: (x) =>
    divide(x.kpi('paid_sales'), x.kpi('spend'), () => zeroDenominator(name, MEASURE_NAMES.spend)),
};
