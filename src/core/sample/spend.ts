import { at } from './at';
import { SAMPLE_DAY_COUNT } from './calendar';
import type { SampleChannel } from './channels';
import type { ChannelDays } from './channelDays';
import type { DayLevels } from './dayLevels';
import { SAMPLE_EVENTS } from './events';
import type { Random } from './random';
import { spreadByPlan } from './spreadByPlan';
import type { TrafficNumbers } from './traffic';

/** Spend per day × channel (cell = day * channels + channel); channels without spend have no rows. */
export interface SpendNumbers {
  /** Channel indices with a spend row per day, in sheet order. */
  readonly paidChannels: readonly number[];
  readonly spendCents: Float64Array;
  readonly budgetCents: Float64Array;
  readonly impressions: Int32Array;
  readonly clicks: Int32Array;
}

/** Influencer fees run over their plan: actual spend is this multiple of the budget. */
const INFLUENCER_OVERSPEND = 1.12;

/**
 * Spend is sized for each channel's design ROAS over the channel's paid sales, spread over each phase by
 * plan (so spend does not follow the outage), with ±8 % noise; on the spike day the spiking channel pays
 * for its invalid clicks. Budgets are the plan rounded to 10 or 100 yuan, 8 % above it — except influencer
 * seeding, which overspends. Clicks come from the traffic table; impressions = genuine clicks / CTR.
 */
export function spend(
  channels: readonly SampleChannel[],
  days: ChannelDays,
  levels: DayLevels,
  visits: TrafficNumbers,
  random: Random,
): SpendNumbers {
  const count = channels.length;
  const cells = SAMPLE_DAY_COUNT * count;
  const basis = spreadByPlan(days.paidSalesCents, count, levels.planned);
  const spike = SAMPLE_EVENTS.trafficSpike;
  const paidChannels = channels.flatMap((channel, index) => (channel.roas === null ? [] : [index]));
  const out: SpendNumbers = {
    paidChannels,
    spendCents: new Float64Array(cells),
    budgetCents: new Float64Array(cells),
    impressions: new Int32Array(cells),
    clicks: new Int32Array(cells),
  };
  for (const c of paidChannels) {
    const channel = at(channels, c);
    const roas = channel.roas ?? 1;
    for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
      const cell = day * count + c;
      const plan = (basis[cell] ?? 0) / roas;
      const spiking = day === spike.dayIndex && channel.key === spike.channel;
      const actual = Math.round(plan * random.noise(0.08) * (spiking ? spike.spendFactor : 1));
      const budget = channel.key === 'influencer' ? actual / INFLUENCER_OVERSPEND : plan * 1.08;
      out.spendCents[cell] = actual;
      out.budgetCents[cell] = roundBudget(budget);
      out.clicks[cell] = visits.clicks[cell] ?? 0;
      out.impressions[cell] = Math.round(
        ((visits.genuineClicks[cell] ?? 0) / channel.ctr) * random.noise(0.06),
      );
    }
  }
  return out;
}

/** To 100 yuan from 10,000 yuan up, else to 10 yuan (in cents). */
function roundBudget(cents: number): number {
  const step = cents >= 1_000_000 ? 10_000 : 1_000;
  return Math.round(cents / step) * step;
}
