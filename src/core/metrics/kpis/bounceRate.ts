import { zeroDenominator } from '../../messages/metrics';
import { divide } from '../kpiArithmetic';
import type { KpiDefinition } from '../kpiDefinition';
import { MEASURE_NAMES } from '../measures';

const name = { 'zh-CN': '跳失率', 'en-US': 'Bounce rate' };

export const bounceRate: KpiDefinition = {
  id: 'bounce_rate',
  name,
  unit: 'ratio',
  format: { kind: 'percent', decimals: 2 },
  direction: 'lower',
  additive: false,
  requires: {
    tables: ['traffic'],
    columns: ['traffic.bounces', 'traffic.sessions', 'traffic.bounce_rate', 'traffic.uv'],
    kpis: [],
    measures: ['bounces', 'bounce_base'],
  },
  definition: {
    'zh-CN': 'Σ 跳出次数 ÷ Σ 会话数；只有每日跳失率时，按当天会话数加权平均，没有会话数则按当天访客数加权。',
    'en-US':
      "Σ bounces ÷ Σ sessions; with only a daily bounce rate, the rate weighted by that day's sessions, or by its UV when there are no sessions.",
  },
  formula: {
    'zh-CN': 'Σ 跳出次数 ÷ Σ 会话数（或 Σ 跳失率×权重 ÷ Σ 权重）',
    'en-US': 'Σ bounces ÷ Σ sessions (or Σ rate × weight ÷ Σ weight)',
  },
  compute: (x) =>
    divide(x.measure('bounces'), x.measure('bounce_base'), () =>
      zeroDenominator(name, MEASURE_NAMES.bounce_base),
    ),
};
