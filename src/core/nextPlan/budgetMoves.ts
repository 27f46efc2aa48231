import { marginalRoas, salesChange, type ResponseFit } from './responseCurve';

/**
 * Budget moves between channels: from where the marginal ROAS (the next yuan's sales) is lowest to where it
 * is highest, total spend unchanged. Each fitted channel's daily spend stays within ±`maxChange` (default
 * 30 %, or the channel's own bound the user set) of its current level and within the range of daily spend this campaign observed: the curve is never
 * read past what the data saw. Channels without a fit keep their budget.
 *
 * Greedy in `steps` equal slices of the movable budget: each slice goes from the channel with the lowest
 * marginal ROAS that can still give to the one with the highest that can still take, while the second is
 * higher. With concave curves this equalises marginal ROAS as far as the bounds allow.
 */
export interface BudgetOptions {
  readonly maxChange: number;
  readonly steps: number;
}

export const DEFAULT_BUDGET_OPTIONS: BudgetOptions = { maxChange: 0.3, steps: 400 };

export interface ChannelResponse {
  readonly channel: string | null;
  readonly fit: ResponseFit;
  /** Days with spend: a change of daily spend × days is the change of the campaign's budget. */
  readonly days: number;
  /** This campaign's spend on the channel. */
  readonly spend: number;
  /** This channel's own bound on the change of its daily spend (the user's), instead of `maxChange`. */
  readonly maxChange?: number;
}

export interface BudgetMove {
  readonly channel: string | null;
  readonly fit: ResponseFit;
  /** The bound this channel's budget moved within (±, relative). */
  readonly maxChange: number;
  /** Current budget (this campaign's spend) and proposed (current + change of daily spend × days). */
  readonly current: number;
  readonly proposed: number;
  /** Marginal ROAS at the current and proposed spend; null without a fit. */
  readonly marginalNow: number | null;
  readonly marginalAfter: number | null;
  /** Expected change of paid sales over the campaign, with its interval from β's. */
  readonly salesChange: number;
  readonly salesChangeLow: number;
  readonly salesChangeHigh: number;
}

export interface BudgetPlan {
  readonly moves: readonly BudgetMove[];
  readonly moved: number;
  readonly salesChange: number;
  readonly salesChangeLow: number;
  readonly salesChangeHigh: number;
}

export function planBudgetMoves(
  channels: readonly ChannelResponse[],
  options: Partial<BudgetOptions> = {},
): BudgetPlan {
  const o = { ...DEFAULT_BUDGET_OPTIONS, ...options };
  const fitted = channels.flatMap((c, i) => (c.fit.kind === 'fit' ? [{ i, fit: c.fit }] : []));
  const spend = channels.map((c) => c.fit.meanSpend);
  const boundOf = (c: ChannelResponse) => c.maxChange ?? o.maxChange;
  // The bound is on the channel's budget (its spend over all its days); the fit's mean daily spend can
  // differ from budget ÷ days when some days had no sales, so the room is measured in budget per day.
  const bounds = fitted.map(({ i, fit }) => {
    const c = channels[i]!;
    const room = boundOf(c) * (c.days > 0 ? c.spend / c.days : fit.meanSpend);
    return {
      low: Math.max(fit.meanSpend - room, fit.minSpend),
      high: Math.min(fit.meanSpend + room, fit.maxSpend),
    };
  });
  // Budgets are compared over the campaign: a channel's daily spend × its days.
  const daysOf = (k: number) => (channels[fitted[k]!.i] as ChannelResponse).days;
  const room = bounds.reduce((s, b, k) => s + (b.high - b.low) * daysOf(k), 0);
  const slice = room / o.steps;
  if (fitted.length >= 2 && slice > 0) {
    for (let step = 0; step < o.steps; step++) {
      let give = -1;
      let take = -1;
      fitted.forEach(({ i, fit }, k) => {
        const m = marginalRoas(fit, spend[i] as number);
        const b = bounds[k]!;
        if ((spend[i] as number) - slice / daysOf(k) >= b.low - 1e-9) {
          if (give < 0 || m < marginalRoas(fitted[give]!.fit, spend[fitted[give]!.i] as number)) give = k;
        }
        if ((spend[i] as number) + slice / daysOf(k) <= b.high + 1e-9) {
          if (take < 0 || m > marginalRoas(fitted[take]!.fit, spend[fitted[take]!.i] as number)) take = k;
        }
      });
      if (give < 0 || take < 0 || give === take) break;
      const g = fitted[give]!;
      const t = fitted[take]!;
      // Move only while it pays: the taker's next slice earns more than the giver's last one loses.
      const gain =
        salesChange(t.fit, (spend[t.i] as number) + slice / daysOf(take), t.fit.beta) -
        salesChange(t.fit, spend[t.i] as number, t.fit.beta);
      const loss =
        salesChange(g.fit, spend[g.i] as number, g.fit.beta) -
        salesChange(g.fit, (spend[g.i] as number) - slice / daysOf(give), g.fit.beta);
      if (gain * daysOf(take) <= loss * daysOf(give)) break;
      spend[g.i] = (spend[g.i] as number) - slice / daysOf(give);
      spend[t.i] = (spend[t.i] as number) + slice / daysOf(take);
    }
  }
  const moves = channels.map((c, i): BudgetMove => {
    const current = c.spend;
    if (c.fit.kind !== 'fit')
      return {
        channel: c.channel,
        fit: c.fit,
        maxChange: boundOf(c),
        current,
        proposed: current,
        marginalNow: null,
        marginalAfter: null,
        salesChange: 0,
        salesChangeLow: 0,
        salesChangeHigh: 0,
      };
    const fit = c.fit;
    const s = spend[i] as number;
    const at = (beta: number) => salesChange(fit, s, beta) * c.days;
    // More spend earns more with a larger β; less spend loses more with a larger β.
    const [low, high] =
      s >= fit.meanSpend ? [at(fit.betaLow), at(fit.betaHigh)] : [at(fit.betaHigh), at(fit.betaLow)];
    return {
      channel: c.channel,
      fit,
      maxChange: boundOf(c),
      current,
      proposed: current + (s - fit.meanSpend) * c.days,
      marginalNow: marginalRoas(fit, fit.meanSpend),
      marginalAfter: marginalRoas(fit, s),
      salesChange: at(fit.beta),
      salesChangeLow: low,
      salesChangeHigh: high,
    };
  });
  const total = (pick: (m: BudgetMove) => number) => moves.reduce((t, m) => t + pick(m), 0);
  return {
    moves,
    moved: total((m) => Math.max(0, m.proposed - m.current)),
    salesChange: total((m) => m.salesChange),
    salesChangeLow: total((m) => m.salesChangeLow),
    salesChangeHigh: total((m) => m.salesChangeHigh),
  };
}
