import { normalQuantile, normalSf } from './normal';

/**
 * Two-proportion z-test of treatment (x₂ of n₂) against control (x₁ of n₁).
 * - Test statistic: z = (p₂ − p₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)) with the pooled p̂ = (x₁ + x₂)/(n₁ + n₂):
 *   under H₀ the two rates are equal, so their common rate is estimated from both groups (this is what
 *   statsmodels' proportions_ztest and R's prop.test without continuity correction compute).
 * - Confidence interval for p₂ − p₁: the Wald interval with the unpooled standard error
 *   √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂), since it describes the difference without assuming H₀.
 * - p-value: two-sided, 2·(1 − Φ(|z|)).
 * Returns null when a group is empty or both groups have the same 0 % or 100 % rate (no variance).
 */
export interface TwoProportionTest {
  readonly controlRate: number;
  readonly treatmentRate: number;
  /** p₂ − p₁. */
  readonly difference: number;
  /** (p₂ − p₁) / p₁; null when p₁ = 0. */
  readonly relativeLift: number | null;
  readonly z: number;
  readonly pValue: number;
  readonly confidence: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

export function twoProportionZTest(
  control: { readonly successes: number; readonly trials: number },
  treatment: { readonly successes: number; readonly trials: number },
  confidence = 0.95,
): TwoProportionTest | null {
  const { successes: x1, trials: n1 } = control;
  const { successes: x2, trials: n2 } = treatment;
  if (!(n1 > 0 && n2 > 0)) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(sePooled > 0)) return null;
  const difference = p2 - p1;
  const z = difference / sePooled;
  const seUnpooled = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const critical = normalQuantile(1 - (1 - confidence) / 2);
  return {
    controlRate: p1,
    treatmentRate: p2,
    difference,
    relativeLift: p1 > 0 ? difference / p1 : null,
    z,
    pValue: Math.min(1, 2 * normalSf(Math.abs(z))),
    confidence,
    ciLow: difference - critical * seUnpooled,
    ciHigh: difference + critical * seUnpooled,
  };
}
