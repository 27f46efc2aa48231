import { join } from 'node:path';
import {
  analyzeCampaign,
  measureCampaign,
  type AnalyzeOptions,
  type CampaignAnalysis,
} from '../../src/core/analyze';
import { KPI_IDS, LOWER_IS_BETTER, isKpiId } from '../../src/core/metrics/kpiIds';
import { dayFromYmd, isoDay } from '../../src/core/model/day';
import type { SampleCampaign } from '../../src/core/sample/types';
import { KPIS_JSON_SCHEMA, kpisJson } from '../../src/cli/kpisJson';
import { engineAnalysis, tablesOf } from './support/engine';
import { kpisJsonOf, runCli, type KpisJson } from './support/runCli';
import { smallSample, tempDir, writeSampleWorkbook } from './support/sampleFiles';

const TRAFFIC_KPIS = ['uv', 'pv', 'cvr', 'orders_per_session', 'bounce_rate', 'add_to_cart_rate'];
const SPEND_KPIS = ['spend', 'roas', 'roi', 'cac'];

/** Every null KPI is in `missing` with a reason, and `missing` lists nothing else. */
function expectNullsExplained(json: KpisJson): void {
  const nulls = Object.keys(json.kpis).filter((id) => json.kpis[id] === null);
  expect(Object.keys(json.missing).sort()).toEqual(nulls.sort());
  for (const id of nulls) expect(json.missing[id]).toMatch(/\S{4}/);
}

describe('fupan kpis --json on the sample campaign', () => {
  let sample: SampleCampaign;
  let file: string;
  let json: KpisJson;
  let engine: CampaignAnalysis;

  beforeAll(async () => {
    sample = smallSample('zh-CN');
    file = await writeSampleWorkbook(join(tempDir('kpis'), 'double12.xlsx'), sample);
    json = await kpisJsonOf([file]);
    engine = await engineAnalysis(file);
  });

  it('prints one JSON document with the schema id, the input and every recognised table', async () => {
    const run = await runCli(['kpis', '--json', file]);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(json.schema).toBe(KPIS_JSON_SCHEMA);
    expect(json.input).toBe(file);
    expect(json.tables.map((t) => [t.kind, t.sheet, t.rows_read])).toEqual(
      sample.sheets.map((s) => [s.kind, s.name, s.table.rows.length]),
    );
    for (const t of json.tables) expect(t.rows_used + t.rows_rejected).toBe(t.rows_read);
    expect(json.tables[0]?.mapping).toMatchObject({
      order_id: '订单号',
      amount: '实付金额',
      channel: '渠道',
    });
  });

  it('lists every KPI of the contract, in the contract order, each a number or null', () => {
    expect(Object.keys(json.kpis)).toEqual([...KPI_IDS]);
    for (const value of Object.values(json.kpis)) {
      expect(value === null || Number.isFinite(value)).toBe(true);
    }
    expectNullsExplained(json);
    // The sample holds every table the contract reads: nothing is missing.
    expect(json.missing).toEqual({});
  });

  it("gives the engine's numbers for the campaign, the baseline, each channel and each day", () => {
    const { report, verdict } = engine;
    const values = (kpis: typeof report.total.kpis) =>
      Object.fromEntries(KPI_IDS.map((id) => [id, kpis[id].value]));
    expect(json.kpis).toEqual(values(report.total.kpis));
    expect(json.baseline_kpis).toEqual(values(report.baseline?.kpis ?? report.total.kpis));
    expect(json.period).toEqual({ start: isoDay(report.period.start), end: isoDay(report.period.end) });
    expect(Object.keys(json.by_channel)).toEqual(report.byChannel.map((c) => c.channel ?? ''));
    for (const c of report.byChannel) expect(json.by_channel[c.channel ?? '']).toEqual(values(c.kpis));
    expect(Object.keys(json.by_day)).toEqual(report.byDay.map((d) => d.iso));
    for (const d of report.byDay) {
      expect(json.by_day[d.iso]).toEqual({ part: d.part, phase: d.phase, ...values(d.kpis) });
    }
    expect(json.verdict).toBe(verdict);
    const rejected = Object.fromEntries(
      json.tables.filter((t) => t.rows_rejected > 0).map((t) => [t.kind, t.rows_rejected]),
    );
    expect(json.rejected_rows).toEqual({
      total: json.tables.reduce((n, t) => n + t.rows_rejected, 0),
      by_table: rejected,
      rows: [],
    });
  });

  it("agrees with the sample's exact figures", () => {
    const { truth } = sample;
    const close = (actual: number | null | undefined, expected: number) => {
      expect(actual).not.toBeNull();
      expect(actual as number).toBeCloseTo(expected, 6);
    };
    expect(json.period).toEqual({
      start: isoDay(truth.calendar.campaign.start),
      end: isoDay(truth.calendar.campaign.end),
    });
    expect(json.baseline).toEqual({
      start: isoDay(truth.calendar.baseline.start),
      end: isoDay(truth.calendar.baseline.end),
    });
    const k = json.kpis;
    close(k.gmv, truth.campaign.gmv);
    close(k.paid_sales, truth.campaign.paidSales);
    close(k.net_sales, truth.campaign.netSales);
    expect(k.orders).toBe(truth.campaign.orders);
    expect(k.paid_orders).toBe(truth.campaign.paidOrders);
    expect(k.buyers).toBe(truth.campaign.buyers);
    expect(k.uv).toBe(truth.campaign.uv);
    close(k.cvr, truth.campaign.cvr);
    close(k.spend, truth.campaign.spend);
    close(k.roas, truth.campaign.roas);
    close(json.baseline_kpis?.paid_sales ?? null, truth.baseline.paidSales);
    for (const channel of truth.channels) {
      close(json.by_channel[channel.name]?.paid_sales, channel.paidSales);
      close(json.by_channel[channel.name]?.spend, channel.spend);
    }
    for (const day of truth.daily) close(json.by_day[isoDay(day.day)]?.paid_sales as number, day.paidSales);
    expect(json.by_day[isoDay(truth.calendar.bigDay)]).toMatchObject({ part: 'campaign', phase: 'peak' });
  });

  it('reports each target with its actual, its attainment and its status', () => {
    expect(json.targets.map((t) => [t.kpi, t.target, t.status])).toEqual(
      sample.truth.targets.map((t) => [t.kpi, t.target, t.status]),
    );
    for (const t of json.targets) {
      expect(t.kpi !== null && isKpiId(t.kpi)).toBe(true);
      expect(t.actual).toBe(json.kpis[t.kpi as string]);
      const lower = LOWER_IS_BETTER.has(t.kpi as never);
      expect(t.attainment).toBeCloseTo(
        lower ? t.target / (t.actual as number) : (t.actual as number) / t.target,
        12,
      );
    }
  });

  it('prints the headline KPIs as text without --json, in the chosen language', async () => {
    const zh = await runCli(['kpis', file]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^总体结论: /);
    expect(zh.stdout).toContain('GMV 成交总额: ¥105.6万');
    const en = await runCli(['kpis', file, '--lang', 'en-US']);
    expect(en.stdout).toMatch(/^Verdict: /);
    expect(en.stdout).toContain('Paid sales: ¥975.2K');
    expect(en.stdout).toMatch(/Rejected rows: \d+ \(fupan retro lists each/);
  });
});

describe('fupan kpis --json: absent data is null with a reason, never 0', () => {
  let dir: string;
  let sample: SampleCampaign;

  beforeAll(() => {
    dir = tempDir('kpis-missing');
    sample = smallSample('zh-CN');
  });

  it('a campaign without a traffic table has no UV, CVR or other traffic KPI, and says why', async () => {
    const file = await writeSampleWorkbook(join(dir, 'no-traffic.xlsx'), sample, { drop: ['traffic'] });
    const json = await kpisJsonOf([file]);
    expect(Object.keys(json.kpis)).toEqual([...KPI_IDS]);
    for (const id of TRAFFIC_KPIS) {
      expect(json.kpis[id]).toBeNull();
      expect(json.missing[id]).toMatch(/流量|访客/);
    }
    expectNullsExplained(json);
    expect(Object.keys(json.missing).sort()).toEqual([...TRAFFIC_KPIS].sort());
    // Sales need no traffic: they are unchanged.
    expect(json.kpis.paid_sales).toBeCloseTo(sample.truth.campaign.paidSales, 6);
    for (const channel of Object.values(json.by_channel)) expect(channel.uv).toBeNull();
    for (const day of Object.values(json.by_day)) expect(day.cvr).toBeNull();
  });

  it('a campaign without a spend table has no spend, ROAS, ROI or CAC (and not a spend of 0)', async () => {
    const file = await writeSampleWorkbook(join(dir, 'no-spend.xlsx'), sample, { drop: ['spend'] });
    const json = await kpisJsonOf([file, '--lang', 'en-US']);
    for (const id of SPEND_KPIS) {
      expect(json.kpis[id]).toBeNull();
      expect(json.missing[id]).toMatch(/spend/i);
    }
    expectNullsExplained(json);
    const roas = json.targets.find((t) => t.kpi === 'roas');
    expect(roas).toMatchObject({ actual: null, attainment: null, status: 'not_computed' });
  });

  it('without an orders table the order KPIs are null with the reason, the others are computed', async () => {
    const file = await writeSampleWorkbook(join(dir, 'no-orders.xlsx'), sample, { drop: ['orders'] });
    const run = await runCli(['kpis', '--json', file, '--lang', 'en-US']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as KpisJson;
    expect(Object.keys(json.kpis)).toEqual([...KPI_IDS]);
    for (const id of ['gmv', 'orders', 'paid_sales', 'buyers', 'aov', 'roas', 'cvr'] as const) {
      expect(json.kpis[id]).toBeNull();
      expect(json.missing[id]).toMatch(/No orders table/);
    }
    expect(json.kpis.uv).toBeGreaterThan(0);
    expect(json.kpis.spend).toBeGreaterThan(0);
    expectNullsExplained(json);
    expect(json.warnings.join('\n')).toMatch(
      /There is no orders table: the retro holds what the other tables/,
    );
    expect(json.period).not.toBeNull();
    expect(json.tables.map((t) => t.kind)).toContain('traffic');
    const text = await runCli(['kpis', file, '--lang', 'en-US']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/No usable orders table/);
  });
});

describe('the kpis command’s own path (ingest, KPIs and verdict, no diagnostics)', () => {
  it('gives the JSON the full engine gives, with and without a period, baseline or thresholds', async () => {
    const file = await writeSampleWorkbook(join(tempDir('kpis-only'), 'double12.xlsx'), smallSample('en-US'));
    const tables = await tablesOf(file);
    const cases: AnalyzeOptions[] = [
      {},
      {
        ingest: { campaign: { baseline: { start: dayFromYmd(2025, 11, 1), end: dayFromYmd(2025, 11, 30) } } },
      },
      { ingest: { campaign: { baseline: null } } },
      { thresholds: { exceeded: 1.2, nearlyMet: 0.5 } },
    ];
    for (const options of cases) {
      const full = kpisJson(file, analyzeCampaign(tables, options), 'en-US');
      expect(
        kpisJson(
          file,
          measureCampaign(() => tables, options),
          'en-US',
        ),
      ).toEqual(full);
    }
    const none = { ingest: { campaign: {} } };
    expect(
      kpisJson(
        file,
        measureCampaign(() => [], none),
        'zh-CN',
      ),
    ).toEqual(kpisJson(file, analyzeCampaign([], none), 'zh-CN'));
  });
});
