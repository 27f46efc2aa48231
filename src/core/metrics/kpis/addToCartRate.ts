import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '加购率', 'en-US': 'Add-to-cart rate' };

export const addToCartRate: KpiDefinition = {
  id: 'add_to_cart_rate',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'higher',
  additive: false,
  requires: {
    tables: ['traffic'],
    columns: ['traffic.add_to_cart', 'traffic.funnel_cart', 'traffic.uv'],
    kpis: [],
    measures: ['add_to_cart', 'visitor_days'],
  },
  definition: {
    'zh-CN': 'Σ 每日加购人数 ÷ Σ 每日访客数；没有「加购人数」列时取漏斗的「加购访客数」。',
    'en-US':
      "Σ daily add-to-cart visitors ÷ Σ daily UV; without an add-to-cart column, the funnel's cart visitors.",
  },
  formula: { 'zh-CN': 'Σ 加购人数 ÷ Σ 每日访客数', 'en-US': 'Σ add-to-cart visitors ÷ Σ daily UV' },
  compute: (x) =>
    divide(x.measure('add_to_cart'), x.measure('visitor_days'), () =>
      zeroDenominator(name, MEASURE_NAMES.visitor_days),
    ),
};
