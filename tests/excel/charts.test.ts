import { analyzeCampaign } from '../../src/core/analyze';
import { planWorkbook } from '../../src/core/plan/planWorkbook';
import type { ChartPlan, WorkbookPlan } from '../../src/core/plan/types';
import { generateSampleCampaign } from '../../src/core/sample/generateSampleCampaign';
import { writePlan } from '../../src/excel/writePlan';
import { FakeExcel } from '../support/excelFake/fakeExcel';
import { WorkbookEmulator } from '../support/officeEmulator/emulator';
import type { ChartState } from '../support/excelFake/state';

const sample = generateSampleCampaign({ locale: 'en-US', orders: 5_000 });
const { ingest, analysis } = analyzeCampaign(sample.sheets.map((s) => s.table));
const plan = planWorkbook(ingest, analysis, 'en-US');

/** The plan with one chart changed. */
function withChart(name: string, change: (chart: ChartPlan) => ChartPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      charts: s.charts.map((c) => (c.name === name ? change(c) : c)),
    })),
  };
}

/** Writes a plan into a fake Excel that has only the manifest's minimum, ExcelApi 1.12. */
async function written(p: WorkbookPlan): Promise<(name: string) => ChartState> {
  const excel = new FakeExcel({ apiMinor: 12 });
  excel.addSheet('Orders', [['id'], ['T1']]);
  const result = await writePlan(excel.host, p);
  expect(result.warnings ?? []).toEqual([]);
  return (name) => {
    const sheet = p.sheets.find((s) => s.charts.some((c) => c.name === name))!;
    return excel.sheet(sheet.name).charts.find((c) => c.name === name)!;
  };
}

describe('charts written through Office.js (ExcelApi 1.12)', () => {
  let chart: (name: string) => ChartState;
  beforeAll(async () => {
    chart = await written(plan);
  });

  it.each(['Fupan_Trend_GMV', 'Fupan_Trend_UV_CVR'])(
    'gives %s a date axis in days with a label every 6 days',
    (name) => {
      expect(chart(name).axes['Category.Primary']).toMatchObject({
        categoryType: 'DateAxis',
        baseTimeUnit: 'Days',
        majorUnit: 6,
        majorTimeUnitScale: 'Days',
        numberFormat: 'm/d',
      });
      expect(chart(name).axes['Category.Primary']?.tickLabelSpacing).toBeUndefined();
    },
  );

  it('draws orders dashed in orange on a secondary axis of their own', () => {
    const gmv = chart('Fupan_Trend_GMV');
    expect(gmv.series.map((s) => [s.axisGroup, s.lineColor, s.lineStyle])).toEqual([
      ['Primary', '#0072B2', undefined],
      ['Secondary', '#E69F00', 'Dash'],
    ]);
    expect(gmv.axes['Value.Secondary']).toMatchObject({ title: gmv.series[1]!.name, numberFormat: '#,##0' });
    expect(gmv.axes['Value.Primary']?.title).toBe(gmv.series[0]!.name);
  });

  it('colours each doughnut slice and shows percentages, not values', () => {
    const share = plan.sheets.flatMap((s) => s.charts).find((c) => c.name === 'Fupan_Channels_Share')!;
    const [series] = chart('Fupan_Channels_Share').series;
    const colours = share.series[0]!.pointColors!;
    expect(colours.length).toBeLessThanOrEqual(6);
    expect(colours.map((_, i) => series!.points?.[i]?.fill)).toEqual(colours);
    expect(series!.hasDataLabels).toBe(true);
    expect(series!.dataLabels).toEqual({ showValue: false, showPercentage: true, numberFormat: '0%' });
  });
});

describe('chart settings the sample does not use', () => {
  it('removes the labels of the slices the plan leaves out', async () => {
    const chart = await written(
      withChart('Fupan_Channels_Share', (c) => ({
        ...c,
        series: [{ ...c.series[0]!, dataLabels: { show: 'percent', points: [0, 1], numberFormat: '0%' } }],
      })),
    );
    const [series] = chart('Fupan_Channels_Share').series;
    const count = series!.values!.bounds.rows;
    expect(count).toBeGreaterThan(2);
    const off = Array.from({ length: count }, (_, i) => series!.points?.[i]?.hasDataLabel);
    expect(off).toEqual([undefined, undefined, ...Array<boolean>(count - 2).fill(false)]);
  });

  it('thins a text category axis with tickLabelSpacing', async () => {
    const chart = await written(
      withChart('Fupan_Channels_ROAS', (c) => ({ ...c, xAxis: { labelInterval: 3 } })),
    );
    const axis = chart('Fupan_Channels_ROAS').axes['Category.Primary'];
    expect(axis?.tickLabelSpacing).toBe(3);
    expect(axis?.categoryType).toBeUndefined();
  });
});

describe('chart settings through Microsoft’s own Excel client', () => {
  it('reach the workbook as the RichApi requests the client builds from them', async () => {
    const emulator = new WorkbookEmulator({ apiMinor: 12 });
    emulator.excel.addSheet('Orders', [['id'], ['T1']]);
    expect((await writePlan(emulator.host, plan)).status).toBe('complete');
    const trend = plan.sheets.find((s) => s.key === 'trend')!;
    const channels = plan.sheets.find((s) => s.key === 'channels')!;
    const gmv = emulator.excel.sheet(trend.name).charts.find((c) => c.name === 'Fupan_Trend_GMV')!;
    expect(gmv.axes['Category.Primary']).toMatchObject({
      categoryType: 'DateAxis',
      baseTimeUnit: 'Days',
      majorUnit: 6,
    });
    expect(gmv.series[1]?.lineStyle).toBe('Dash');
    const share = emulator.excel.sheet(channels.name).charts.find((c) => c.name === 'Fupan_Channels_Share')!;
    expect(share.series[0]?.dataLabels).toMatchObject({ showPercentage: true, showValue: false });
    expect(share.series[0]?.points?.[0]?.fill).toBe('#0072B2');
  }, 120_000);
});
