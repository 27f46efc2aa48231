import type { CampaignInfo } from '../model/campaign';
import { rangeLength, type DayRange } from '../model/day';

/**
 * The two windows a "vs baseline" comparison uses. The baseline usually spans a different number of days
 * than the campaign, so its extensive quantities (sales, UV, orders, buyer-days, units) are scaled by
 * campaign days / baseline days — the baseline's daily average run for as many days as the campaign
 * (`per_day`, the default). Ratios (CVR, AOV, per-buyer value, shares) are unaffected by the scaling.
 * `total` compares the raw totals.
 */
export type BaselineScaling = 'per_day' | 'total';

export interface ComparisonWindow {
  readonly current: DayRange;
  readonly baseline: DayRange;
  /** Factor applied to the baseline's extensive quantities. */
  readonly scale: number;
}

export function comparisonWindow(campaign: CampaignInfo, scaling: BaselineScaling): ComparisonWindow | null {
  const baseline = campaign.baseline;
  if (!baseline) return null;
  const scale = scaling === 'per_day' ? rangeLength(campaign.period) / rangeLength(baseline) : 1;
  return { current: campaign.period, baseline, scale };
}
