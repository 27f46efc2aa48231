import type { CampaignData } from '../model/campaign';
import { boundFor, type BudgetBounds } from './budgetBounds';
import { planBudgetMoves, type BudgetOptions, type BudgetPlan } from './budgetMoves';
import { channelDays } from './channelDays';
import { fitResponse, type ResponseOptions } from './responseCurve';

/** The budget moves of a campaign's spend channels, within the user's bounds; null without a spend table. */
export function budgetPlanFor(
  data: CampaignData,
  options: Partial<BudgetOptions & ResponseOptions> = {},
  bounds: BudgetBounds = {},
): BudgetPlan | null {
  const channels = channelDays(data);
  if (channels.length === 0) return null;
  return planBudgetMoves(
    channels.map((c) => ({
      channel: c.channel,
      fit: fitResponse(c.days, options),
      days: c.days.length,
      spend: c.days.reduce((s, d) => s + d.spend, 0),
      maxChange: boundFor(bounds, c.channel),
    })),
    options,
  );
}
