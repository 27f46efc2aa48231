import { median } from '../analysis/math/median';
import { normalQuantile } from '../analysis/math/normal';
import { robustScale } from '../analysis/math/robustScale';

/**
 * A channel's response of paid sales to spend, from its daily (spend, sales) pairs:
 *
 *   sales = a · spend^β,  0 < β ≤ 1   (concave: each extra yuan brings less than the one before)
 *
 * fitted on logarithms by Theil–Sen (β = the median of the pairwise slopes; robust to a few odd days, Sen
 * 1968), with β's 95 % interval from the ranks of the pairwise slopes. The curve is anchored at the
 * channel's current level (mean daily spend s̄, mean daily sales ȳ), so that a change of spend to s gives
 *
 *   Δsales = ȳ · ((s / s̄)^β − 1),   marginal ROAS at s̄ = β · ȳ / s̄.
 *
 * "Not enough variation to say" when fewer than `minDays` days have both, when the daily spend barely
 * varies (robust σ of ln spend below `minLogSpread`), when the fit explains too little (R² on logs below
 * `minR2`) or when β is not positive (no response the data can see).
 */
/** Pairwise slopes Theil–Sen sorts at most (a campaign of 316 days has 50,000). */
const MAX_PAIRS = 50_000;

export interface ResponseOptions {
  readonly minDays: number;
  readonly minLogSpread: number;
  readonly minR2: number;
}

export const DEFAULT_RESPONSE_OPTIONS: ResponseOptions = { minDays: 7, minLogSpread: 0.1, minR2: 0.3 };

export interface DayPoint {
  readonly spend: number;
  readonly sales: number;
}

export type ResponseFit =
  | {
      readonly kind: 'fit';
      readonly beta: number;
      readonly betaLow: number;
      readonly betaHigh: number;
      readonly r2: number;
      readonly days: number;
      readonly meanSpend: number;
      readonly meanSales: number;
      /** The observed range of daily spend: moves never leave it. */
      readonly minSpend: number;
      readonly maxSpend: number;
    }
  | {
      readonly kind: 'not_enough';
      readonly reason: 'too_few_days' | 'flat_spend' | 'poor_fit' | 'no_response';
      readonly days: number;
      readonly meanSpend: number;
    };

export function fitResponse(
  points: readonly DayPoint[],
  options: Partial<ResponseOptions> = {},
): ResponseFit {
  const o = { ...DEFAULT_RESPONSE_OPTIONS, ...options };
  const used = points.filter((p) => p.spend > 0 && p.sales > 0 && Number.isFinite(p.spend + p.sales));
  const n = used.length;
  const meanSpend = n > 0 ? used.reduce((s, p) => s + p.spend, 0) / n : 0;
  const notEnough = (reason: 'too_few_days' | 'flat_spend' | 'poor_fit' | 'no_response') =>
    ({ kind: 'not_enough', reason, days: n, meanSpend }) as const;
  if (n < o.minDays) return notEnough('too_few_days');
  const x = used.map((p) => Math.log(p.spend));
  const y = used.map((p) => Math.log(p.sales));
  if ((robustScale(x).scale ?? 0) < o.minLogSpread) return notEnough('flat_spend');

  // A campaign of years has millions of day pairs: every `thin`-th pair is kept, at most MAX_PAIRS.
  const pairs = (n * (n - 1)) / 2;
  const thin = Math.max(1, Math.ceil(pairs / MAX_PAIRS));
  const slopes: number[] = [];
  let counter = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (counter++ % thin !== 0) continue;
      const dx = (x[j] as number) - (x[i] as number);
      if (dx !== 0) slopes.push(((y[j] as number) - (y[i] as number)) / dx);
    }
  slopes.sort((a, b) => a - b);
  const slope = median(slopes);
  const intercept = median(y.map((v, i) => v - slope * (x[i] as number)));
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  let ssRes = 0;
  let ssTot = 0;
  y.forEach((v, i) => {
    ssRes += (v - intercept - slope * (x[i] as number)) ** 2;
    ssTot += (v - meanY) ** 2;
  });
  const r2 = ssTot > 0 ? 1 - ssRes / ssTot : 0;
  if (!(slope > 0)) return notEnough('no_response');
  if (r2 < o.minR2) return notEnough('poor_fit');
  // Sen's interval: the slopes of rank (N ∓ C) / 2 of N pairs, C = z · √(n(n−1)(2n+5)/18) (no ties
  // assumed), read as quantiles of the slopes kept.
  const m = slopes.length;
  const c = normalQuantile(0.975) * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const at = (rank: number) =>
    slopes[Math.min(m - 1, Math.max(0, Math.round((rank / pairs) * m) - 1))] as number;
  const beta = Math.min(1, slope);
  return {
    kind: 'fit',
    beta,
    betaLow: Math.max(0, Math.min(beta, at((pairs - c) / 2))),
    betaHigh: Math.min(1, Math.max(beta, at((pairs + c) / 2 + 1))),
    r2,
    days: n,
    meanSpend,
    meanSales: used.reduce((s, p) => s + p.sales, 0) / n,
    minSpend: used.reduce((min, p) => Math.min(min, p.spend), Infinity),
    maxSpend: used.reduce((max, p) => Math.max(max, p.spend), -Infinity),
  };
}

/** Δ daily sales when a fitted channel's daily spend goes from s̄ to `spend`, for a given β. */
export function salesChange(
  fit: { meanSpend: number; meanSales: number },
  spend: number,
  beta: number,
): number {
  return fit.meanSales * ((spend / fit.meanSpend) ** beta - 1);
}

/** Marginal ROAS (d sales / d spend) at a daily spend. */
export function marginalRoas(
  fit: { beta: number; meanSpend: number; meanSales: number },
  spend: number,
): number {
  return ((fit.beta * fit.meanSales) / fit.meanSpend) * (spend / fit.meanSpend) ** (fit.beta - 1);
}
