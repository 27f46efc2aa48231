import { KeyIndex } from '../analysis/aggregate/keyIndex';
import type { CampaignData } from '../model/campaign';
import { DEFAULT_BUDGET_OPTIONS } from './budgetMoves';

/**
 * How far the plan may move each channel's budget, as the user set it: a relative bound (0.3 = ±30 %) for
 * every channel, and per channel by name (matched trimmed and case-insensitive, as channels are everywhere).
 * A channel named here wins over `all`; `all` absent means the default, ±30 %.
 */
export interface BudgetBounds {
  readonly all?: number;
  readonly byChannel?: Readonly<Record<string, number>>;
}

/** The widest bound a user may set: ±100 % (a channel's budget may go to zero or double). */
export const MAX_BUDGET_BOUND = 1;

/** A bound the engine accepts: a finite share from 0 (the budget stays) to MAX_BUDGET_BOUND. */
export function isBudgetBound(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= MAX_BUDGET_BOUND;
}

/** The bound of one channel. */
export function boundFor(bounds: BudgetBounds, channel: string | null): number {
  if (channel !== null && bounds.byChannel) {
    const key = KeyIndex.keyOf(channel);
    for (const [name, bound] of Object.entries(bounds.byChannel))
      if (KeyIndex.keyOf(name) === key) return bound;
  }
  return bounds.all ?? DEFAULT_BUDGET_OPTIONS.maxChange;
}

/** The per-channel bounds whose channel the spend table does not have (a typo the user should hear of). */
export function unmatchedBoundChannels(data: CampaignData, bounds: BudgetBounds): string[] {
  const known = new Set((data.spend?.channel.values ?? []).map((v) => KeyIndex.keyOf(v)));
  return Object.keys(bounds.byChannel ?? {}).filter((name) => !known.has(KeyIndex.keyOf(name)));
}
