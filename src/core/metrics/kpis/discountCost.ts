import type { KpiDefinition } from '../kpiDefinition';

export const discountCost: KpiDefinition = {
  id: 'discount_cost',
  name: { 'zh-CN': '优惠成本', 'en-US': 'Discount cost' },
  unit: 'money',
  format: { kind: 'money', decimals: 2 },
  direction: 'higher',
  additive: true,
  requires: {
    tables: ['orders'],
    columns: ['orders.discount', 'orders.coupon'],
    kpis: [],
    measures: ['discount'],
  },
  definition: {
    'zh-CN': '期内支付订单的优惠金额与优惠券金额之和；空单元格按无优惠计。',
    'en-US':
      'Sum of the discount and coupon amounts of the paid orders of the period; an empty cell is no discount.',
  },
  formula: {
    'zh-CN': 'Σ（优惠金额 + 优惠券金额）（支付订单）',
    'en-US': 'Σ (discount + coupon) (paid orders)',
  },
  compute: (x) => x.measure('discount'),
};
