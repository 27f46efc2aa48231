import { logMean } from './logMean';

/**
 * LMDI-I additive decomposition (Ang 2005, "The LMDI approach to decomposition analysis: a practical
 * guide", Energy Policy 33(7):867–871). For V = x₁·x₂·…·x_m going from period 0 to period 1, the effect
 * of factor k is
 *
 *   ΔV_k = L(V¹, V⁰) · ln(x_k¹ / x_k⁰),   L(a, b) = (a − b) / (ln a − ln b),  L(a, a) = a,
 *
 * and Σ_k ΔV_k = V¹ − V⁰ exactly (ln V¹ − ln V⁰ = Σ_k ln(x_k¹ / x_k⁰)).
 *
 * Zero values (Ang & Liu 2007, "Handling zero values in the logarithmic mean Divisia index decomposition
 * approach", Energy Policy 35(1):238–246):
 * - `small-value` (default, the binding contract): every zero factor is replaced by δ = 1e-20 before the
 *   formula runs (Ang & Liu 2007 show the results converge as δ → 0 and recommend δ between 1e-10 and
 *   1e-20). The effects then sum to the gap computed with δ, which differs from the true gap by at most
 *   δ times the product of the other factors.
 * - `limit`: the analytical limits of the same terms as δ → 0 (Wood & Lenzen 2006, Energy Policy
 *   34(12):1326–1331; generalised by Ang & Liu 2007): when V⁰ = 0 < V¹ the whole of V¹ goes to the
 *   factors that were zero in period 0 (shared equally when several were), when V¹ = 0 < V⁰ the whole of
 *   −V⁰ goes to the factors that are zero in period 1, and when both are zero every effect is 0.
 * Factors must be finite and non-negative (a broken contract throws).
 */
export type LmdiZeroRule = 'small-value' | 'limit';

export const LMDI_SMALL_VALUE = 1e-20;

export interface LmdiOptions {
  readonly zeroRule?: LmdiZeroRule;
  /** The small value δ of the `small-value` rule. */
  readonly delta?: number;
}

export function lmdiEffects(
  before: readonly number[],
  after: readonly number[],
  options: LmdiOptions = {},
): number[] {
  if (before.length !== after.length) throw new RangeError('lmdiEffects: factor lists differ in length');
  for (const v of [...before, ...after]) {
    if (!Number.isFinite(v) || v < 0)
      throw new RangeError(`lmdiEffects: factor ${v} is not a finite value ≥ 0`);
  }
  const rule = options.zeroRule ?? 'small-value';
  if (rule === 'limit') {
    const v0 = product(before);
    const v1 = product(after);
    if (v0 === 0 || v1 === 0) return limitEffects(before, after, v0, v1);
    return positiveEffects(before, after);
  }
  const delta = options.delta ?? LMDI_SMALL_VALUE;
  return positiveEffects(
    before.map((v) => (v === 0 ? delta : v)),
    after.map((v) => (v === 0 ? delta : v)),
  );
}

function product(values: readonly number[]): number {
  return values.reduce((p, v) => p * v, 1);
}

function positiveEffects(before: readonly number[], after: readonly number[]): number[] {
  const v0 = product(before);
  const v1 = product(after);
  const logs = before.map((x0, k) => Math.log((after[k] as number) / x0));
  let weight: number;
  if (v0 > 0 && v1 > 0 && Number.isFinite(v0) && Number.isFinite(v1)) weight = logMean(v1, v0);
  else {
    // A product under- or overflowed: take ln V¹ − ln V⁰ as the sum of the factor logs instead.
    const lnRatio = logs.reduce((s, l) => s + l, 0);
    weight = lnRatio === 0 ? v0 : (v1 - v0) / lnRatio;
  }
  return logs.map((l) => weight * l);
}

function limitEffects(before: readonly number[], after: readonly number[], v0: number, v1: number): number[] {
  if (v0 === 0 && v1 === 0) return before.map(() => 0);
  const zeroSide = v0 === 0 ? before : after;
  const zeros = zeroSide.filter((v) => v === 0).length;
  const share = (v1 - v0) / zeros;
  return zeroSide.map((v) => (v === 0 ? share : 0));
}
