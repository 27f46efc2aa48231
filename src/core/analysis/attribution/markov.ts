import { solveLinear } from '../math/solveLinear';

/**
 * First-order Markov-chain attribution with the removal effect (Anderl, Becker, von Wangenheim &
 * Schumann 2016, "Mapping the customer journey: Lessons learned from graph-based online attribution
 * modeling", International Journal of Research in Marketing 33(3):457–474).
 *
 * States: start, one per channel, and the absorbing states conversion and null. Every journey adds the
 * transitions start → c₁ → … → c_n → (conversion | null); repeated consecutive touches of one channel are
 * merged first (a self-loop does not change any absorption probability, so removal effects are the same
 * — the convention of the ChannelAttribution R package). Transition probabilities are the row-normalised
 * counts; a journey standing for several (aggregated paths) adds its count to every transition.
 *
 * The conversion probability is the absorption probability from start, solved exactly from
 * (I − Q)·x = b (Q: channel-to-channel probabilities, b: channel-to-conversion probabilities), not by
 * simulating paths. Removing channel r sends every transition into r to null (x_r = 0); its removal
 * effect is RE_r = 1 − P(conversion without r) / P(conversion). Conversions (and value) are shared in
 * proportion to the removal effects: credit_r = RE_r / Σ RE × total.
 */
export interface MarkovModel {
  /** P(conversion) from start. */
  readonly conversionProbability: number;
  /** Per channel code; 0 for channels that never appear. */
  readonly removalEffects: readonly number[];
}

export function markovRemovalEffects(
  channelCount: number,
  journeys: readonly {
    readonly touches: readonly number[];
    readonly converted: boolean;
    readonly count?: number;
  }[],
): MarkovModel {
  const k = channelCount;
  const start = k;
  // counts[from][to]: to in 0..k-1 channels, k = conversion, k+1 = null.
  const width = k + 2;
  const counts = new Float64Array((k + 1) * width);
  for (const j of journeys) {
    const n = j.count ?? 1;
    let from = start;
    let previous = -1;
    for (const c of j.touches) {
      if (c === previous) continue;
      counts[from * width + c] = (counts[from * width + c] as number) + n;
      from = c;
      previous = c;
    }
    if (from === start) continue;
    const to = j.converted ? k : k + 1;
    counts[from * width + to] = (counts[from * width + to] as number) + n;
  }
  const totals = new Float64Array(k + 1);
  for (let s = 0; s <= k; s++) {
    let t = 0;
    for (let to = 0; to < width; to++) t += counts[s * width + to] as number;
    totals[s] = t;
  }
  const p = (from: number, to: number): number => {
    const t = totals[from] as number;
    return t > 0 ? (counts[from * width + to] as number) / t : 0;
  };
  const active: number[] = [];
  for (let c = 0; c < k; c++) if ((totals[c] as number) > 0) active.push(c);

  const conversionWithout = (removed: number): number => {
    const states = active.filter((c) => c !== removed);
    const m = states.length;
    if (m === 0) return 0;
    const a = new Float64Array(m * m);
    const b = new Float64Array(m);
    states.forEach((from, i) => {
      a[i * m + i] = 1;
      states.forEach((to, jx) => {
        a[i * m + jx] = (a[i * m + jx] as number) - p(from, to);
      });
      b[i] = p(from, k);
    });
    const x = solveLinear(a, b);
    if (!x) throw new Error('markovRemovalEffects: the transition system is singular');
    return states.reduce((sum, c, i) => sum + p(start, c) * (x[i] as number), 0);
  };

  const base = conversionWithout(-1);
  const removalEffects = new Array<number>(k).fill(0);
  if (base > 0) for (const c of active) removalEffects[c] = Math.max(0, 1 - conversionWithout(c) / base);
  return { conversionProbability: base, removalEffects };
}
