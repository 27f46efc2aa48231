import { STATUS_CODE, isPaidStatusCode, type CampaignData } from '../model/campaign';
import type { DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { KeyIndex, groupOfRow } from './aggregate/keyIndex';
import type { AnalysisDefinition } from './definition';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * Channel efficiency from per-channel aggregates — computed here from the data, or passed in (the KPI
 * engine's numbers) so that every sheet shows the same figures.
 *
 *   ROAS (投产比) = paid sales / spend;  ROI = (net sales − cost of goods − spend) / spend (only with cost of
 *   goods);  CAC = spend / new customers;  contribution = paid sales / Σ paid sales;  budget use = spend /
 *   budget.
 *
 * Ranking and best / worst: channels with spend > 0 and at least `minSpendShare` (5 %) of total spend are
 * ranked by ROI when every one of them has an ROI, else by ROAS; best = highest, worst = lowest (ties:
 * the larger paid sales ranks higher). The worst is only named when two or more channels are ranked.
 * Channels are matched across tables by name (trimmed, case-insensitive).
 */
export interface ChannelAggregate {
  readonly channel: string;
  readonly paidSales: number;
  readonly spend: number | null;
  readonly budget: number | null;
  readonly netSales: number | null;
  readonly cogs: number | null;
  readonly newCustomers: number | null;
}

export interface ChannelRow extends ChannelAggregate {
  readonly roas: number | null;
  readonly roi: number | null;
  readonly cac: number | null;
  readonly shareOfSales: number | null;
  readonly shareOfSpend: number | null;
  /** spend / budget. */
  readonly budgetUse: number | null;
  /** spend − budget (positive: over budget). */
  readonly budgetVariance: number | null;
  /** 1 = best; null when not ranked (no spend, or below the spend-share floor). */
  readonly rank: number | null;
}

export type ChannelRankMetric = 'roi' | 'roas';

export interface ChannelPick {
  readonly channel: string;
  readonly metric: ChannelRankMetric;
  readonly value: number;
}

export interface ChannelFindings {
  readonly rankedBy: ChannelRankMetric | null;
  /** Ranked channels first (by rank), then the others by paid sales. */
  readonly channels: readonly ChannelRow[];
  readonly best: ChannelPick | null;
  readonly worst: ChannelPick | null;
  readonly totals: {
    readonly paidSales: number;
    readonly spend: number | null;
    readonly budget: number | null;
    readonly roas: number | null;
  };
  readonly notes: readonly LocalizedText[];
}

export interface ChannelOptions {
  readonly minSpendShare: number;
  /** Aggregates to use instead of computing them (e.g. from the KPI engine). */
  readonly aggregates: readonly ChannelAggregate[] | null;
  /** Days to aggregate; the campaign period by default. */
  readonly range: DayRange | null;
}

export const DEFAULT_CHANNEL_OPTIONS: ChannelOptions = { minSpendShare: 0.05, aggregates: null, range: null };

const ratio = (a: number | null, b: number | null): number | null =>
  a !== null && b !== null && b > 0 && Number.isFinite(a) ? a / b : null;

export function rankChannels(aggregates: readonly ChannelAggregate[], minSpendShare = 0.05): ChannelFindings {
  const totalSales = aggregates.reduce((s, a) => s + a.paidSales, 0);
  const spends = aggregates.map((a) => a.spend).filter((s): s is number => s !== null);
  const totalSpend = spends.length > 0 ? spends.reduce((s, v) => s + v, 0) : null;
  const budgets = aggregates.map((a) => a.budget).filter((s): s is number => s !== null);
  const totalBudget = budgets.length > 0 ? budgets.reduce((s, v) => s + v, 0) : null;

  const rows = aggregates.map((a) => ({
    ...a,
    roas: ratio(a.paidSales, a.spend),
    roi: a.netSales !== null && a.cogs !== null ? ratio(a.netSales - a.cogs - (a.spend ?? 0), a.spend) : null,
    cac: ratio(a.spend, a.newCustomers),
    shareOfSales: ratio(a.paidSales, totalSales),
    shareOfSpend: ratio(a.spend, totalSpend),
    budgetUse: ratio(a.spend, a.budget),
    budgetVariance: a.spend !== null && a.budget !== null ? a.spend - a.budget : null,
  }));
  const eligible = rows.filter(
    (r) =>
      r.spend !== null &&
      r.spend > 0 &&
      totalSpend !== null &&
      r.spend >= minSpendShare * totalSpend &&
      r.roas !== null,
  );
  const rankedBy: ChannelRankMetric | null =
    eligible.length === 0 ? null : eligible.every((r) => r.roi !== null) ? 'roi' : 'roas';
  const metricOf = (r: (typeof rows)[number]): number => (rankedBy === 'roi' ? r.roi : r.roas) as number;
  eligible.sort(
    (a, b) => metricOf(b) - metricOf(a) || b.paidSales - a.paidSales || a.channel.localeCompare(b.channel),
  );
  const rankOf = new Map(eligible.map((r, i) => [r, i + 1]));
  const others = rows
    .filter((r) => !rankOf.has(r))
    .sort((a, b) => b.paidSales - a.paidSales || a.channel.localeCompare(b.channel));
  const channels: ChannelRow[] = [...eligible, ...others].map((r) => ({ ...r, rank: rankOf.get(r) ?? null }));
  const pick = (r: (typeof rows)[number] | undefined): ChannelPick | null =>
    r && rankedBy ? { channel: r.channel, metric: rankedBy, value: metricOf(r) } : null;
  return {
    rankedBy,
    channels,
    best: pick(eligible[0]),
    worst: eligible.length >= 2 ? pick(eligible[eligible.length - 1]) : null,
    totals: {
      paidSales: totalSales,
      spend: totalSpend,
      budget: totalBudget,
      roas: ratio(totalSales, totalSpend),
    },
    notes: [],
  };
}

/**
 * Per-channel aggregates over a day range: paid sales, net sales (paid sales − refunds: the refund column,
 * else the full amount of refunded orders), cost of goods (paid orders; null without the column), new
 * customers (distinct customers with a paid order flagged new; null without the flag), spend and budget
 * (spend rows dated in the range plus undated whole-period rows).
 */
export function channelAggregatesFrom(data: CampaignData, range: DayRange): ChannelAggregate[] {
  const { orders, spend } = data;
  const index = new KeyIndex();
  const orderGroup = orders.channel ? index.mapColumn(orders.channel) : null;
  const spendGroup = spend ? index.mapColumn(spend.channel) : null;
  const n = index.size + 1; // last slot: orders without a channel
  const sales = new Float64Array(n);
  const refunds = new Float64Array(n);
  const cogs = new Float64Array(n);
  const spent = new Float64Array(n);
  const budget = new Float64Array(n);
  const hasBudget = new Uint8Array(n);
  const newKey = new Int32Array(orders.size).fill(-1);
  for (let i = 0; i < orders.size; i++) {
    const day = orders.day[i] as number;
    if (day < range.start || day > range.end || !isPaidStatusCode(orders.status[i] as number)) continue;
    const g = orders.channel && orderGroup ? groupOfRow(orders.channel, orderGroup, i) : -1;
    const k = g < 0 ? n - 1 : g;
    const amount = finite(orders.amount[i]);
    sales[k] = (sales[k] as number) + amount;
    const refund = orders.refund
      ? finite(orders.refund[i])
      : (orders.status[i] as number) === STATUS_CODE.refunded
        ? amount
        : 0;
    refunds[k] = (refunds[k] as number) + refund;
    if (orders.cogs) cogs[k] = (cogs[k] as number) + finite(orders.cogs[i]);
    if (orders.isNew && orders.isNew[i] === 1) newKey[i] = k;
  }
  let newCustomers: Float64Array | null = null;
  if (orders.isNew) {
    const counts = new Float64Array(n);
    const customer = orders.customer;
    // distinct new customers per channel (orders without a customer id count one each)
    const seen = new Set<number>();
    for (let i = 0; i < orders.size; i++) {
      const k = newKey[i] as number;
      if (k < 0) continue;
      const c = customer ? (customer.codes[i] as number) : -1;
      if (c >= 0) {
        const key = c * n + k;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      counts[k] = (counts[k] as number) + 1;
    }
    newCustomers = counts;
  }
  if (spend && spendGroup) {
    for (let i = 0; i < spend.size; i++) {
      const day = spend.day[i] as number;
      if (day !== -1 && (day < range.start || day > range.end)) continue;
      const g = groupOfRow(spend.channel, spendGroup, i);
      if (g < 0) continue;
      spent[g] = (spent[g] as number) + finite(spend.spend[i]);
      const b = spend.budget ? (spend.budget[i] as number) : NaN;
      if (Number.isFinite(b)) {
        budget[g] = (budget[g] as number) + b;
        hasBudget[g] = 1;
      }
    }
  }
  const labels = [...index.labels, ''];
  const hasSpendRow = new Uint8Array(n);
  if (spend && spendGroup)
    for (let i = 0; i < spend.size; i++) {
      const g = groupOfRow(spend.channel, spendGroup, i);
      if (g >= 0) hasSpendRow[g] = 1;
    }
  return labels
    .map((channel, k): ChannelAggregate => ({
      channel,
      paidSales: sales[k] as number,
      spend: spend && hasSpendRow[k] ? (spent[k] as number) : null,
      budget: hasBudget[k] ? (budget[k] as number) : null,
      netSales: (sales[k] as number) - (refunds[k] as number),
      cogs: orders.cogs ? (cogs[k] as number) : null,
      newCustomers: newCustomers ? (newCustomers[k] as number) : null,
    }))
    .filter((a, k) => a.paidSales !== 0 || (a.spend ?? 0) !== 0 || (k < n - 1 && hasSpendRow[k] === 1));
}

function finite(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) ? v : 0;
}

export function analyzeChannels(
  data: CampaignData,
  options: Partial<ChannelOptions> = {},
): AnalysisResult<ChannelFindings> {
  const o = { ...DEFAULT_CHANNEL_OPTIONS, ...options };
  if (!o.aggregates && !data.orders.channel && !data.spend) return unavailable(msg.noChannelData());
  const aggregates = o.aggregates ?? channelAggregatesFrom(data, o.range ?? data.campaign.period);
  const findings = rankChannels(aggregates, o.minSpendShare);
  const notes: LocalizedText[] = [];
  if (!o.aggregates && !data.spend) notes.push(msg.noSpendForRanking());
  if (!o.aggregates && data.spend && !data.orders.channel) notes.push(msg.noOrderChannelForRoas());
  if (findings.rankedBy === 'roas' && aggregates.some((a) => a.cogs === null)) notes.push(msg.roiNeedsCogs());
  return ok({ ...findings, notes });
}

export const channelsAnalysis: AnalysisDefinition<
  'channels',
  ChannelOptions,
  AnalysisResult<ChannelFindings>
> = {
  id: 'channels',
  name: msg.analysisNames.channels,
  requires: {
    tables: ['orders'],
    columns: ['orders.channel'],
    optional: [
      'spend',
      'spend.budget',
      'orders.cogs',
      'orders.refund_amount',
      'orders.is_new',
      'orders.customer_id',
    ],
  },
  run: analyzeChannels,
};
