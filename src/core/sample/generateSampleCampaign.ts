import { abTestTruth } from './abTestTruth';
import { abuseTruth } from './abuseTruth';
import { anomalyTruth } from './anomalyTruth';
import { applyStockout } from './applyStockout';
import { SAMPLE_CALENDAR, indexOfDay } from './calendar';
import { campaignSheet } from './campaignSheet';
import { channelDays } from './channelDays';
import { channelTruth } from './channelTruth';
import { SAMPLE_CHANNELS } from './channels';
import { planCouponAbuse } from './couponAbuse';
import { customersSheet } from './customersSheet';
import { dailyTruth } from './dailyTruth';
import { dayLevels } from './dayLevels';
import { generateOrders } from './generateOrders';
import { createIdentities } from './identities';
import { inventory } from './inventory';
import { inventorySheet } from './inventorySheet';
import { orderFacts } from './orderFacts';
import { orderIds } from './orderIds';
import { ordersSheet } from './ordersSheet';
import { ordersTruth } from './ordersTruth';
import { periodKpis } from './periodKpis';
import { priceLines } from './priceLines';
import { createRandom } from './random';
import { resolveOptions } from './resolveOptions';
import type { SampleBuild } from './sampleBuild';
import { spend } from './spend';
import { spendSheet } from './spendSheet';
import { stockoutTruth } from './stockoutTruth';
import { targetTruth, targetsSheet } from './targets';
import { touchpoints } from './touchpoints';
import { traffic } from './traffic';
import { trafficSheet } from './trafficSheet';
import type { DayRange } from '../model/day';
import type { SampleCampaign, SampleKpis, SampleOptions, SampleSheet } from './types';

/**
 * The bundled sample campaign: a beauty brand's Double 12 (双12) promotion, 2025-11-01 … 2025-12-30, used by
 * `npm run demo`, the task pane's "Insert sample campaign", the tests and the benchmarks. Pure and seeded:
 * the same options give the same cells, in either language, on any machine.
 *
 *   calendar   baseline 11-01…11-30 · warm-up 12-01…12-09 · peak 12-10…12-12 (big day 12-12) · tail 12-13…12-30
 *   channels   搜索广告 Search Ads · 信息流 Feed Ads · 直播 Live Streaming · 短视频 Short Video ·
 *              达人种草 Influencer Seeding (worst ROAS) · 会员私域 Member CRM (best ROAS) · 自然流量 Organic (no spend) ·
 *              站外联盟 Affiliate
 *   injected   payment outage 12-05 13:00–20:00 · invalid feed traffic 12-20 · hero SKU GS-601 sold out 12-12
 *              (restocked 12-17) · coupon-abuse cluster registered 12-09 · checkout A/B test, B pays more often
 *
 * Phases:
 *
 *   day levels ─▶ orders ledger (times, customers, channels, lines, statuses; abuse orders merged in)
 *                   │
 *                stock-out (hero lines rerouted) ─▶ prices (list, discount, coupon, paid, refund, cost)
 *                   │
 *                facts per order ─▶ day × channel sums ─▶ traffic ─▶ spend ─▶ inventory
 *                   │
 *                KPIs per period ─▶ targets ─▶ sheets (cells in the locale's words) + truth
 *
 * Every number of `truth` is computed from the generated data (exactly what the cells hold) by the KPI contract's definitions, so tests
 * can check the engine against it.
 */
export function generateSampleCampaign(options: SampleOptions): SampleCampaign {
  const { seed, rows, channels: channelCount } = resolveOptions(options);
  const locale = options.locale;
  const channels = SAMPLE_CHANNELS.slice(0, channelCount);
  const levels = dayLevels(createRandom(seed, 'calendar'));
  const abuse = planCouponAbuse(createRandom(seed, 'abuse'));
  const ledger = generateOrders({
    rows,
    channels,
    seed,
    levels,
    abuse,
    random: createRandom(seed, 'orders'),
  });
  const stockout = applyStockout(ledger);
  priceLines(ledger, createRandom(seed, 'pricing'));
  const facts = orderFacts(ledger);
  const days = channelDays(ledger, facts, channels.length);
  const visits = traffic(channels, days, levels, createRandom(seed, 'traffic'));
  const spent = spend(channels, days, levels, visits, createRandom(seed, 'spend'));
  const build: SampleBuild = {
    seed,
    locale,
    channels,
    ledger,
    facts,
    days,
    visits,
    spent,
    stockout,
    abuse,
    ids: orderIds(ledger),
    identities: createIdentities(seed, ledger),
  };
  const period = (range: DayRange): SampleKpis =>
    periodKpis(ledger, facts, days, visits, spent, {
      from: indexOfDay(range.start),
      to: indexOfDay(range.end),
    });
  const baseline = period(SAMPLE_CALENDAR.baseline);
  const campaign = period(SAMPLE_CALENDAR.campaign);
  const targets = targetTruth(campaign, locale);
  const paths = touchpoints(channels, createRandom(seed, 'touchpoints'), locale);
  const sheets: SampleSheet[] = [
    ordersSheet(ledger, build.ids, build.identities, channels, locale),
    trafficSheet(visits, channels, locale),
    spendSheet(spent, channels, locale),
    targetsSheet(targets, locale),
    campaignSheet(locale),
    customersSheet(ledger, facts, build.identities, abuse, seed, locale),
    inventorySheet(inventory(ledger, facts, stockout), locale),
    paths.sheet,
  ];
  const daily = dailyTruth(build);
  const ranking = channelTruth(build);
  return {
    sheets,
    truth: {
      seed,
      locale,
      options: { orders: rows, channels: channelCount },
      calendar: SAMPLE_CALENDAR,
      rows: Object.fromEntries(
        sheets.map((sheet) => [sheet.kind, sheet.table.rows.length]),
      ) as SampleTruthRows,
      orders: ordersTruth(build),
      baseline,
      campaign,
      daily,
      channels: ranking.channels,
      bestChannel: ranking.best,
      worstChannel: ranking.worst,
      targets,
      anomalies: anomalyTruth(build, daily),
      couponAbuse: abuseTruth(build),
      stockout: stockoutTruth(build),
      abTest: abTestTruth(build),
      touchpoints: paths.truth,
    },
  };
}

type SampleTruthRows = SampleCampaign['truth']['rows'];
