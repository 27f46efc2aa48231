import { hash32 } from './hash';
import { mulberry32 } from './prng';

/** Distributions over one seeded stream. Every stream is independent, so one table's draws never shift another's. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform in [low, high). */
  between(low: number, high: number): number;
  chance(probability: number): boolean;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Log-normal with mean 1 and the given log-scale sigma: a multiplicative noise factor. */
  noise(sigma: number): number;
  /** Index drawn from cumulative weights (last element = total). */
  pick(cumulative: Float64Array): number;
}

/** Named streams of one seed. */
export const STREAMS = {
  calendar: 1,
  orders: 2,
  abuse: 3,
  pricing: 4,
  traffic: 5,
  spend: 6,
  touchpoints: 7,
} as const;
export type StreamName = keyof typeof STREAMS;

export function createRandom(seed: number, stream: StreamName): Random {
  const uniform = mulberry32(hash32(seed, STREAMS[stream], 0x5eed));
  const normal = (): number => {
    const u = 1 - uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  return {
    next: uniform,
    int: (n) => Math.floor(uniform() * n),
    between: (low, high) => low + (high - low) * uniform(),
    chance: (probability) => uniform() < probability,
    normal,
    noise: (sigma) => Math.exp(sigma * normal() - (sigma * sigma) / 2),
    pick: (cumulative) => {
      const target = uniform() * (cumulative[cumulative.length - 1] ?? 0);
      let index = 0;
      while (index < cumulative.length - 1 && (cumulative[index] ?? 0) <= target) index++;
      return index;
    },
  };
}

/** Running sums of weights, for Random.pick. */
export function cumulative(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    sums[index] = total;
  });
  return sums;
}
