import { ORDER_STATUSES, type OrderStatus } from '../../../../src/core/model/campaign';
import { isoDay, type Day } from '../../../../src/core/model/day';
import {
  day,
  type CampaignRows,
  type LineRow,
  type OrderRow,
  type SpendRow,
  type TrafficRow,
} from '../../../support/campaignBuilder';

/** mulberry32: a small seeded generator, so that every random campaign can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomCampaignOptions {
  readonly seed: number;
  readonly orders: number;
  /** Days of the campaign period. */
  readonly days: number;
  /** Channels with orders, traffic and spend (at most 8). */
  readonly channels: number;
  readonly customers: number;
  /** Days of the baseline, just before the campaign (0: none). */
  readonly baselineDays: number;
  /** Days of order history before the baseline (for telling new customers apart). */
  readonly historyDays: number;
  readonly refundColumn: boolean;
  readonly newFlag: boolean;
  readonly cogs: 'none' | 'all' | 'some_missing';
  readonly categories: number;
  /** Traffic gives bounces and sessions, or only a daily bounce rate. */
  readonly bounces: 'counts' | 'rate';
  /** Spend rows without a date, as well as daily ones. */
  readonly undatedSpend: boolean;
  /** Rows with an empty channel cell, and channels seen only in traffic or spend. */
  readonly channelNoise: boolean;
  /** A customers table giving first-order days for most customers. */
  readonly customersTable: boolean;
}

export const DEFAULT_RANDOM_CAMPAIGN: RandomCampaignOptions = {
  seed: 1,
  orders: 3000,
  days: 10,
  channels: 4,
  customers: 900,
  baselineDays: 7,
  historyDays: 20,
  refundColumn: true,
  newFlag: false,
  cogs: 'all',
  categories: 5,
  bounces: 'counts',
  undatedSpend: false,
  channelNoise: true,
  customersTable: false,
};

const CHANNELS = ['Tmall', 'Douyin', 'JD', 'WeChat', 'Xiaohongshu', 'Kuaishou', 'Baidu', 'Pinduoduo'];
/** The same channel as other tables spell it: matching is case-insensitive and trimmed. */
const respell = (name: string, variant: number): string =>
  variant === 0 ? name : variant === 1 ? ` ${name.toLowerCase()} ` : name.toUpperCase();

const STATUS_WEIGHTS: Readonly<Record<OrderStatus, number>> = {
  paid: 0.68,
  unpaid: 0.08,
  cancelled: 0.07,
  refunded: 0.07,
  partially_refunded: 0.06,
  refunding: 0.04,
};

const cents = (x: number): number => Math.round(x * 100) / 100;

/** A random campaign as inline rows: the same rows feed the builder and the DuckDB oracle. */
export function randomCampaign(given: Partial<RandomCampaignOptions> = {}): CampaignRows {
  const o = { ...DEFAULT_RANDOM_CAMPAIGN, ...given };
  const random = seededRandom(o.seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const start = day('2024-11-01');
  const firstDay = start - o.baselineDays - o.historyDays;
  const iso = (d: number): string => isoDay(d as Day);
  const channels = CHANNELS.slice(0, o.channels);
  const statusOf = (): OrderStatus => {
    let x = random();
    for (const status of ORDER_STATUSES) {
      x -= STATUS_WEIGHTS[status];
      if (x < 0) return status;
    }
    return 'paid';
  };

  const orders: OrderRow[] = [];
  for (let i = 0; i < o.orders; i++) {
    // Most orders in the campaign, some in the baseline and the history before it.
    const where = random();
    const d =
      where < 0.75
        ? start + pick(o.days)
        : where < 0.9 && o.baselineDays > 0
          ? start - o.baselineDays + pick(o.baselineDays)
          : firstDay + pick(o.historyDays + o.baselineDays + o.days);
    const status = statusOf();
    const amount = cents(5 + random() * 495);
    const channel = o.channelNoise && random() < 0.03 ? null : respell(channels[pick(channels.length)]!, 0);
    const row: Record<string, unknown> = {
      id: `O${i + 1}`,
      day: iso(d),
      amount,
      status,
      customer: random() < 0.02 ? null : `C${1 + Math.floor(o.customers * random() ** 1.5)}`,
      channel,
      discount: random() < 0.3 ? null : cents(random() * 20),
    };
    if (o.refundColumn) {
      row.refund =
        status === 'refunded'
          ? random() < 0.2
            ? null
            : amount
          : status === 'partially_refunded'
            ? random() < 0.2
              ? null
              : cents(amount * random() * 0.8)
            : status === 'paid' && random() < 0.02
              ? cents(amount * 0.1)
              : null;
    }
    if (o.cogs !== 'none')
      row.cogs = o.cogs === 'some_missing' && random() < 0.01 ? null : cents(amount * 0.55);
    if (o.newFlag) row.isNew = random() < 0.05 ? null : random() < 0.4;
    if (o.categories > 0) {
      const count = 1 + pick(3);
      const lines: LineRow[] = [];
      let left = amount;
      for (let l = 0; l < count; l++) {
        const part = l === count - 1 ? cents(left) : cents(left * random());
        left = cents(left - part);
        lines.push({ amount: part, category: random() < 0.02 ? null : `Cat${1 + pick(o.categories)}` });
      }
      row.lines = lines;
    }
    orders.push(row as unknown as OrderRow);
  }

  const traffic: TrafficRow[] = [];
  const trafficChannels = o.channelNoise ? [...channels, 'Organic Search'] : channels;
  for (let d = start - o.baselineDays; d < start + o.days; d++) {
    trafficChannels.forEach((name, c) => {
      const uv = 200 + pick(2000);
      const sessions = Math.round(uv * (1.1 + random()));
      const row: Record<string, unknown> = {
        day: iso(d),
        channel: respell(name, 1 + (c % 2)),
        uv,
        pv: uv * (2 + pick(5)),
        sessions,
        addToCart: Math.round(uv * random() * 0.2),
      };
      if (o.bounces === 'counts') row.bounces = Math.round(sessions * random() * 0.6);
      else row.bounceRate = random() < 0.1 ? null : Math.round(random() * 6000) / 10000;
      traffic.push(row as unknown as TrafficRow);
    });
  }

  const spend: SpendRow[] = [];
  const spendChannels = o.channelNoise ? [...channels, 'Offline Ads'] : channels;
  for (let d = start - o.baselineDays; d < start + o.days; d++) {
    spendChannels.forEach((name, c) => {
      spend.push({ channel: respell(name, 2 - (c % 2)), day: iso(d), spend: cents(random() * 3000) });
    });
  }
  if (o.undatedSpend) spend.push({ channel: respell(channels[0]!, 1), day: null, spend: 12_345.67 });
  if (o.channelNoise) spend.push({ channel: null, day: iso(start), spend: 99.5 });

  const customers = [];
  if (o.customersTable) {
    for (let c = 1; c <= o.customers; c++) {
      if (random() < 0.8) {
        const first = firstDay + pick(o.historyDays + o.baselineDays + o.days);
        customers.push({ id: `C${c}`, firstOrderDay: random() < 0.05 ? null : iso(first) });
      }
    }
  }

  return {
    period: [iso(start), iso(start + o.days - 1)],
    baseline: o.baselineDays > 0 ? [iso(start - o.baselineDays), iso(start - 1)] : null,
    phases:
      o.days >= 4
        ? [
            { kind: 'warmup', start: iso(start), end: iso(start + 1) },
            { kind: 'peak', start: iso(start + 2), end: iso(start + 2) },
            { kind: 'tail', start: iso(start + 3), end: iso(start + o.days - 1) },
          ]
        : [],
    orders,
    traffic,
    spend,
    customers: o.customersTable ? customers : null,
  };
}

/** The seeded campaigns the SQL oracles check the engine on: each turns on other inputs and rules. */
export const ORACLE_CAMPAIGNS: readonly (readonly [string, Partial<RandomCampaignOptions>])[] = [
  ['refund amounts, cost of goods, new customers from the earliest paid order', { seed: 11 }],
  [
    'no refund column, a new-customer flag, some missing costs, daily bounce rates, undated spend',
    {
      seed: 23,
      refundColumn: false,
      newFlag: true,
      cogs: 'some_missing',
      bounces: 'rate',
      undatedSpend: true,
    },
  ],
  ['a customers table giving first-order days', { seed: 37, customersTable: true, orders: 4000, days: 14 }],
];
