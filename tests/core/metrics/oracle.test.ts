import { computeKpis } from '../../../src/core/metrics/computeKpis';
import { KPI_IDS } from '../../../src/core/metrics/kpiIds';
import type { KpiGroup, KpiReport } from '../../../src/core/metrics/report';
import { isoDay, type Day } from '../../../src/core/model/day';
import { buildCampaign, day } from '../../support/campaignBuilder';
import { openOracle, type Oracle, type OracleKpis } from './support/duckdbOracle';
import { ORACLE_CAMPAIGNS, randomCampaign } from './support/randomCampaign';

const RELATIVE = 1e-9;

/** Every KPI of the engine's group equals the oracle's, both null or within 1e-9 relative. */
function expectAgreement(where: string, group: KpiGroup | undefined, oracle: OracleKpis | undefined): number {
  expect([where, group !== undefined, oracle !== undefined]).toEqual([where, true, true]);
  let compared = 0;
  for (const id of KPI_IDS) {
    const ours = group!.kpis[id].value;
    const theirs = oracle![id];
    if (ours === null || theirs === null) {
      expect([where, id, ours]).toEqual([where, id, theirs]);
      continue;
    }
    const scale = Math.max(Math.abs(ours), Math.abs(theirs), 1e-12);
    if (Math.abs(ours - theirs) > RELATIVE * scale) expect([where, id, ours]).toEqual([where, id, theirs]);
    compared++;
  }
  return compared;
}

describe.each(ORACLE_CAMPAIGNS)('the engine agrees with SQL over DuckDB: %s', (_name, options) => {
  const rows = randomCampaign(options);
  let oracle: Oracle;
  let report: KpiReport;

  beforeAll(async () => {
    oracle = await openOracle(rows);
    report = computeKpis(buildCampaign(rows));
  });
  afterAll(() => oracle.close());

  it('for the campaign total and the baseline', async () => {
    const total = await oracle.kpis(rows.period, 'campaign');
    expect(expectAgreement('total', report.total, total.get('all'))).toBeGreaterThan(20);
    const baseline = await oracle.kpis(rows.baseline!, 'part');
    expectAgreement('baseline', report.baseline!, baseline.get('all'));
  });

  it('for every day of the campaign and of the baseline', async () => {
    const days = new Map([
      ...(await oracle.kpis(rows.baseline!, 'day')),
      ...(await oracle.kpis(rows.period, 'day')),
    ]);
    expect(report.byDay.map((d) => d.day)).toEqual([...days.keys()].sort((a, b) => Number(a) - Number(b)));
    for (const d of report.byDay) expectAgreement(d.iso, d, days.get(d.day));
  });

  it('for every channel', async () => {
    const channels = await oracle.kpis(rows.period, 'channel');
    expect(report.byChannel.map((c) => c.key ?? '').sort()).toEqual([...channels.keys()].sort());
    for (const c of report.byChannel) expectAgreement(`channel ${c.key}`, c, channels.get(c.key ?? ''));
  });

  it('for every phase', async () => {
    for (const phase of report.byPhase) {
      const range = [isoDay(phase.range.start as Day), isoDay(phase.range.end as Day)] as const;
      const kpis = await oracle.kpis(range, 'part');
      expectAgreement(phase.kind, phase, kpis.get('all'));
    }
  });

  it('over a campaign that exercises what it should', () => {
    // the comparisons above are not vacuous: sales, refunds, buyers, traffic and spend all present
    const k = report.total.kpis;
    for (const id of ['paid_sales', 'refunds', 'buyers', 'new_customers', 'uv', 'spend', 'cvr'] as const) {
      expect(k[id].value).toBeGreaterThan(0);
    }
    expect(report.byChannel.length).toBeGreaterThanOrEqual(5);
    expect(day(rows.period[0])).toBe(report.period.start);
  });
});
