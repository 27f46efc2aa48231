/**
 * The sample's marketing channels, in sheet order; `channels: n` keeps the first n. Efficiencies are
 * design values: the generated spend follows them, and SampleTruth reports what the data actually gives.
 * With all eight, member CRM is clearly the best channel by ROAS and influencer seeding clearly the worst;
 * organic traffic has no spend.
 */
export interface SampleChannel {
  readonly key: SampleChannelKey;
  readonly zh: string;
  readonly en: string;
  /** Paid sales / spend the spend is sized for; null for a channel without spend. */
  readonly roas: number | null;
  /** Paying buyers / UV on an ordinary day. */
  readonly cvr: number;
  /** Share of orders per phase: baseline, warm-up, peak, tail (relative weights). */
  readonly share: readonly [number, number, number, number];
  /** Share of orders placed by a first-time customer. */
  readonly newShare: number;
  readonly pagesPerVisitor: number;
  readonly bounceRate: number;
  /** Ad clicks per visitor and click-through rate, for impressions and clicks. */
  readonly clicksPerVisitor: number;
  readonly ctr: number;
}

export const SAMPLE_CHANNEL_KEYS = [
  'search',
  'feed',
  'live',
  'short_video',
  'influencer',
  'crm',
  'organic',
  'affiliate',
] as const;
export type SampleChannelKey = (typeof SAMPLE_CHANNEL_KEYS)[number];

export const SAMPLE_CHANNELS: readonly SampleChannel[] = [
  {
    key: 'search',
    zh: '搜索广告',
    en: 'Search Ads',
    roas: 4.2,
    cvr: 0.032,
    share: [0.22, 0.2, 0.19, 0.22],
    newShare: 0.45,
    pagesPerVisitor: 4.2,
    bounceRate: 0.34,
    clicksPerVisitor: 1.2,
    ctr: 0.045,
  },
  {
    key: 'feed',
    zh: '信息流',
    en: 'Feed Ads',
    roas: 1.7,
    cvr: 0.011,
    share: [0.1, 0.11, 0.09, 0.1],
    newShare: 0.7,
    pagesPerVisitor: 2.6,
    bounceRate: 0.58,
    clicksPerVisitor: 1.3,
    ctr: 0.012,
  },
  {
    key: 'live',
    zh: '直播',
    en: 'Live Streaming',
    roas: 3.1,
    cvr: 0.042,
    share: [0.12, 0.12, 0.18, 0.12],
    newShare: 0.5,
    pagesPerVisitor: 3.4,
    bounceRate: 0.3,
    clicksPerVisitor: 1.15,
    ctr: 0.03,
  },
  {
    key: 'short_video',
    zh: '短视频',
    en: 'Short Video',
    roas: 2.4,
    cvr: 0.017,
    share: [0.08, 0.09, 0.08, 0.08],
    newShare: 0.65,
    pagesPerVisitor: 2.8,
    bounceRate: 0.5,
    clicksPerVisitor: 1.25,
    ctr: 0.016,
  },
  {
    key: 'influencer',
    zh: '达人种草',
    en: 'Influencer Seeding',
    roas: 0.7,
    cvr: 0.014,
    share: [0.05, 0.07, 0.05, 0.04],
    newShare: 0.75,
    pagesPerVisitor: 3,
    bounceRate: 0.45,
    clicksPerVisitor: 1.2,
    ctr: 0.02,
  },
  {
    key: 'crm',
    zh: '会员私域',
    en: 'Member CRM',
    roas: 14,
    cvr: 0.075,
    share: [0.08, 0.08, 0.12, 0.09],
    newShare: 0.04,
    pagesPerVisitor: 4.8,
    bounceRate: 0.22,
    clicksPerVisitor: 1.1,
    ctr: 0.08,
  },
  {
    key: 'organic',
    zh: '自然流量',
    en: 'Organic',
    roas: null,
    cvr: 0.024,
    share: [0.28, 0.26, 0.21, 0.28],
    newShare: 0.4,
    pagesPerVisitor: 4,
    bounceRate: 0.38,
    clicksPerVisitor: 0,
    ctr: 0,
  },
  {
    key: 'affiliate',
    zh: '站外联盟',
    en: 'Affiliate',
    roas: 6.5,
    cvr: 0.035,
    share: [0.07, 0.07, 0.08, 0.07],
    newShare: 0.55,
    pagesPerVisitor: 2.4,
    bounceRate: 0.4,
    clicksPerVisitor: 1.2,
    ctr: 0.025,
  },
];
