import { dayFromYmd } from '../../../src/core/model/day';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { columnOf, dayOfSerial, num, sheetOf, str } from './sampleCells';

describe('sample row counts and calendar', () => {
  const sample = generateSampleCampaign({ locale: 'en-US' });
  const { truth } = sample;

  it('writes exactly the requested number of order rows, some orders over several rows', () => {
    const rows = sheetOf(sample, 'orders').table.rows;
    expect(rows).toHaveLength(50_000);
    const ids = new Set(rows.map(columnOf(sample, 'orders', 'order_id', 'en-US')));
    expect(ids.size).toBe(truth.orders.distinctOrders);
    expect(truth.orders.distinctOrders).toBeGreaterThan(35_000);
    expect(truth.orders.distinctOrders).toBeLessThan(45_000);
    expect(truth.orders.multiLineOrders).toBeGreaterThan(0.15 * truth.orders.distinctOrders);
  });

  it('holds 60 days × channels of traffic, 60 days × paid channels of spend, 21 SKUs × 60 days of stock', () => {
    expect(truth.rows).toEqual({
      orders: 50_000,
      traffic: 60 * 8,
      spend: 60 * 7,
      targets: 8,
      campaign: 5,
      customers: truth.orders.customers,
      inventory: 21 * 60,
      touchpoints: truth.touchpoints.rows,
    });
    for (const sheet of sample.sheets) expect(sheet.table.rows).toHaveLength(truth.rows[sheet.kind]);
  });

  it('keeps the first n channels when asked for fewer', () => {
    const small = generateSampleCampaign({ locale: 'en-US', orders: 5_000, channels: 3 });
    expect(small.truth.rows.traffic).toBe(180);
    expect(small.truth.channels.map((c) => c.name)).toEqual(['Search Ads', 'Feed Ads', 'Live Streaming']);
    const channel = columnOf(small, 'orders', 'channel', 'en-US');
    expect(new Set(sheetOf(small, 'orders').table.rows.map(channel))).toEqual(
      new Set(['Search Ads', 'Feed Ads', 'Live Streaming']),
    );
  });

  it('spans 2025-11-01 … 2025-12-30 with the documented phases', () => {
    const dec = (d: number) => dayFromYmd(2025, 12, d);
    expect(truth.calendar).toEqual({
      window: { start: dayFromYmd(2025, 11, 1), end: dec(30) },
      baseline: { start: dayFromYmd(2025, 11, 1), end: dayFromYmd(2025, 11, 30) },
      campaign: { start: dec(1), end: dec(30) },
      warmup: { start: dec(1), end: dec(9) },
      peak: { start: dec(10), end: dec(12) },
      tail: { start: dec(13), end: dec(30) },
      bigDay: dec(12),
    });
    expect(truth.daily).toHaveLength(60);
  });

  it('writes the campaign table with the campaign, its phases and the baseline', () => {
    const item = columnOf(sample, 'campaign', 'item', 'en-US');
    const start = columnOf(sample, 'campaign', 'start', 'en-US');
    const end = columnOf(sample, 'campaign', 'end', 'en-US');
    const rows = sheetOf(sample, 'campaign').table.rows.map((row) => [
      str(item(row)),
      dayOfSerial(num(start(row))),
      dayOfSerial(num(end(row))),
    ]);
    expect(rows).toEqual([
      ['Campaign', truth.calendar.campaign.start, truth.calendar.campaign.end],
      ['Warm-up', truth.calendar.warmup.start, truth.calendar.warmup.end],
      ['Peak', truth.calendar.peak.start, truth.calendar.peak.end],
      ['Tail', truth.calendar.tail.start, truth.calendar.tail.end],
      ['Baseline', truth.calendar.baseline.start, truth.calendar.baseline.end],
    ]);
  });

  it('places every order in the window, paid after it was placed', () => {
    const time = columnOf(sample, 'orders', 'order_time', 'en-US');
    const pay = columnOf(sample, 'orders', 'pay_time', 'en-US');
    const bad = sheetOf(sample, 'orders').table.rows.filter((row) => {
      const placed = num(time(row));
      const paid = pay(row);
      return (
        dayOfSerial(placed) < truth.calendar.window.start ||
        (paid !== null && (num(paid) < placed || dayOfSerial(num(paid)) > truth.calendar.window.end))
      );
    });
    expect(bad).toEqual([]);
  });

  it('makes 12-12 the biggest day and the peak the biggest phase per day', () => {
    const best = truth.daily.reduce((a, b) => (b.paidSales > a.paidSales ? b : a));
    expect(best.day).toBe(truth.calendar.bigDay);
    const perDay = (from: number, to: number) =>
      truth.daily.filter((d) => d.day >= from && d.day <= to).reduce((s, d) => s + d.paidSales, 0) /
      (to - from + 1);
    const { baseline, peak, tail } = truth.calendar;
    expect(perDay(peak.start, peak.end)).toBeGreaterThan(3 * perDay(baseline.start, baseline.end));
    expect(perDay(tail.start, tail.end)).toBeLessThan(1.3 * perDay(baseline.start, baseline.end));
  });
});
