import type { Locale } from '../locale';
import type { CellValue } from '../model/raw';
import { at } from './at';
import { SAMPLE_CALENDAR, SAMPLE_DAY_COUNT, SECONDS_PER_DAY, indexOfDay } from './calendar';
import type { SampleChannel, SampleChannelKey } from './channels';
import { FORMAT, serialOfSecond, yuan } from './formats';
import { cumulative, type Random } from './random';
import { sampleSheet, type SampleColumn } from './sampleSheet';
import type { SampleSheet, SampleTouchpointsTruth } from './types';
import { YES_NO, word } from './vocabulary';

export const SAMPLE_PATHS = 3_000;

/** Which channels open a journey and which close it (relative weights). */
const ROLES: Readonly<Record<SampleChannelKey, { readonly first: number; readonly last: number }>> = {
  search: { first: 1.2, last: 1.6 },
  feed: { first: 1.5, last: 0.4 },
  live: { first: 1, last: 1.2 },
  short_video: { first: 1.5, last: 0.5 },
  influencer: { first: 1.6, last: 0.3 },
  crm: { first: 0.4, last: 1.4 },
  organic: { first: 1, last: 1.2 },
  affiliate: { first: 0.6, last: 1 },
};
const TOUCHES = cumulative([0.35, 0.3, 0.18, 0.1, 0.07]);

const COLUMNS: readonly SampleColumn<'touchpoints'>[] = [
  { field: 'path_id', format: null },
  { field: 'time', format: FORMAT.dateTime },
  { field: 'channel', format: null },
  { field: 'conversion', format: null },
  { field: 'value', format: FORMAT.money },
];

/**
 * 3,000 user journeys in the campaign (1–5 touches, hours to days apart) for attribution. Seeding channels
 * open journeys, search / CRM / organic close them; longer journeys convert more often (26–50 %). A
 * converted journey's last touch carries converted = yes and the order value; every other row says no and
 * has no value.
 */
export function touchpoints(
  channels: readonly SampleChannel[],
  random: Random,
  locale: Locale,
): { readonly sheet: SampleSheet; readonly truth: SampleTouchpointsTruth } {
  const names = channels.map((channel) => word(channel, locale));
  const firstPick = cumulative(channels.map((c) => ROLES[c.key].first));
  const lastPick = cumulative(channels.map((c) => ROLES[c.key].last));
  const anyPick = cumulative(channels.map(() => 1));
  const [yes, no] = [word(YES_NO.yes, locale), word(YES_NO.no, locale)];
  const start = indexOfDay(SAMPLE_CALENDAR.campaign.start) * SECONDS_PER_DAY;
  const end = SAMPLE_DAY_COUNT * SECONDS_PER_DAY - 1;
  const lastTouch: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  const firstTouch: Record<string, number> = { ...lastTouch };
  const rows: CellValue[][] = [];
  let conversions = 0;
  let valueCents = 0;
  for (let path = 0; path < SAMPLE_PATHS; path++) {
    const id = `P${String(path + 1).padStart(6, '0')}`;
    const touches = random.pick(TOUCHES) + 1;
    const converted = random.chance(0.2 + 0.06 * touches);
    const value = converted ? Math.round(32_000 * random.noise(0.5)) : 0;
    let second = start + random.int(28 * SECONDS_PER_DAY);
    const first = at(names, random.pick(firstPick));
    for (let touch = 0; touch < touches; touch++) {
      const last = touch === touches - 1;
      const channel = touch === 0 ? first : at(names, random.pick(last && converted ? lastPick : anyPick));
      // Near the window's end, later touches are squeezed into the last seconds, one second apart, so that a
      // path never holds two identical rows.
      if (touch > 0) second = Math.min(end - (touches - 1 - touch), second + 1800 + random.int(72 * 3600));
      rows.push([
        id,
        serialOfSecond(second),
        channel,
        last && converted ? yes : no,
        last && converted ? yuan(value) : null,
      ]);
      if (last && converted) lastTouch[channel] = (lastTouch[channel] ?? 0) + 1;
    }
    if (converted) {
      conversions++;
      valueCents += value;
      firstTouch[first] = (firstTouch[first] ?? 0) + 1;
    }
  }
  return {
    sheet: sampleSheet('touchpoints', locale, COLUMNS, rows),
    truth: {
      paths: SAMPLE_PATHS,
      rows: rows.length,
      conversions,
      value: yuan(valueCents),
      lastTouch,
      firstTouch,
    },
  };
}
