import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Locale } from '../../src/core/locale';
import type { CellValue } from '../../src/core/model/raw';
import { kpisJsonOf } from './support/runCli';
import { serialText, smallSample, tempDir, writeSampleWorkbook } from './support/sampleFiles';

/** Labels of the facts block and the phase table's header, as an analyst of each language writes them. */
const WORDS = {
  'zh-CN': {
    name: '活动名称',
    start: '开始日期',
    end: '结束日期',
    baseline: '基准期',
    phase: '阶段',
    title: '双12复盘',
  },
  'en-US': {
    name: 'Campaign Name',
    start: 'Start Date',
    end: 'End Date',
    baseline: 'Baseline',
    phase: 'Phase',
    title: 'Double 12 retro',
  },
} as const;

/**
 * The sample's campaign calendar rewritten as analysts keep it: a title, the campaign's facts as label |
 * value rows (the baseline as one range cell), a blank row, then the phase table — all on one sheet.
 */
function factsSheet(locale: Locale, calendar: readonly (readonly CellValue[])[]): CellValue[][] {
  const w = WORDS[locale];
  const [campaign, warmup, peak, tail, baseline] = calendar;
  const day = (v: CellValue | undefined) => serialText(v as number, false);
  return [
    [w.title],
    [],
    [w.name, campaign?.[1] ?? null],
    [w.start, campaign?.[2] ?? null],
    [w.end, campaign?.[3] ?? null],
    [w.baseline, `${day(baseline?.[2])} ~ ${day(baseline?.[3])}`],
    [],
    [w.phase, w.start, w.end],
    ...[warmup, peak, tail].map((row) => [row?.[0] ?? null, row?.[2] ?? null, row?.[3] ?? null]),
  ];
}

describe.each<Locale>(['zh-CN', 'en-US'])('campaign facts as label | value rows (%s)', (locale) => {
  test('give the same period, baseline and KPIs as the campaign calendar', async () => {
    const sample = smallSample(locale);
    const dir = tempDir('facts');
    const calendar = sample.sheets.find((s) => s.kind === 'campaign')!.table.rows;
    const withCalendar = await kpisJsonOf([await writeSampleWorkbook(join(dir, 'calendar.xlsx'), sample)]);
    const withoutCalendar = await kpisJsonOf([
      await writeSampleWorkbook(join(dir, 'none.xlsx'), sample, { drop: ['campaign'] }),
    ]);
    // The facts go on a plain sheet: an Excel table is read as one table, whatever it holds.
    const factsFile = await writeSampleWorkbook(join(dir, 'facts.xlsx'), sample, { drop: ['campaign'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(factsFile);
    const ws = wb.addWorksheet(locale === 'zh-CN' ? '活动信息' : 'Campaign');
    for (const row of factsSheet(locale, calendar)) ws.addRow(row);
    await wb.xlsx.writeFile(factsFile);
    const withFacts = await kpisJsonOf([factsFile]);

    // Without the calendar the whole order range, baseline month included, is taken for the campaign.
    expect(withoutCalendar.period).not.toEqual(withCalendar.period);
    expect(withFacts.period).toEqual(withCalendar.period);
    expect(withFacts.baseline).toEqual(withCalendar.baseline);
    expect(withFacts.kpis).toEqual(withCalendar.kpis);
    expect(withFacts.baseline_kpis).toEqual(withCalendar.baseline_kpis);
    expect(withFacts.warnings).toEqual(withCalendar.warnings);
    expect(withFacts.rejected_rows.total).toBe(withCalendar.rejected_rows.total);
    expect(
      withFacts.tables.filter((t) => t.kind === 'campaign').map((t) => [t.header_row, t.rows_used]),
    ).toEqual([
      [3, 4],
      [8, 3],
    ]);
  });
});
