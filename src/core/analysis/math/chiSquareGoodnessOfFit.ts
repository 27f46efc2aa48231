import { chiSquareSf } from './distributions';

/**
 * Pearson's chi-square goodness-of-fit test: χ² = Σ (O_i − E_i)² / E_i with E_i = N·share_i and k − 1
 * degrees of freedom; p = Q((k − 1)/2, χ²/2). Shares are normalised to sum to 1. Null when there are
 * fewer than two groups, no observations, or a group with a zero expected share.
 */
export interface ChiSquareTest {
  readonly chiSquare: number;
  readonly df: number;
  readonly pValue: number;
  readonly expected: readonly number[];
}

export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  expectedShares: readonly number[],
): ChiSquareTest | null {
  const k = observed.length;
  if (k < 2 || expectedShares.length !== k) return null;
  const total = observed.reduce((s, o) => s + o, 0);
  const shareSum = expectedShares.reduce((s, e) => s + e, 0);
  if (!(total > 0 && shareSum > 0) || expectedShares.some((s) => !(s > 0))) return null;
  const expected = expectedShares.map((s) => (total * s) / shareSum);
  const chiSquare = observed.reduce((sum, o, i) => {
    const e = expected[i] as number;
    return sum + ((o - e) * (o - e)) / e;
  }, 0);
  return { chiSquare, df: k - 1, pValue: chiSquareSf(chiSquare, k - 1), expected };
}
