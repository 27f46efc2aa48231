import type { Locale } from '../locale';
import { KPI_DEFINITIONS } from '../metrics/kpis';
import type { KpiId } from '../metrics/kpiIds';
import type { KpiValue } from '../metrics/kpiValue';
import type { MeasureId, MeasureSet } from '../metrics/measures';
import { numberFormats } from './numberFormats';
import type { PlanCell } from './types';

/**
 * How each KPI is written on a sheet: additive KPIs as the aggregate's value, ratios as a live Excel formula
 * over the aggregate cells beside them (so finance can change a cost and see ROAS follow). The formula is
 * the KPI contract's, in the aggregates of src/core/metrics/measures.ts.
 */
type Operand = MeasureId | { readonly kpi: KpiId };
type Recipe =
  | { readonly kind: 'measure'; readonly measure: MeasureId }
  | {
      readonly kind: 'ratio';
      readonly numerator: readonly Operand[];
      readonly minus?: readonly Operand[];
      readonly denominator: MeasureId;
    }
  | { readonly kind: 'difference'; readonly plus: MeasureId; readonly minus: MeasureId };

export const KPI_RECIPES: Readonly<Record<KpiId, Recipe>> = {
  gmv: { kind: 'measure', measure: 'gmv' },
  paid_sales: { kind: 'measure', measure: 'paid_sales' },
  refunds: { kind: 'measure', measure: 'refunds' },
  net_sales: { kind: 'difference', plus: 'paid_sales', minus: 'refunds_deducted' },
  orders: { kind: 'measure', measure: 'orders' },
  paid_orders: { kind: 'measure', measure: 'paid_orders' },
  paid_rate: { kind: 'ratio', numerator: ['paid_orders'], denominator: 'orders' },
  buyers: { kind: 'measure', measure: 'buyers' },
  aov: { kind: 'ratio', numerator: ['paid_sales'], denominator: 'paid_orders' },
  arppu: { kind: 'ratio', numerator: ['paid_sales'], denominator: 'buyers' },
  uv: { kind: 'measure', measure: 'uv' },
  pv: { kind: 'measure', measure: 'pv' },
  cvr: { kind: 'ratio', numerator: ['buyer_days'], denominator: 'visitor_days' },
  orders_per_session: { kind: 'ratio', numerator: ['paid_orders'], denominator: 'sessions' },
  bounce_rate: { kind: 'ratio', numerator: ['bounces'], denominator: 'bounce_base' },
  add_to_cart_rate: { kind: 'ratio', numerator: ['add_to_cart'], denominator: 'visitor_days' },
  return_rate_amount: { kind: 'ratio', numerator: ['refunds'], denominator: 'paid_sales' },
  return_rate_orders: { kind: 'ratio', numerator: ['refunded_orders'], denominator: 'paid_orders' },
  discount_cost: { kind: 'measure', measure: 'discount' },
  new_customers: { kind: 'measure', measure: 'new_buyers' },
  returning_customers: { kind: 'difference', plus: 'buyers', minus: 'new_buyers' },
  repurchase_rate: { kind: 'ratio', numerator: ['repeat_buyers'], denominator: 'buyers' },
  spend: { kind: 'measure', measure: 'spend' },
  roas: { kind: 'ratio', numerator: ['paid_sales'], denominator: 'spend' },
  roi: {
    kind: 'ratio',
    numerator: ['paid_sales'],
    minus: ['refunds_deducted', 'cogs', 'spend'],
    denominator: 'spend',
  },
  cac: { kind: 'ratio', numerator: ['spend'], denominator: 'new_buyers' },
};

/** The measures a KPI's formula reads. */
export function recipeMeasures(id: KpiId): MeasureId[] {
  const recipe = KPI_RECIPES[id];
  if (recipe.kind === 'measure') return [recipe.measure];
  if (recipe.kind === 'difference') return [recipe.plus, recipe.minus];
  const operands = [...recipe.numerator, ...(recipe.minus ?? []), recipe.denominator];
  return operands.filter((o): o is MeasureId => typeof o === 'string');
}

/**
 * The cell for a KPI: a formula over the measure cells when every measure it reads is known and placed,
 * else the computed value, else the reason it is missing (as text). `ref` gives a measure's cell address.
 */
export function kpiCell(
  id: KpiId,
  value: KpiValue,
  measures: MeasureSet,
  ref: (measure: MeasureId) => string | null,
  locale: Locale,
): PlanCell {
  if (value.value === null) return value.reason[locale];
  const recipe = KPI_RECIPES[id];
  const needed = recipeMeasures(id);
  const refs = needed.map(ref);
  const allKnown = needed.every((m) => measures[m].value !== null);
  if (recipe.kind === 'measure' || !allKnown || refs.some((r) => r === null)) return value.value;
  const at = (m: MeasureId) => ref(m) as string;
  if (recipe.kind === 'difference') {
    return { kind: 'formula', formula: `=${at(recipe.plus)}-${at(recipe.minus)}`, value: value.value };
  }
  const operand = (o: Operand) => (typeof o === 'string' ? at(o) : '0');
  const numerator = recipe.numerator.map(operand).join('+');
  const minus = (recipe.minus ?? []).map((o) => `-${operand(o)}`).join('');
  const top = minus ? `(${numerator}${minus})` : numerator;
  return { kind: 'formula', formula: `=${top}/${at(recipe.denominator)}`, value: value.value };
}

/** The number format of a KPI in a locale. */
export function kpiNumberFormat(id: KpiId, locale: Locale): string {
  const fmt = numberFormats(locale);
  const { kind } = KPI_DEFINITIONS[id].format;
  switch (kind) {
    case 'money':
      return fmt.money;
    case 'integer':
      return fmt.count;
    case 'percent':
      return fmt.percent;
    case 'multiple':
      return fmt.ratio;
  }
}

/** The number format of a measure in a locale: money or a count. */
export function measureNumberFormat(id: MeasureId, locale: Locale): string {
  const fmt = numberFormats(locale);
  const money: readonly MeasureId[] = [
    'gmv',
    'paid_sales',
    'refunds',
    'refunds_deducted',
    'discount',
    'cogs',
    'spend',
  ];
  return money.includes(id) ? fmt.money : fmt.count;
}
