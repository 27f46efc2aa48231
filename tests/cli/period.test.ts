import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { SampleCampaign } from '../../src/core/sample/types';
import { isoDay } from '../../src/core/model/day';
import { kpisJsonOf, runCli } from './support/runCli';
import { smallSample, tempDir, writeSampleWorkbook } from './support/sampleFiles';

describe('--period and --baseline choose the periods the KPIs are computed over', () => {
  let sample: SampleCampaign;
  let file: string;

  beforeAll(async () => {
    sample = smallSample('en-US');
    file = await writeSampleWorkbook(join(tempDir('period'), 'double12-en.xlsx'), sample, {
      drop: ['touchpoints', 'customers', 'inventory'],
    });
  });

  /** Σ of a daily figure of the sample over a range of ISO days. */
  const sum = (from: string, to: string, figure: 'paidSales' | 'orders' | 'uv' | 'spend') =>
    sample.truth.daily
      .filter((d) => isoDay(d.day) >= from && isoDay(d.day) <= to)
      .reduce((total, d) => total + d[figure], 0);

  it('without them, the campaign table’s calendar is used', async () => {
    const json = await kpisJsonOf([file]);
    expect(json.period).toEqual({ start: '2025-12-01', end: '2025-12-30' });
    expect(json.baseline).toEqual({ start: '2025-11-01', end: '2025-11-30' });
  });

  it('--period replaces the campaign period: the KPIs are those of the days given', async () => {
    const json = await kpisJsonOf([file, '--period', '2025-12-10..2025-12-12']);
    expect(json.period).toEqual({ start: '2025-12-10', end: '2025-12-12' });
    expect(json.baseline).toEqual({ start: '2025-11-01', end: '2025-11-30' });
    expect(json.kpis.paid_sales).toBeCloseTo(sum('2025-12-10', '2025-12-12', 'paidSales'), 6);
    expect(json.kpis.orders).toBe(sum('2025-12-10', '2025-12-12', 'orders'));
    expect(json.kpis.uv).toBe(sum('2025-12-10', '2025-12-12', 'uv'));
    expect(json.kpis.spend).toBeCloseTo(sum('2025-12-10', '2025-12-12', 'spend'), 6);
    const campaignDays = Object.entries(json.by_day).filter(([, d]) => d.part === 'campaign');
    expect(campaignDays.map(([day]) => day)).toEqual(['2025-12-10', '2025-12-11', '2025-12-12']);
  });

  it('a single day is a one-day period', async () => {
    const json = await kpisJsonOf([file, '--period', '2025-12-12']);
    expect(json.period).toEqual({ start: '2025-12-12', end: '2025-12-12' });
    expect(json.kpis.paid_sales).toBeCloseTo(sum('2025-12-12', '2025-12-12', 'paidSales'), 6);
  });

  it('--baseline replaces the baseline period: the baseline KPIs follow', async () => {
    const json = await kpisJsonOf([file, '--baseline', '2025-11-20..2025-11-30']);
    expect(json.period).toEqual({ start: '2025-12-01', end: '2025-12-30' });
    expect(json.baseline).toEqual({ start: '2025-11-20', end: '2025-11-30' });
    expect(json.baseline_kpis?.paid_sales).toBeCloseTo(sum('2025-11-20', '2025-11-30', 'paidSales'), 6);
    const baselineDays = Object.values(json.by_day).filter((d) => d.part === 'baseline');
    expect(baselineDays).toHaveLength(11);
  });

  it('retro writes the periods given into the overview’s calendar, and its summary follows them', async () => {
    const out = join(tempDir('period-retro'), 'peak.xlsx');
    const args = ['--period', '2025-12-10..2025-12-12', '--baseline', '2025-11-20..2025-11-30'];
    const run = await runCli(['retro', file, '-o', out, '--lang', 'en-US', ...args]);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const overview = workbook.getWorksheet('Fupan Overview');
    // exceljs gives date-formatted cells as Dates at UTC midnight.
    const calendar: Record<string, [string, string]> = {};
    overview?.eachRow((row) => {
      const [label, start, end] = [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value];
      if (typeof label === 'string' && start instanceof Date && end instanceof Date) {
        calendar[label] ??= [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
      }
    });
    expect(calendar['Campaign']).toEqual(['2025-12-10', '2025-12-12']);
    expect(calendar['Baseline']).toEqual(['2025-11-20', '2025-11-30']);
    const peak = await kpisJsonOf([file, ...args]);
    const paid = (peak.kpis.paid_sales as number) / 1000;
    expect(run.stdout).toContain(`Paid sales: ¥${paid.toFixed(1)}K`);
  });
});
