import { MS_PER_DAY } from '../../model/day';

/**
 * The rule-based (heuristic) attribution models: each converting journey's one conversion is split over
 * its touches by weights that sum to 1.
 *   first touch — all to the first touch;  last touch — all to the last;  linear — 1/n each;
 *   time decay — w_i ∝ 2^(−(t_last − t_i) / half-life), half-life 7 days by default (the half-life Google
 *     Analytics used for its time-decay model);
 *   position-based (U-shaped) — 40 % first, 40 % last, 20 % spread evenly over the touches between; one
 *     touch takes 100 %, two touches 50 % each.
 */
export const RULE_MODELS = ['first_touch', 'last_touch', 'linear', 'time_decay', 'position_based'] as const;
export type RuleModel = (typeof RULE_MODELS)[number];

export interface RuleOptions {
  readonly halfLifeDays: number;
  /** Shares of the position-based model (summing to 1): first touch, all middle touches together, last touch. */
  readonly positionShares: { readonly first: number; readonly middle: number; readonly last: number };
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  halfLifeDays: 7,
  positionShares: { first: 0.4, middle: 0.2, last: 0.4 },
};

export function ruleWeights(
  model: RuleModel,
  times: readonly number[],
  options: RuleOptions = DEFAULT_RULE_OPTIONS,
): number[] {
  const n = times.length;
  if (n === 0) return [];
  const weights = new Array<number>(n).fill(0);
  switch (model) {
    case 'first_touch':
      weights[0] = 1;
      return weights;
    case 'last_touch':
      weights[n - 1] = 1;
      return weights;
    case 'linear':
      return weights.fill(1 / n);
    case 'time_decay': {
      const last = times[n - 1] as number;
      const halfLife = options.halfLifeDays * MS_PER_DAY;
      const raw = times.map((t) => Math.pow(2, -(last - t) / halfLife));
      const total = raw.reduce((s, w) => s + w, 0);
      return raw.map((w) => w / total);
    }
    case 'position_based': {
      if (n === 1) return [1];
      if (n === 2) return [0.5, 0.5];
      const { first, middle: middleShare, last: lastShare } = options.positionShares;
      weights[0] = first;
      weights[n - 1] = lastShare;
      const middle = middleShare / (n - 2);
      for (let i = 1; i < n - 1; i++) weights[i] = middle;
      return weights;
    }
  }
}
