import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { noTrafficColumn, noTrafficTable, trafficHasNoChannel } from '../../../src/core/messages/metrics';
import { fieldName } from '../../../src/core/messages/names';
import { buildCampaign, type TrafficRow } from '../../support/campaignBuilder';
import { expectMissing, expectValue } from './support/expectKpi';
import { HAND_CAMPAIGN, HAND_ORDERS, HAND_TRAFFIC } from './support/handCampaign';

describe('traffic KPIs on the hand-checked campaign', () => {
  const report = computeKpis(buildCampaign(HAND_CAMPAIGN));
  const { kpis, measures } = report.total;

  it('uv and pv sum the daily figures (visitor-days)', () => {
    // uv 100 + 50 + 80 + 20 + 100 + 50 = 400; pv 300 + 100 + 200 + 60 + 250 + 90 = 1000
    expectValue(kpis.uv, 400);
    expectValue(kpis.pv, 1000);
  });

  it('cvr is the sum of daily distinct paying buyers over the sum of daily UV', () => {
    // buyers per day: 11-01 {A, B} 2, 11-02 {A} 1, 11-03 {A, C} 2 → 5 buyer-days (3 distinct buyers)
    expectValue(measures.buyer_days, 5);
    // 5 / 400 = 0.0125
    expectValue(kpis.cvr, 5 / 400);
  });

  it('cvr per channel uses that channel’s daily buyers and UV', () => {
    const tmall = report.byChannel.find((c) => c.key === 'tmall')!;
    const douyin = report.byChannel.find((c) => c.key === 'douyin')!;
    // Tmall: A on 11-01, 11-02, 11-03 = 3 buyer-days; UV 100 + 80 + 100 = 280
    expectValue(tmall.kpis.cvr, 3 / 280);
    // Douyin: B on 11-01, C on 11-03 = 2 buyer-days; UV 50 + 20 + 50 = 120
    expectValue(douyin.kpis.cvr, 2 / 120);
  });

  it('orders_per_session is paid orders over sessions', () => {
    // sessions 120 + 60 + 100 + 20 + 110 + 50 = 460; 5 paid orders
    expectValue(kpis.orders_per_session, 5 / 460);
  });

  it('bounce_rate is bounces over sessions', () => {
    // bounces 30 + 30 + 20 + 10 + 22 + 25 = 137 over 460 sessions
    expectValue(kpis.bounce_rate, 137 / 460);
  });

  it('add_to_cart_rate is add-to-cart visitors over UV', () => {
    // 10 + 5 + 8 + 2 + 12 + 3 = 40 over 400
    expectValue(kpis.add_to_cart_rate, 0.1);
  });
});

describe('traffic with fewer columns', () => {
  const period = ['2024-11-01', '2024-11-02'] as const;
  const run = (traffic: TrafficRow[]) => computeKpis(buildCampaign({ period, orders: HAND_ORDERS, traffic }));

  it('weights a daily bounce rate by that day’s sessions', () => {
    const report = run([
      { day: '2024-11-01', uv: 100, sessions: 200, bounceRate: 0.5 },
      { day: '2024-11-02', uv: 100, sessions: 50, bounceRate: 0.1 },
    ]);
    // (0.5 × 200 + 0.1 × 50) / (200 + 50) = 105 / 250 = 0.42
    expectValue(report.total.kpis.bounce_rate, 0.42);
  });

  it('weights a daily bounce rate by UV when there are no sessions', () => {
    const report = run([
      { day: '2024-11-01', uv: 300, bounceRate: 0.5 },
      { day: '2024-11-02', uv: 100, bounceRate: 0.1 },
    ]);
    // (0.5 × 300 + 0.1 × 100) / 400 = 160 / 400 = 0.4
    expectValue(report.total.kpis.bounce_rate, 0.4);
  });

  it('mixes rows with bounce counts and rows with only a rate', () => {
    const report = run([
      { day: '2024-11-01', uv: 100, sessions: 100, bounces: 30, bounceRate: null },
      { day: '2024-11-02', uv: 100, sessions: 100, bounces: null, bounceRate: 0.5 },
    ]);
    // (30 + 0.5 × 100) / (100 + 100) = 80 / 200 = 0.4
    expectValue(report.total.kpis.bounce_rate, 0.4);
  });

  it('takes the funnel’s cart visitors when there is no add-to-cart column', () => {
    const report = run([{ day: '2024-11-01', uv: 200, funnelCart: 30 }]);
    // 30 / 200 = 0.15
    expectValue(report.total.kpis.add_to_cart_rate, 0.15);
  });

  it('names the missing column when a traffic KPI cannot be computed', () => {
    const report = run([{ day: '2024-11-01', uv: 200 }]);
    expectMissing(report.total.kpis.pv, noTrafficColumn([fieldName('traffic', 'pv')]));
    expectMissing(report.total.kpis.orders_per_session, noTrafficColumn([fieldName('traffic', 'sessions')]));
    expectMissing(
      report.total.kpis.bounce_rate,
      noTrafficColumn([fieldName('traffic', 'bounces'), fieldName('traffic', 'bounce_rate')]),
    );
    expectMissing(
      report.total.kpis.add_to_cart_rate,
      noTrafficColumn([fieldName('traffic', 'add_to_cart'), fieldName('traffic', 'funnel_cart')]),
    );
  });

  it('asks for sessions when bounces come without them', () => {
    const report = run([{ day: '2024-11-01', uv: 200, bounces: 20 }]);
    expectMissing(
      report.total.kpis.bounce_rate,
      noTrafficColumn([fieldName('traffic', 'sessions'), fieldName('traffic', 'bounce_rate')]),
    );
  });

  it('leaves every traffic KPI null without a traffic table', () => {
    const report = computeKpis(buildCampaign({ period, orders: HAND_ORDERS }));
    for (const id of ['uv', 'pv', 'cvr', 'bounce_rate', 'add_to_cart_rate', 'orders_per_session'] as const) {
      expectMissing(report.total.kpis[id], noTrafficTable());
    }
  });

  it('takes an undated row as the period’s unique visitors, while cvr keeps daily UV', () => {
    const report = run([
      { day: '2024-11-01', uv: 100 },
      { day: '2024-11-02', uv: 100 },
      { day: null, uv: 150 },
    ]);
    // unique visitors over the period: 150 (not 200 visitor-days)
    expectValue(report.total.kpis.uv, 150);
    expectValue(report.total.measures.visitor_days, 200);
    // buyer-days 11-01 {A, B} + 11-02 {A} = 3, over 200 visitor-days
    expectValue(report.total.kpis.cvr, 3 / 200);
    // a day keeps its own UV
    expectValue(report.byDay[0]!.kpis.uv, 100);
  });

  it('adds nothing for an empty UV cell', () => {
    const report = run([
      { day: '2024-11-01', uv: 100 },
      { day: '2024-11-02', uv: null },
    ]);
    expectValue(report.total.kpis.uv, 100);
  });

  it('cannot split traffic by channel when the traffic table has no channel column', () => {
    const traffic = HAND_TRAFFIC.map(({ channel: _channel, ...row }) => row);
    const report = run(traffic);
    const tmall = report.byChannel.find((c) => c.key === 'tmall')!;
    expectMissing(tmall.kpis.uv, trafficHasNoChannel());
    expectMissing(tmall.kpis.cvr, trafficHasNoChannel());
    // the total is unaffected: 11-01 and 11-02 UV = 100 + 50 + 80 + 20
    expectValue(report.total.kpis.uv, 250);
  });
});
