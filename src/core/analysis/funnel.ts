import { isPaidStatusCode, type CampaignData, type NumberColumn } from '../model/campaign';
import { rangeLength, type DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { sum } from './aggregate/dailyOrderSeries';
import { distinctPerGroup } from './aggregate/distinctPerGroup';
import { KeyIndex, groupOfRow } from './aggregate/keyIndex';
import type { AnalysisDefinition } from './definition';
import { ok, unavailable, type AnalysisResult } from './result';
import { FUNNEL_STEPS, type FunnelStepId } from '../model/analysisVocabulary';

/**
 * The conversion funnel over the campaign period: visit (UV) → view (product viewers) → cart (cart
 * visitors, else add-to-cart visitors) → order (ordering buyers) → pay (paying buyers), summed over the
 * period's days (visitor-days, like UV in the KPI contract). Steps come from the traffic table's funnel
 * columns; when the order or pay column is absent they are derived from the orders table as buyer-days
 * (Σ_d distinct customers who placed / paid an order that day), which needs customer ids. A step with
 * neither source is listed as missing.
 *
 * Each step's rate is its count over the previous present step's count; the biggest drop-off is the
 * step with the lowest such rate (the earliest on a tie). Per channel when the traffic table has a
 * channel column (orders-derived steps per channel need the orders' channel column too).
 */
export { FUNNEL_STEPS, type FunnelStepId } from '../model/analysisVocabulary';

export interface FunnelStep {
  readonly step: FunnelStepId;
  readonly count: number;
  readonly source: 'traffic' | 'orders';
  /** count / previous step's count; null for the first step or a previous count of 0. */
  readonly rateFromPrevious: number | null;
  /** count / first step's count. */
  readonly rateFromFirst: number | null;
}

export interface FunnelDropOff {
  readonly from: FunnelStepId;
  readonly to: FunnelStepId;
  readonly rate: number;
  /** previous count − count. */
  readonly lost: number;
}

export interface Funnel {
  readonly steps: readonly FunnelStep[];
  readonly biggestDropOff: FunnelDropOff | null;
}

export interface FunnelFindings {
  readonly range: DayRange;
  readonly overall: Funnel;
  readonly byChannel: readonly { readonly channel: string; readonly funnel: Funnel }[];
  readonly missing: readonly FunnelStepId[];
  readonly notes: readonly LocalizedText[];
}

export interface FunnelOptions {
  /** Days to sum over; the campaign period by default. */
  readonly range: DayRange | null;
}

export function buildFunnel(
  counts: readonly { step: FunnelStepId; count: number; source: 'traffic' | 'orders' }[],
): Funnel {
  const first = counts[0]?.count ?? 0;
  const steps = counts.map((c, i): FunnelStep => {
    const previous = i > 0 ? (counts[i - 1] as { count: number }).count : null;
    return {
      ...c,
      rateFromPrevious: previous !== null && previous > 0 ? c.count / previous : null,
      rateFromFirst: i > 0 && first > 0 ? c.count / first : null,
    };
  });
  let biggest: FunnelDropOff | null = null;
  for (let i = 1; i < steps.length; i++) {
    const s = steps[i] as FunnelStep;
    if (s.rateFromPrevious === null) continue;
    if (biggest === null || s.rateFromPrevious < biggest.rate) {
      const prev = steps[i - 1] as FunnelStep;
      biggest = { from: prev.step, to: s.step, rate: s.rateFromPrevious, lost: prev.count - s.count };
    }
  }
  return { steps, biggestDropOff: biggest };
}

export function analyzeFunnel(
  data: CampaignData,
  options: Partial<FunnelOptions> = {},
): AnalysisResult<FunnelFindings> {
  const { traffic, orders } = data;
  if (!traffic) return unavailable(msg.noTrafficForFunnel());
  const range = options.range ?? data.campaign.period;
  const length = Math.max(0, rangeLength(range));
  const notes: LocalizedText[] = [];

  // Channel groups shared by traffic and orders (group `channels` = no channel).
  const index = new KeyIndex();
  const trafficGroup = traffic.channel ? index.mapColumn(traffic.channel) : null;
  const orderGroup = traffic.channel && orders.channel ? index.mapColumn(orders.channel) : null;
  const channels = index.size;
  const groups = channels + 1;
  const total = channels; // the overall funnel's slot

  const columns: { step: FunnelStepId; column: NumberColumn | null }[] = [
    { step: 'visit', column: traffic.uv },
    { step: 'view', column: traffic.funnelView },
    { step: 'cart', column: traffic.funnelCart ?? traffic.addToCart },
    { step: 'order', column: traffic.funnelOrder },
    { step: 'pay', column: traffic.funnelPay },
  ];
  const trafficSums = new Map<FunnelStepId, Float64Array>();
  for (const { step, column } of columns) {
    if (!column) continue;
    const sums = new Float64Array(groups);
    let any = false;
    for (let i = 0; i < traffic.size; i++) {
      const d = (traffic.day[i] as number) - range.start;
      const v = column[i] as number;
      if (d < 0 || d >= length || !Number.isFinite(v)) continue;
      any = true;
      sums[total] = (sums[total] as number) + v;
      const g = traffic.channel && trafficGroup ? groupOfRow(traffic.channel, trafficGroup, i) : -1;
      if (g >= 0) sums[g] = (sums[g] as number) + v;
    }
    if (any) trafficSums.set(step, sums);
  }
  if (!trafficSums.has('visit')) return unavailable(msg.noTrafficInRange(range));
  if (!traffic.funnelCart && traffic.addToCart) notes.push(msg.cartFromAddToCart());

  // Orders-derived buyer-days for order / pay when the traffic table lacks them.
  const derived = new Map<FunnelStepId, Float64Array>();
  const needOrder = !trafficSums.has('order');
  const needPay = !trafficSums.has('pay');
  if ((needOrder || needPay) && orders.customer) {
    for (const step of ['order', 'pay'] as const) {
      if ((step === 'order' && !needOrder) || (step === 'pay' && !needPay)) continue;
      // group = channel slot × days + day, so one pass counts every channel and the total.
      const overallKey = new Int32Array(orders.size).fill(-1);
      const channelKey = new Int32Array(orders.size).fill(-1);
      for (let i = 0; i < orders.size; i++) {
        const d = (orders.day[i] as number) - range.start;
        if (d < 0 || d >= length) continue;
        if (step === 'pay' && !isPaidStatusCode(orders.status[i] as number)) continue;
        overallKey[i] = d;
        const g = orders.channel && orderGroup ? groupOfRow(orders.channel, orderGroup, i) : -1;
        if (g >= 0) channelKey[i] = g * length + d;
      }
      const sums = new Float64Array(groups);
      const items = orders.customer.values.length;
      sums[total] = sum(distinctPerGroup(overallKey, orders.customer.codes, length, items));
      if (orderGroup) {
        const perChannelDay = distinctPerGroup(channelKey, orders.customer.codes, channels * length, items);
        for (let g = 0; g < channels; g++)
          sums[g] = sum(perChannelDay.subarray(g * length, (g + 1) * length));
      }
      derived.set(step, sums);
    }
    notes.push(msg.funnelStepsFromOrders());
  }

  const missing = FUNNEL_STEPS.filter((s) => !trafficSums.has(s) && !derived.has(s));
  if (missing.length > 0) notes.push(msg.funnelStepsMissing(missing));

  const funnelOf = (slot: number, withDerived: boolean): Funnel =>
    buildFunnel(
      FUNNEL_STEPS.flatMap((step): { step: FunnelStepId; count: number; source: 'traffic' | 'orders' }[] => {
        const t = trafficSums.get(step);
        if (t) return [{ step, count: t[slot] as number, source: 'traffic' }];
        const o = withDerived ? derived.get(step) : undefined;
        return o ? [{ step, count: o[slot] as number, source: 'orders' }] : [];
      }),
    );

  const byChannel = traffic.channel
    ? index.labels
        .map((channel, g) => ({ channel, funnel: funnelOf(g, orderGroup !== null) }))
        .filter((c) => (c.funnel.steps[0]?.count ?? 0) > 0)
    : [];
  return ok({ range, overall: funnelOf(total, true), byChannel, missing, notes });
}

export const funnelAnalysis: AnalysisDefinition<'funnel', FunnelOptions, AnalysisResult<FunnelFindings>> = {
  id: 'funnel',
  name: msg.analysisNames.funnel,
  requires: {
    tables: ['traffic'],
    columns: ['traffic.uv', 'traffic.date'],
    optional: [
      'traffic.funnel_view',
      'traffic.funnel_cart',
      'traffic.add_to_cart',
      'traffic.funnel_order',
      'traffic.funnel_pay',
      'traffic.channel',
      'orders.customer_id',
      'orders.channel',
    ],
  },
  run: analyzeFunnel,
};
