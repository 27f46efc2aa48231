import { at } from './at';
import { PHASE_OF_INDEX, SAMPLE_DAY_COUNT } from './calendar';
import type { SampleChannel } from './channels';
import type { ChannelDays } from './channelDays';
import type { DayLevels } from './dayLevels';
import { SAMPLE_EVENTS } from './events';
import type { Random } from './random';
import { spreadByPlan } from './spreadByPlan';

/** Traffic per day × channel (cell = day * channels + channel). */
export interface TrafficNumbers {
  readonly uv: Int32Array;
  readonly pv: Int32Array;
  readonly sessions: Int32Array;
  readonly bounces: Int32Array;
  readonly productViewers: Int32Array;
  readonly cartVisitors: Int32Array;
  readonly orderingBuyers: Int32Array;
  readonly payingBuyers: Int32Array;
  /** Paid-ad clicks, for the spend table (0 for organic). */
  readonly clicks: Int32Array;
  /** Clicks before the invalid-traffic spike, for impressions. */
  readonly genuineClicks: Int32Array;
}

/** Per phase: share of visitors who view a product, and ordering buyers / cart visitors. */
const VIEW_SHARE = [0.6, 0.7, 0.75, 0.6] as const;
const CART_TO_ORDER = [0.35, 0.12, 0.55, 0.3] as const;
/** Visitors vary from day to day more than buyers do (weather, competitors, platform traffic): σ 5 %. */
const DAY_NOISE = 0.05;

/**
 * Visitors come from the plan: UV = (the channel's paying buyers, spread over the phase by plan) /
 * (channel conversion × the day's conversion level), with day-wide (σ 5 %) and per-channel (σ 3 %) noise. The funnel is then built downwards and clamped so that
 * UV ≥ product viewers ≥ cart visitors ≥ ordering buyers ≥ paying buyers; paying and ordering buyers are
 * exactly the distinct buyers of the orders table (see channelDays.ts). Add-to-cart visitors equal cart
 * visitors. On the spike day, bots add visitors, page views, sessions and bounces to one channel only.
 */
export function traffic(
  channels: readonly SampleChannel[],
  days: ChannelDays,
  levels: DayLevels,
  random: Random,
): TrafficNumbers {
  const count = channels.length;
  const cells = SAMPLE_DAY_COUNT * count;
  const basis = spreadByPlan(days.payingBuyers, count, levels.planned);
  const spike = SAMPLE_EVENTS.trafficSpike;
  const spikeChannel = channels.findIndex((c) => c.key === spike.channel);
  const out: TrafficNumbers = {
    uv: new Int32Array(cells),
    pv: new Int32Array(cells),
    sessions: new Int32Array(cells),
    bounces: new Int32Array(cells),
    productViewers: new Int32Array(cells),
    cartVisitors: new Int32Array(cells),
    orderingBuyers: new Int32Array(cells),
    payingBuyers: days.payingBuyers.slice(),
    clicks: new Int32Array(cells),
    genuineClicks: new Int32Array(cells),
  };
  for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
    const phase = PHASE_OF_INDEX[day] ?? 0;
    const dayNoise = random.noise(DAY_NOISE);
    for (let c = 0; c < count; c++) {
      const channel = at(channels, c);
      const cell = day * count + c;
      const pay = days.payingBuyers[cell] ?? 0;
      const conversion = channel.cvr * (levels.conversion[day] ?? 1);
      const modelled = ((basis[cell] ?? 0) / conversion) * dayNoise * random.noise(0.03);
      const order = Math.max(days.orderingBuyers[cell] ?? 0, pay);
      const viewers = Math.max(order, Math.round(modelled * (VIEW_SHARE[phase] ?? 0.6) * random.noise(0.04)));
      const cart = Math.min(
        viewers,
        Math.max(order, Math.round((order / (CART_TO_ORDER[phase] ?? 0.3)) * random.noise(0.05))),
      );
      const uv = Math.max(viewers, Math.round(modelled));
      const sessions = Math.round(uv * random.between(1.15, 1.35));
      const bounces = Math.min(sessions, Math.round(sessions * channel.bounceRate * random.noise(0.05)));
      const clicks = Math.round(uv * channel.clicksPerVisitor * random.noise(0.04));
      const bots = day === spike.dayIndex && c === spikeChannel ? Math.round(uv * (spike.uvFactor - 1)) : 0;
      out.uv[cell] = uv + bots;
      out.pv[cell] = Math.round(uv * channel.pagesPerVisitor * random.noise(0.04)) + Math.round(bots * 1.05);
      out.sessions[cell] = sessions + bots;
      out.bounces[cell] = bounces + Math.round(bots * spike.botBounceRate);
      out.productViewers[cell] = viewers;
      out.cartVisitors[cell] = cart;
      out.orderingBuyers[cell] = order;
      out.genuineClicks[cell] = clicks;
      out.clicks[cell] = clicks + Math.round(bots * channel.clicksPerVisitor);
    }
  }
  return out;
}
