import type { FactorEffect, GapComparison, SalesFactorId } from '../analysis/decomposition';
import type { Locale } from '../locale';
import { FACTOR_LABELS } from '../plan/analysisLabels';
import type { GapReference } from './analysisAnchors';
import { count, inSentence, money, rate, signedMoney } from './factText';

/** A factor's own value as the sentence states it: UV and orders as counts, CVR as a rate, the rest money. */
export function factorValue(factor: SalesFactorId, value: number, l: Locale): string {
  if (factor === 'cvr') return rate(value);
  if (factor === 'uv' || factor === 'paid_orders') return count(Math.round(value));
  return money(value, l);
}

/** "UV +¥113.7K, CVR −¥205.0K and sales per buyer-day +¥46.5K". */
export function effectsText(effects: readonly FactorEffect[], l: Locale): string {
  const parts = effects.map(
    (e) => `${inSentence(FACTOR_LABELS[e.factor][l], l)} ${signedMoney(e.effect, l)}`,
  );
  return l === 'zh-CN' ? parts.join('，') : parts.join(', ');
}

/** The data review's statement of a gap: the two totals, the gap, the three effects, the main driver. */
export function gapText(ref: GapReference, gap: GapComparison, l: Locale): string {
  const driver = gap.mainDriver ? inSentence(FACTOR_LABELS[gap.mainDriver][l], l) : null;
  if (l === 'zh-CN') {
    const what = ref === 'baseline' ? '支付金额对比基准期（按天折算）' : '支付金额对比目标';
    const other = ref === 'baseline' ? '基准' : '目标';
    return `${what}：实际 ${money(gap.after, l)}，${other} ${money(gap.before, l)}，差 ${signedMoney(gap.gap, l)}。各因子影响：${effectsText(gap.effects, l)}${driver ? `；主要驱动：${driver}` : ''}。`;
  }
  const what = ref === 'baseline' ? 'Paid sales vs the baseline (per-day scaled)' : 'Paid sales vs target';
  return `${what}: ${money(gap.after, l)} against ${money(gap.before, l)}, ${signedMoney(gap.gap, l)}. Effects: ${effectsText(gap.effects, l)}${driver ? `; main driver: ${driver}` : ''}.`;
}

/** The most negative effect of a gap, or null when no factor pulled sales down. */
export function mainNegative(gap: GapComparison): FactorEffect | null {
  return gap.effects.reduce<FactorEffect | null>(
    (worst, e) => (e.effect < 0 && (worst === null || e.effect < worst.effect) ? e : worst),
    null,
  );
}

/** The most positive effect of a gap, or null when no factor pushed sales up. */
export function mainPositive(gap: GapComparison): FactorEffect | null {
  return gap.effects.reduce<FactorEffect | null>(
    (best, e) => (e.effect > 0 && (best === null || e.effect > best.effect) ? e : best),
    null,
  );
}
