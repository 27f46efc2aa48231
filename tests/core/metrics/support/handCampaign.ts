import type { CampaignRows, OrderRow, SpendRow, TrafficRow } from '../../../support/campaignBuilder';

/**
 * A three-day campaign small enough to check every KPI by hand (period 2024-11-01 .. 2024-11-03).
 *
 *   order  day    amount status              customer channel refund discount cogs
 *   O1     11-01  100    paid                A        Tmall    —      10       40
 *   O2     11-01   50    unpaid              B        Douyin   —      —        —
 *   O3     11-01   80    paid                B        Douyin   —       5       30
 *   O4     11-02  200    refunded            A        Tmall    200    —        90
 *   O5     11-02   60    cancelled           C        Tmall    —      —        —
 *   O6     11-03  120    partially_refunded  C        Douyin   20     12       50
 *   O7     11-03   40    paid                A        Tmall    —      —        15
 *   O8     10-20   70    paid                B        Tmall    —      —        20   (before the period)
 *
 *   traffic  day    channel uv  pv  sessions bounces addToCart      spend  day    channel spend
 *            11-01  Tmall   100 300 120      30      10                    11-01  TMALL   100
 *            11-01  Douyin   50 100  60      30       5                    11-02  tmall   100
 *            11-02  Tmall    80 200 100      20       8                    11-03  Tmall    50
 *            11-02  Douyin   20  60  20      10       2                    11-01  douyin   40
 *            11-03  Tmall   100 250 110      22      12                    11-03  Douyin   60
 *            11-03  Douyin   50  90  50      25       3
 */
export const HAND_ORDERS: readonly OrderRow[] = [
  {
    id: 'O1',
    day: '2024-11-01',
    amount: 100,
    status: 'paid',
    customer: 'A',
    channel: 'Tmall',
    refund: null,
    discount: 10,
    cogs: 40,
  },
  { id: 'O2', day: '2024-11-01', amount: 50, status: 'unpaid', customer: 'B', channel: 'Douyin' },
  {
    id: 'O3',
    day: '2024-11-01',
    amount: 80,
    status: 'paid',
    customer: 'B',
    channel: 'Douyin',
    discount: 5,
    cogs: 30,
  },
  {
    id: 'O4',
    day: '2024-11-02',
    amount: 200,
    status: 'refunded',
    customer: 'A',
    channel: 'Tmall',
    refund: 200,
    cogs: 90,
  },
  { id: 'O5', day: '2024-11-02', amount: 60, status: 'cancelled', customer: 'C', channel: 'Tmall' },
  {
    id: 'O6',
    day: '2024-11-03',
    amount: 120,
    status: 'partially_refunded',
    customer: 'C',
    channel: 'Douyin',
    refund: 20,
    discount: 12,
    cogs: 50,
  },
  { id: 'O7', day: '2024-11-03', amount: 40, status: 'paid', customer: 'A', channel: 'Tmall', cogs: 15 },
  { id: 'O8', day: '2024-10-20', amount: 70, status: 'paid', customer: 'B', channel: 'Tmall', cogs: 20 },
];

export const HAND_TRAFFIC: readonly TrafficRow[] = [
  { day: '2024-11-01', channel: 'Tmall', uv: 100, pv: 300, sessions: 120, bounces: 30, addToCart: 10 },
  { day: '2024-11-01', channel: 'Douyin', uv: 50, pv: 100, sessions: 60, bounces: 30, addToCart: 5 },
  { day: '2024-11-02', channel: 'Tmall', uv: 80, pv: 200, sessions: 100, bounces: 20, addToCart: 8 },
  { day: '2024-11-02', channel: 'Douyin', uv: 20, pv: 60, sessions: 20, bounces: 10, addToCart: 2 },
  { day: '2024-11-03', channel: 'Tmall', uv: 100, pv: 250, sessions: 110, bounces: 22, addToCart: 12 },
  { day: '2024-11-03', channel: 'Douyin', uv: 50, pv: 90, sessions: 50, bounces: 25, addToCart: 3 },
];

export const HAND_SPEND: readonly SpendRow[] = [
  { day: '2024-11-01', channel: 'TMALL', spend: 100 },
  { day: '2024-11-02', channel: 'tmall', spend: 100 },
  { day: '2024-11-03', channel: 'Tmall', spend: 50 },
  { day: '2024-11-01', channel: 'douyin', spend: 40 },
  { day: '2024-11-03', channel: 'Douyin', spend: 60 },
];

export const HAND_CAMPAIGN: CampaignRows = {
  period: ['2024-11-01', '2024-11-03'],
  orders: HAND_ORDERS,
  traffic: HAND_TRAFFIC,
  spend: HAND_SPEND,
};
