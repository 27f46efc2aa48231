import type { TrafficTable } from '../../model/campaign';
import type { ChannelIndex } from '../channelIndex';
import type { DayWindow } from '../dayWindow';

export const TRAFFIC_SUM = { uv: 0, pv: 1, sessions: 2, bounces: 3, bounceBase: 4, addToCart: 5 } as const;
export const TRAFFIC_SUM_WIDTH = 6;

export interface TrafficCube {
  /** Cell (slot × channels + channel) × TRAFFIC_SUM_WIDTH + TRAFFIC_SUM.x, from dated rows. */
  readonly sums: Float64Array;
  readonly rowsByChannel: Int32Array;
  /** Undated rows are period totals of unique visitors: per channel (unattributed = site-wide). */
  readonly periodUv: Float64Array;
  readonly hasPeriodUv: Uint8Array;
}

/**
 * One pass over the traffic rows. Bounces: Σ bounces over Σ sessions where a row has both; else the row's
 * bounce rate weighted by its sessions, or by its UV when it has no sessions (rate × weight = bounces, so
 * the two kinds of row mix consistently). Add-to-cart visitors: the add-to-cart column, else the funnel's
 * cart visitors.
 */
export function accumulateTraffic(
  traffic: TrafficTable,
  window: DayWindow,
  channels: ChannelIndex,
): TrafficCube {
  const { start, length } = window;
  const width = channels.size;
  const sums = new Float64Array(length * width * TRAFFIC_SUM_WIDTH);
  const rowsByChannel = new Int32Array(width);
  const periodUv = new Float64Array(width);
  const hasPeriodUv = new Uint8Array(width);
  const { day, uv, pv, sessions, bounces, bounceRate } = traffic;
  const cart = traffic.addToCart ?? traffic.funnelCart;
  const channelCodes = traffic.channel?.codes ?? null;
  const channelMap = channels.codes.traffic;
  const add = (i: number, x: number): void => {
    if (x === x) sums[i]! += x;
  };
  for (let r = 0; r < traffic.size; r++) {
    const channel = channelCodes && channelMap ? channelMap[channelCodes[r]! + 1]! : channels.unattributed;
    rowsByChannel[channel]!++;
    const d = day[r]!;
    const visitors = uv[r]!;
    if (d < 0) {
      if (visitors === visitors) periodUv[channel]! += visitors;
      hasPeriodUv[channel] = 1;
      continue;
    }
    const slot = d - start;
    if (slot < 0 || slot >= length) continue;
    const base = (slot * width + channel) * TRAFFIC_SUM_WIDTH;
    add(base + TRAFFIC_SUM.uv, visitors);
    if (pv) add(base + TRAFFIC_SUM.pv, pv[r]!);
    const s = sessions ? sessions[r]! : NaN;
    add(base + TRAFFIC_SUM.sessions, s);
    const b = bounces ? bounces[r]! : NaN;
    const rate = bounceRate ? bounceRate[r]! : NaN;
    if (b === b && s === s) {
      sums[base + TRAFFIC_SUM.bounces]! += b;
      sums[base + TRAFFIC_SUM.bounceBase]! += s;
    } else if (rate === rate) {
      const weight = s === s ? s : visitors;
      if (weight === weight) {
        sums[base + TRAFFIC_SUM.bounces]! += rate * weight;
        sums[base + TRAFFIC_SUM.bounceBase]! += weight;
      }
    }
    if (cart) add(base + TRAFFIC_SUM.addToCart, cart[r]!);
  }
  return { sums, rowsByChannel, periodUv, hasPeriodUv };
}
