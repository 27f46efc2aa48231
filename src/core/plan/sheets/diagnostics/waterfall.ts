/**
 * A waterfall drawn as a stacked column (office-notes: Excel's own waterfall type is not reachable through
 * the API): an invisible base series lifts each visible bar to where the previous step ended.
 *
 *   first bar  total = before                    (base 0)
 *   effect k   start = end of the previous step, end = start + effect
 *              base = min(start, end), increase = max(effect, 0), decrease = max(−effect, 0)
 *              so base + increase = end for a rise, base + decrease = start for a fall
 *   last bar   total = after                      (base 0)
 *
 * A stacked column cannot lift a bar from below 0 (negative values stack downwards), so when a running
 * total would fall below 0 in the identity's order, the positive effects are drawn first: the running
 * totals then rise from `before` and fall to `after`, both ≥ 0.
 */
export interface WaterfallEffect<K> {
  readonly key: K;
  readonly effect: number;
}

export interface WaterfallStep<K> {
  readonly key: K;
  readonly effect: number;
  readonly start: number;
  readonly end: number;
  readonly base: number;
  readonly increase: number;
  readonly decrease: number;
}

export interface Waterfall<K> {
  readonly steps: readonly WaterfallStep<K>[];
  readonly reordered: boolean;
}

export function waterfall<K>(before: number, effects: readonly WaterfallEffect<K>[]): Waterfall<K> {
  const walk = (order: readonly WaterfallEffect<K>[]): WaterfallStep<K>[] => {
    let end = before;
    return order.map(({ key, effect }) => {
      const start = end;
      end = start + effect;
      return {
        key,
        effect,
        start,
        end,
        base: effect >= 0 ? start : end,
        increase: effect >= 0 ? effect : 0,
        decrease: effect < 0 ? -effect : 0,
      };
    });
  };
  const natural = walk(effects);
  if (before >= 0 && natural.every((s) => s.end >= 0)) return { steps: natural, reordered: false };
  const positiveFirst = [...effects.filter((e) => e.effect >= 0), ...effects.filter((e) => e.effect < 0)];
  return { steps: walk(positiveFirst), reordered: true };
}
