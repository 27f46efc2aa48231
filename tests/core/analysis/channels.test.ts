import {
  analyzeChannels,
  channelAggregatesFrom,
  rankChannels,
  type ChannelAggregate,
} from '../../../src/core/analysis/channels';
import { fixture, range } from './support/campaignFixture';
import { okOf } from './support/okOf';

const base = { budget: null, netSales: null, cogs: null, newCustomers: null };
const aggregates: ChannelAggregate[] = [
  { ...base, channel: 'Search', paidSales: 1000, spend: 100, budget: 120, newCustomers: 20 }, // ROAS 10
  { ...base, channel: 'Feed', paidSales: 600, spend: 200 }, // ROAS 3
  { ...base, channel: 'Tiny', paidSales: 50, spend: 5 }, // ROAS 10, but 5 / 305 = 1.6 % of spend
  { ...base, channel: 'Organic', paidSales: 200, spend: null },
];

describe('channel efficiency', () => {
  it('ranks channels by ROAS and names best and worst (hand-derived)', () => {
    const r = rankChannels(aggregates);
    expect(r.rankedBy).toBe('roas');
    expect(r.channels.map((c) => [c.channel, c.rank])).toEqual([
      ['Search', 1],
      ['Feed', 2],
      ['Organic', null],
      ['Tiny', null],
    ]);
    expect(r.best).toEqual({ channel: 'Search', metric: 'roas', value: 10 });
    expect(r.worst).toEqual({ channel: 'Feed', metric: 'roas', value: 3 });
    const search = r.channels[0];
    expect(search?.cac).toBe(5); // 100 / 20
    expect(search?.shareOfSales).toBeCloseTo(1000 / 1850, 12);
    expect(search?.budgetUse).toBeCloseTo(100 / 120, 12);
    expect(search?.budgetVariance).toBe(-20);
    expect(r.totals).toEqual({ paidSales: 1850, spend: 305, budget: 120, roas: 1850 / 305 });
  });

  it('ranks by ROI when every ranked channel has cost of goods', () => {
    // Both have ROAS 10; ROI separates them: A (900 − 300 − 100) / 100 = 5, B (2000 − 1500 − 200) / 200 = 1.5.
    const r = rankChannels([
      { ...base, channel: 'A', paidSales: 1000, netSales: 900, cogs: 300, spend: 100 },
      { ...base, channel: 'B', paidSales: 2000, netSales: 2000, cogs: 1500, spend: 200 },
    ]);
    expect(r.rankedBy).toBe('roi');
    expect(r.best).toEqual({ channel: 'A', metric: 'roi', value: 5 });
    expect(r.worst?.value).toBeCloseTo(1.5, 12);
  });

  it('names no worst with a single ranked channel, and no ranking without spend', () => {
    expect(rankChannels([aggregates[0] as ChannelAggregate]).worst).toBeNull();
    const none = rankChannels([{ ...base, channel: 'X', paidSales: 5, spend: null }]);
    expect(none.rankedBy).toBeNull();
    expect(none.best).toBeNull();
  });

  it('aggregates channels from orders and spend, matching names case-insensitively', () => {
    const data = fixture({
      orders: [
        { day: '2024-11-11', amount: 100, channel: 'Search', customer: 'a', isNew: 1, cogs: 40 },
        { day: '2024-11-11', amount: 50, channel: 'search', customer: 'a', isNew: 1, cogs: 20 },
        {
          day: '2024-11-11',
          amount: 30,
          channel: 'Feed',
          customer: 'b',
          isNew: 0,
          status: 'refunded',
          cogs: 10,
        },
        { day: '2024-11-11', amount: 999, channel: 'Feed', status: 'cancelled' },
        { day: '2024-10-01', amount: 999, channel: 'Feed' },
      ],
      spend: [
        { channel: 'SEARCH ', spend: 10, day: '2024-11-11', budget: 12 },
        { channel: 'Feed', spend: 5 },
        { channel: 'Feed', spend: 100, day: '2024-10-01' },
      ],
      period: ['2024-11-11', '2024-11-11'],
    });
    const agg = channelAggregatesFrom(data, range('2024-11-11', '2024-11-11'));
    expect(agg).toEqual([
      { channel: 'Search', paidSales: 150, spend: 10, budget: 12, netSales: 150, cogs: 60, newCustomers: 1 },
      { channel: 'Feed', paidSales: 30, spend: 5, budget: null, netSales: 0, cogs: 10, newCustomers: 0 },
    ]);
    const r = okOf(analyzeChannels(data));
    expect(r.rankedBy).toBe('roi');
    expect(r.best?.channel).toBe('Search');
  });

  it('accepts aggregates from the KPI engine instead of computing them', () => {
    const data = fixture({ orders: [], period: ['2024-11-11', '2024-11-11'] });
    expect(okOf(analyzeChannels(data, { aggregates })).best?.channel).toBe('Search');
  });

  it('is unavailable without channels in orders and without spend', () => {
    expect(
      analyzeChannels(
        fixture({ orders: [{ day: '2024-11-11', amount: 1 }], period: ['2024-11-11', '2024-11-11'] }),
      ).kind,
    ).toBe('unavailable');
  });
});
