import { studentTTwoSided } from './distributions';

/**
 * Welch's unequal-variances t-test (Welch 1947) from summary statistics: t = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂)
 * with the Welch–Satterthwaite degrees of freedom ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) +
 * (s₂²/n₂)²/(n₂−1)); the p-value is two-sided from Student's t with ν (not rounded) degrees of freedom.
 * Variances are sample variances (denominator n − 1). Null when a group has fewer than 2 values or both
 * variances are 0.
 */
export interface SampleSummary {
  readonly n: number;
  readonly mean: number;
  /** Sample variance (n − 1 denominator). */
  readonly variance: number;
}

export interface WelchTest {
  readonly difference: number;
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
}

export function welchTTest(control: SampleSummary, treatment: SampleSummary): WelchTest | null {
  if (control.n < 2 || treatment.n < 2) return null;
  const a = control.variance / control.n;
  const b = treatment.variance / treatment.n;
  const se2 = a + b;
  if (!(se2 > 0)) return null;
  const difference = treatment.mean - control.mean;
  const t = difference / Math.sqrt(se2);
  const df = (se2 * se2) / ((a * a) / (control.n - 1) + (b * b) / (treatment.n - 1));
  return { difference, t, df, pValue: studentTTwoSided(t, df) };
}

/**
 * Summary of n values given their sum and sum of squares (values not listed are zeros when n exceeds
 * the count that produced the sums). The variance uses a shifted two-pass-free formula; callers with
 * very large magnitudes should centre their values first.
 */
export function summaryFromSums(n: number, sum: number, sumOfSquares: number): SampleSummary {
  const mean = n > 0 ? sum / n : NaN;
  const variance = n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : NaN;
  return { n, mean, variance };
}
