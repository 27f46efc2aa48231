/**
 * ln Γ(x) for x > 0 by the Lanczos approximation with g = 7 and nine coefficients (the set published by
 * Godfrey and used in many numerical libraries), relative accuracy about 1e-15; the reflection formula is
 * not needed for the statistics here (arguments are always positive).
 */
const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) {
    // Γ(x) = Γ(x + 1) / x keeps the series in its accurate range.
    return logGamma(x + 1) - Math.log(x);
  }
  const z = x - 1;
  let a = COEFFICIENTS[0] as number;
  const t = z + G + 0.5;
  for (let i = 1; i < G + 2; i++) a += (COEFFICIENTS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
