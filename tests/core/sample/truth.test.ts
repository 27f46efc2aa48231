import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { columnOf, dayOfSerial, num, ordersOf, sheetOf, str } from './sampleCells';

describe('the sample truth, checked against the cells', () => {
  const sample = generateSampleCampaign({ locale: 'zh-CN', orders: 30_000 });
  const { truth } = sample;
  const orders = [...ordersOf(sample, 'zh-CN').values()];
  const { campaign } = truth.calendar;
  const inCampaign = orders.filter((o) => o.day >= campaign.start && o.day <= campaign.end);
  const traffic = sheetOf(sample, 'traffic').table.rows;
  const t = <F extends Parameters<typeof columnOf<'traffic'>>[2]>(field: F) =>
    columnOf(sample, 'traffic', field, 'zh-CN');

  it('records GMV, paid sales, orders and buyers of the campaign as the KPI contract defines them', () => {
    const paid = inCampaign.filter((o) => o.paid);
    const sum = (list: typeof orders) => Math.round(list.reduce((s, o) => s + o.amount, 0) * 100) / 100;
    expect(truth.campaign.orders).toBe(inCampaign.length);
    expect(truth.campaign.paidOrders).toBe(paid.length);
    expect(truth.campaign.gmv).toBeCloseTo(sum(inCampaign), 2);
    expect(truth.campaign.paidSales).toBeCloseTo(sum(paid), 2);
    expect(truth.campaign.buyers).toBe(new Set(paid.map((o) => o.customer)).size);
    expect(truth.campaign.newCustomers).toBe(
      new Set(paid.filter((o) => o.isNew).map((o) => o.customer)).size,
    );
    expect(truth.campaign.arppu).toBeCloseTo(truth.campaign.paidSales / truth.campaign.buyers, 6);
  });

  it('reports paying buyers per day and channel equal to the orders table’s distinct paying buyers', () => {
    const expected = new Map<string, Set<string>>();
    for (const o of orders.filter((o) => o.paid)) {
      const key = `${o.day}|${o.channel}`;
      expected.set(key, (expected.get(key) ?? new Set()).add(o.customer));
    }
    const [date, channel, pay] = [t('date'), t('channel'), t('funnel_pay')];
    const bad = traffic.filter(
      (row) =>
        num(pay(row)) !== (expected.get(`${dayOfSerial(num(date(row)))}|${str(channel(row))}`)?.size ?? 0),
    );
    expect(bad).toEqual([]);
    expect(traffic.reduce((s, row) => s + num(pay(row)), 0)).toBeGreaterThan(10_000);
  });

  it('keeps the funnel monotone: UV ≥ viewers ≥ cart ≥ ordering ≥ paying; bounces ≤ sessions', () => {
    const [uv, view, cart, addToCart, order, pay, sessions, bounces] = [
      t('uv'),
      t('funnel_view'),
      t('funnel_cart'),
      t('add_to_cart'),
      t('funnel_order'),
      t('funnel_pay'),
      t('sessions'),
      t('bounces'),
    ];
    const bad = traffic.filter(
      (row) =>
        num(uv(row)) < num(view(row)) ||
        num(view(row)) < num(cart(row)) ||
        num(cart(row)) < num(order(row)) ||
        num(order(row)) < num(pay(row)) ||
        num(addToCart(row)) !== num(cart(row)) ||
        num(bounces(row)) > num(sessions(row)),
    );
    expect(bad).toEqual([]);
  });

  it('records UV, CVR and spend as sums over the traffic and spend tables', () => {
    const [date, uv] = [t('date'), t('uv')];
    const campaignUv = traffic
      .filter((row) => dayOfSerial(num(date(row))) >= campaign.start)
      .reduce((s, row) => s + num(uv(row)), 0);
    expect(truth.campaign.uv).toBe(campaignUv);
    const buyersPerDay = new Map<number, Set<string>>();
    for (const o of inCampaign.filter((o) => o.paid)) {
      buyersPerDay.set(o.day, (buyersPerDay.get(o.day) ?? new Set()).add(o.customer));
    }
    const dayBuyers = [...buyersPerDay.values()].reduce((s, set) => s + set.size, 0);
    expect(truth.campaign.cvr).toBeCloseTo(dayBuyers / campaignUv, 12);
    const spendRows = sheetOf(sample, 'spend').table.rows;
    const [spendDate, spend] = [
      columnOf(sample, 'spend', 'date', 'zh-CN'),
      columnOf(sample, 'spend', 'spend', 'zh-CN'),
    ];
    const campaignSpend = spendRows
      .filter((row) => dayOfSerial(num(spendDate(row))) >= campaign.start)
      .reduce((s, row) => s + num(spend(row)), 0);
    expect(truth.campaign.spend).toBeCloseTo(campaignSpend, 2);
    expect(truth.campaign.roas).toBeCloseTo(truth.campaign.paidSales / truth.campaign.spend, 9);
  });

  it('ranks member CRM best and influencer seeding worst by ROAS, clearly', () => {
    const roas = new Map(truth.channels.map((c) => [c.key, c.roas]));
    expect(truth.bestChannel).toBe('会员私域');
    expect(truth.worstChannel).toBe('达人种草');
    expect(roas.get('organic')).toBeNull();
    const ranked = truth.channels.flatMap((c) => (c.roas === null ? [] : [c.roas])).sort((a, b) => b - a);
    expect(ranked[0]! / ranked[1]!).toBeGreaterThan(1.5);
    expect(ranked[ranked.length - 2]! / ranked[ranked.length - 1]!).toBeGreaterThan(1.5);
    const perChannel = new Map<string, number>();
    for (const o of inCampaign.filter((o) => o.paid))
      perChannel.set(o.channel, (perChannel.get(o.channel) ?? 0) + o.amount);
    for (const c of truth.channels) expect(c.paidSales).toBeCloseTo(perChannel.get(c.name) ?? 0, 1);
  });

  it('sets targets with some exceeded, some nearly met and one missed', () => {
    const statuses = Object.fromEntries(truth.targets.map((target) => [target.kpi, target.status]));
    expect(statuses).toEqual({
      gmv: 'exceeded',
      paid_sales: 'nearly_met',
      orders: 'exceeded',
      new_customers: 'nearly_met',
      uv: 'exceeded',
      roas: 'nearly_met',
      arppu: 'exceeded',
      cvr: 'missed',
    });
    const metric = columnOf(sample, 'targets', 'metric', 'zh-CN');
    const value = columnOf(sample, 'targets', 'target', 'zh-CN');
    expect(sheetOf(sample, 'targets').table.rows.map((row) => [metric(row), value(row)])).toEqual(
      truth.targets.map((target) => [target.metric, target.target]),
    );
    expect(truth.targets.map((target) => target.metric)).toEqual([
      'GMV',
      '销售额',
      '订单数',
      '新客数',
      '访客数',
      '投产比',
      '客单价',
      '转化率',
    ]);
  });

  it('records the daily series as sums of the orders by order date', () => {
    const perDay = new Map<number, number>();
    for (const o of orders) perDay.set(o.day, (perDay.get(o.day) ?? 0) + 1);
    for (const day of truth.daily) expect(day.orders).toBe(perDay.get(day.day) ?? 0);
  });
});
