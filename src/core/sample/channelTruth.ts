import { SAMPLE_CALENDAR, indexOfDay } from './calendar';
import { yuan } from './formats';
import type { SampleBuild } from './sampleBuild';
import type { SampleChannelTruth } from './types';
import { word } from './vocabulary';

/** Paid sales, spend and ROAS per channel over the campaign period, and the best and worst by ROAS. */
export function channelTruth(build: SampleBuild): {
  readonly channels: SampleChannelTruth[];
  readonly best: string;
  readonly worst: string;
} {
  const { channels, days, spent } = build;
  const from = indexOfDay(SAMPLE_CALENDAR.campaign.start);
  const to = indexOfDay(SAMPLE_CALENDAR.campaign.end);
  const truth = channels.map((channel, c): SampleChannelTruth => {
    let sales = 0;
    let cost = 0;
    for (let day = from; day <= to; day++) {
      sales += days.paidSalesCents[day * channels.length + c] ?? 0;
      cost += spent.spendCents[day * channels.length + c] ?? 0;
    }
    return {
      key: channel.key,
      name: word(channel, build.locale),
      paidSales: yuan(sales),
      spend: yuan(cost),
      roas: channel.roas === null ? null : sales / cost,
      designRoas: channel.roas,
    };
  });
  const ranked = truth.filter((c) => c.roas !== null).sort((a, b) => (b.roas ?? 0) - (a.roas ?? 0));
  return { channels: truth, best: ranked[0]?.name ?? '', worst: ranked[ranked.length - 1]?.name ?? '' };
}
