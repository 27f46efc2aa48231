import { normalCdf, normalSf } from './normal';
import { regularizedBeta } from './regularizedBeta';
import { regularizedGammaQ } from './regularizedGamma';

/**
 * Student's t CDF with ν degrees of freedom (ν > 0, not necessarily an integer — Welch's ν is not):
 * with x = ν / (ν + t²), P(|T| > |t|) = I_x(ν/2, 1/2) (A&S 26.7.1 via 26.5.27). ν = ∞ gives Φ.
 */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalCdf(t);
  const half = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - half : half;
}

/** Two-sided p-value P(|T| ≥ |t|) for Student's t, computed without cancellation. */
export function studentTTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return 2 * normalSf(Math.abs(t));
  return regularizedBeta(df / (df + t * t), df / 2, 0.5);
}

/** Upper tail P(X ≥ x) of the chi-square distribution with k degrees of freedom: Q(k/2, x/2). */
export function chiSquareSf(x: number, k: number): number {
  if (Number.isNaN(x) || !(k > 0)) return NaN;
  return regularizedGammaQ(k / 2, Math.max(0, x) / 2);
}
