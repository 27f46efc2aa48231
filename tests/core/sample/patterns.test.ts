import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { median } from '../../../src/core/sample/median';
import { columnOf, dayOfSerial, num, ordersOf, sheetOf, str } from './sampleCells';

describe('the patterns injected into the sample', () => {
  const sample = generateSampleCampaign({ locale: 'en-US' });
  const { truth } = sample;
  const rows = sheetOf(sample, 'orders').table.rows;
  const col = (field: Parameters<typeof columnOf<'orders'>>[2]) => columnOf(sample, 'orders', field, 'en-US');

  describe('coupon abuse', () => {
    const abuse = truth.couponAbuse;
    const accounts = new Set(abuse.accounts);

    it('is a cluster of 36–48 accounts on 3 devices, 2 IPs and 2 addresses', () => {
      expect(accounts.size).toBeGreaterThanOrEqual(36);
      expect(accounts.size).toBeLessThanOrEqual(48);
      const [customer, device, ip, address] = [
        col('customer_id'),
        col('device_id'),
        col('ip'),
        col('address_hash'),
      ];
      const clusterRows = rows.filter((row) => accounts.has(str(customer(row))));
      expect(new Set(clusterRows.map(device))).toEqual(new Set(abuse.devices));
      expect(new Set(clusterRows.map(ip))).toEqual(new Set(abuse.ips));
      expect(new Set(clusterRows.map(address))).toEqual(new Set(abuse.addresses));
      expect(new Set(clusterRows.map(customer)).size).toBe(accounts.size);
    });

    it('stands out: no other device, IP or address is shared by more than a handful of accounts', () => {
      const [customer, device, ip, address] = [
        col('customer_id'),
        col('device_id'),
        col('ip'),
        col('address_hash'),
      ];
      for (const key of [device, ip, address]) {
        const accountsPerKey = new Map<string, Set<string>>();
        for (const row of rows) {
          const k = str(key(row));
          accountsPerKey.set(k, (accountsPerKey.get(k) ?? new Set()).add(str(customer(row))));
        }
        const shared = [...accountsPerKey.entries()].filter(([, set]) => set.size > 5).map(([k]) => k);
        expect(shared.every((k) => [...abuse.devices, ...abuse.ips, ...abuse.addresses].includes(k))).toBe(
          true,
        );
        expect(shared.length).toBeGreaterThanOrEqual(2);
      }
    });

    it('registered in one burst of under an hour, the night before the peak', () => {
      const [customer, registered] = [
        columnOf(sample, 'customers', 'customer_id', 'en-US'),
        columnOf(sample, 'customers', 'registration_date', 'en-US'),
      ];
      const times = sheetOf(sample, 'customers')
        .table.rows.filter((row) => accounts.has(str(customer(row))))
        .map((row) => num(registered(row)));
      expect(times).toHaveLength(accounts.size);
      expect(Math.max(...times) - Math.min(...times)).toBeLessThan(1 / 24);
      expect(dayOfSerial(Math.min(...times))).toBe(truth.calendar.peak.start - 1);
      expect(abuse.registeredTo - abuse.registeredFrom).toBeCloseTo(
        Math.max(...times) - Math.min(...times),
        9,
      );
    });

    it('orders coupon-only: every order pays most of its list price with a coupon, flagged new first', () => {
      const [id, coupon, list, isNew, customer] = [
        col('order_id'),
        col('coupon'),
        col('list_price'),
        col('is_new'),
        col('customer_id'),
      ];
      const clusterRows = rows.filter((row) => abuse.orderIds.includes(str(id(row))));
      expect(clusterRows.length).toBe(abuse.orderIds.length);
      for (const row of clusterRows) expect(num(coupon(row)) / num(list(row))).toBeGreaterThan(0.8);
      expect(abuse.couponShare).toBeGreaterThan(0.8);
      const flagged = new Set(clusterRows.filter((row) => isNew(row) === 'Yes').map(customer));
      expect(flagged.size).toBe(accounts.size);
    });
  });

  describe('stock-out', () => {
    const { stockout } = truth;
    const [sku, time] = [col('sku'), col('order_time')];

    it('takes the hero SKU to 0 on the big day and keeps it there until the restock', () => {
      expect(stockout).toMatchObject({ sku: 'GS-601', day: truth.calendar.bigDay });
      const [invSku, invDate, stock] = [
        columnOf(sample, 'inventory', 'sku', 'en-US'),
        columnOf(sample, 'inventory', 'date', 'en-US'),
        columnOf(sample, 'inventory', 'stock', 'en-US'),
      ];
      const hero = sheetOf(sample, 'inventory')
        .table.rows.filter((row) => invSku(row) === stockout.sku)
        .map((row) => [dayOfSerial(num(invDate(row))), num(stock(row))] as const);
      for (const [day, level] of hero) {
        if (day < stockout.day) expect(level).toBeGreaterThan(0);
        else if (day < stockout.restockDay) expect(level).toBe(0);
        else expect(level).toBeGreaterThan(0);
      }
      const others = sheetOf(sample, 'inventory').table.rows.filter((row) => invSku(row) !== stockout.sku);
      expect(others.every((row) => num(stock(row)) > 0)).toBe(true);
    });

    it('stops the hero SKU’s sales from the last unit until the restock', () => {
      const heroTimes = rows.filter((row) => sku(row) === stockout.sku).map((row) => num(time(row)));
      const restock = stockout.restockDay + 25_569;
      expect(heroTimes.filter((t) => t > stockout.lastSale && t < restock)).toEqual([]);
      expect(heroTimes.filter((t) => dayOfSerial(t) === stockout.day).length).toBeGreaterThan(50);
      expect(heroTimes.some((t) => t >= restock)).toBe(true);
    });
  });

  describe('anomalies', () => {
    const baseline = truth.daily.filter((d) => d.day <= truth.calendar.baseline.end);

    it('records a payment outage in the warm-up with paid sales far below the baseline', () => {
      const outage = truth.anomalies.find((a) => a.kind === 'payment_outage');
      expect(outage?.day).toBeGreaterThanOrEqual(truth.calendar.warmup.start);
      expect(outage?.day).toBeLessThanOrEqual(truth.calendar.warmup.end);
      const paid = baseline.map((d) => d.paidSales);
      const center = median(paid);
      const mad = median(paid.map((v) => Math.abs(v - center)));
      const day = truth.daily.find((d) => d.day === outage?.day)!;
      expect(0.6745 * ((day.paidSales - center) / mad)).toBeLessThan(-3.5);
      expect(outage?.kind === 'payment_outage' && outage.baselineMedianPaidSales).toBeCloseTo(center, 2);
    });

    it('records a traffic spike in the tail on one channel, with no sales behind it', () => {
      const spike = truth.anomalies.find((a) => a.kind === 'traffic_spike');
      expect(spike?.kind === 'traffic_spike' && spike.channel).toBe('Feed Ads');
      expect(spike?.day).toBeGreaterThanOrEqual(truth.calendar.tail.start);
      const uv = baseline.map((d) => d.uv);
      const center = median(uv);
      const mad = median(uv.map((v) => Math.abs(v - center)));
      const day = truth.daily.find((d) => d.day === spike?.day)!;
      expect(0.6745 * ((day.uv - center) / mad)).toBeGreaterThan(3.5);
      const tailSales = truth.daily.filter(
        (d) => d.day > truth.calendar.tail.start + 2 && d.day !== spike?.day,
      );
      expect(day.paidSales).toBeLessThan(1.3 * median(tailSales.map((d) => d.paidSales)));
    });
  });

  describe('A/B test', () => {
    it('has variant B paying slightly more often than A, in the campaign only', () => {
      const orders = [...ordersOf(sample, 'en-US').values()];
      const rate = (variant: string) => {
        const group = orders.filter((o) => o.variant === variant);
        return group.filter((o) => o.paid).length / group.length;
      };
      expect(rate('B')).toBeGreaterThan(rate('A'));
      expect(rate('B') / rate('A') - 1).toBeCloseTo(truth.abTest.lift, 12);
      expect(truth.abTest.lift).toBeGreaterThan(0.01);
      expect(truth.abTest.lift).toBeLessThan(0.06);
      const early = orders.filter((o) => o.variant !== null && o.day < truth.calendar.campaign.start);
      expect(early).toEqual([]);
    });
  });

  describe('touchpoints', () => {
    it('holds 3,000 paths whose conversions and credits add up', () => {
      const [path, converted, value] = [
        columnOf(sample, 'touchpoints', 'path_id', 'en-US'),
        columnOf(sample, 'touchpoints', 'conversion', 'en-US'),
        columnOf(sample, 'touchpoints', 'value', 'en-US'),
      ];
      const touchRows = sheetOf(sample, 'touchpoints').table.rows;
      expect(new Set(touchRows.map(path)).size).toBe(3_000);
      const conversions = touchRows.filter((row) => converted(row) === 'Yes');
      expect(conversions).toHaveLength(truth.touchpoints.conversions);
      expect(conversions.reduce((s, row) => s + num(value(row)), 0)).toBeCloseTo(truth.touchpoints.value, 2);
      const credits = (record: Readonly<Record<string, number>>) =>
        Object.values(record).reduce((s, v) => s + v, 0);
      expect(credits(truth.touchpoints.lastTouch)).toBe(truth.touchpoints.conversions);
      expect(credits(truth.touchpoints.firstTouch)).toBe(truth.touchpoints.conversions);
    });
  });
});
