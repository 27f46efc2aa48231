import { analyzeFunnel, buildFunnel } from '../../../src/core/analysis/funnel';
import { fixture } from './support/campaignFixture';
import { okOf } from './support/okOf';

describe('the conversion funnel', () => {
  it('computes step rates and names the biggest drop-off (hand-derived)', () => {
    // 1,000 visits → 400 views (40 %) → 100 carts (25 %) → 60 orders (60 %) → 54 payments (90 %).
    const f = buildFunnel([
      { step: 'visit', count: 1000, source: 'traffic' },
      { step: 'view', count: 400, source: 'traffic' },
      { step: 'cart', count: 100, source: 'traffic' },
      { step: 'order', count: 60, source: 'traffic' },
      { step: 'pay', count: 54, source: 'traffic' },
    ]);
    expect(f.steps.map((s) => s.rateFromPrevious)).toEqual([null, 0.4, 0.25, 0.6, 0.9]);
    expect(f.steps[4]?.rateFromFirst).toBeCloseTo(0.054, 12);
    expect(f.biggestDropOff).toEqual({ from: 'view', to: 'cart', rate: 0.25, lost: 300 });
  });

  it('sums the traffic funnel columns over the period, overall and per channel', () => {
    const data = fixture({
      orders: [],
      traffic: [
        { day: '2024-11-11', channel: 'Search', uv: 600, view: 300, cart: 60, order: 30, pay: 27 },
        { day: '2024-11-11', channel: 'Feed', uv: 400, view: 100, cart: 40, order: 30, pay: 27 },
        { day: '2024-11-12', channel: 'Search', uv: 999, view: 999, cart: 999, order: 999, pay: 999 },
      ],
      period: ['2024-11-11', '2024-11-11'],
    });
    const r = okOf(analyzeFunnel(data));
    expect(r.overall.steps.map((s) => s.count)).toEqual([1000, 400, 100, 60, 54]);
    expect(r.missing).toEqual([]);
    const feed = r.byChannel.find((c) => c.channel === 'Feed');
    // Feed: 400 → 100 (25 %) is its biggest drop; Search: 600 → 300 (50 %) vs 300 → 60 (20 %).
    expect(feed?.funnel.biggestDropOff?.from).toBe('visit');
    expect(r.byChannel.find((c) => c.channel === 'Search')?.funnel.biggestDropOff?.to).toBe('cart');
  });

  it('derives paying buyers from the orders when the funnel columns are absent, and says what is missing', () => {
    // Day 1: UV 100, buyers u1, u2 (u1 twice) → 2; day 2: UV 100, buyer u1 → 1; unpaid orders are order-step only.
    const data = fixture({
      orders: [
        { day: '2024-11-11', amount: 10, customer: 'u1' },
        { day: '2024-11-11', amount: 10, customer: 'u1' },
        { day: '2024-11-11', amount: 10, customer: 'u2' },
        { day: '2024-11-11', amount: 10, customer: 'u3', status: 'unpaid' },
        { day: '2024-11-12', amount: 10, customer: 'u1' },
      ],
      traffic: [
        { day: '2024-11-11', uv: 100 },
        { day: '2024-11-12', uv: 100 },
      ],
      period: ['2024-11-11', '2024-11-12'],
    });
    const r = okOf(analyzeFunnel(data));
    expect(r.overall.steps.map((s) => [s.step, s.count, s.source])).toEqual([
      ['visit', 200, 'traffic'],
      ['order', 4, 'orders'],
      ['pay', 3, 'orders'],
    ]);
    expect(r.missing).toEqual(['view', 'cart']);
    expect(r.notes.length).toBeGreaterThanOrEqual(2);
  });

  it('uses add-to-cart visitors for the cart step when there is no cart column', () => {
    const data = fixture({
      orders: [],
      traffic: [{ day: '2024-11-11', uv: 10, addToCart: 4 }],
      period: ['2024-11-11', '2024-11-11'],
    });
    const r = okOf(analyzeFunnel(data));
    expect(r.overall.steps.map((s) => s.step)).toEqual(['visit', 'cart']);
    expect(r.missing).toEqual(['view', 'order', 'pay']);
  });

  it('is unavailable without traffic, or without traffic in the period', () => {
    expect(analyzeFunnel(fixture({ orders: [], period: ['2024-11-11', '2024-11-11'] })).kind).toBe(
      'unavailable',
    );
    const outside = fixture({
      orders: [],
      traffic: [{ day: '2024-10-01', uv: 5 }],
      period: ['2024-11-11', '2024-11-11'],
    });
    expect(analyzeFunnel(outside).kind).toBe('unavailable');
  });

  it('has no rate after a step with 0', () => {
    const f = buildFunnel([
      { step: 'visit', count: 0, source: 'traffic' },
      { step: 'pay', count: 0, source: 'orders' },
    ]);
    expect(f.steps[1]?.rateFromPrevious).toBeNull();
    expect(f.biggestDropOff).toBeNull();
  });
});
