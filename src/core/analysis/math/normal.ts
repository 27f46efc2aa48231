import { erfc } from './erfc';

/** Standard normal CDF Φ(z) = erfc(−z/√2) / 2 (accuracy that of erfc: about 1e-15 absolute). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Upper tail 1 − Φ(z), computed without cancellation for large z. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Standard normal density φ(z). */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/**
 * Φ⁻¹(p) for 0 < p < 1: Newton's method on Φ (quadratic convergence, full double precision), safeguarded
 * by bisection on [−40, 40]. ±Infinity at p = 0 or 1, NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p > 0.5) return -normalQuantile(1 - p);
  // p ≤ 0.5: solve Φ(z) = p with z ≤ 0 (no cancellation in the lower tail).
  let lo = -40;
  let hi = 0;
  let z = -Math.sqrt(-2 * Math.log(p)) + 1; // rough start
  if (!(z > lo && z < hi)) z = -1;
  for (let i = 0; i < 100; i++) {
    const f = normalCdf(z) - p;
    if (f === 0) return z;
    if (f > 0) hi = z;
    else lo = z;
    const step = f / normalPdf(z);
    let next = z - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - z) <= 1e-15 * Math.max(1, Math.abs(z))) return next;
    z = next;
  }
  return z;
}
