/**
 * The logarithmic mean L(a, b) = (a − b) / (ln a − ln b), with L(a, a) = a (its limit), for a, b > 0.
 * It is the weight of LMDI-I (Ang 2005). Near a = b the quotient is computed through a series to avoid
 * cancellation: with r = a/b − 1, L(a, b) = b·r / ln(1 + r).
 */
export function logMean(a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`logMean needs positive arguments, got ${a} and ${b}`);
  if (a === b) return a;
  const r = a / b - 1;
  if (Math.abs(r) < 1e-6) {
    // r / ln(1 + r) = 1 + r/2 − r²/12 + r³/24 − …
    return b * (1 + r / 2 - (r * r) / 12 + (r * r * r) / 24);
  }
  return (a - b) / (Math.log(a) - Math.log(b));
}
