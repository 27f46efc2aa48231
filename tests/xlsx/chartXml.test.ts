import { analyzeCampaign } from '../../src/core/analyze';
import { planWorkbook } from '../../src/core/plan/planWorkbook';
import type { ChartPlan, SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { generateSampleCampaign } from '../../src/core/sample/generateSampleCampaign';
import { chartXml } from '../../src/xlsx/write/charts/chartXml';
import { PlanCells } from '../../src/xlsx/write/charts/planCells';
import { wellFormed } from './support/wellFormed';

const all = (node: Document | Element, tag: string): Element[] => [...node.getElementsByTagName(tag)];
const val = (node: Document | Element, tag: string): (string | null)[] =>
  all(node, tag).map((e) => e.getAttribute('val'));
const children = (node: Element): string[] =>
  [...node.childNodes].filter((n) => n.nodeType === 1).map((n) => (n as Element).tagName);

describe('chart parts of the sample campaign', () => {
  const sample = generateSampleCampaign({ locale: 'en-US', orders: 5_000 });
  const { ingest, analysis } = analyzeCampaign(sample.sheets.map((s) => s.table));
  const plan: WorkbookPlan = planWorkbook(ingest, analysis, 'en-US');
  const cells = new PlanCells(plan.sheets);
  const chart = (name: string): { sheet: SheetPlan; chart: ChartPlan; doc: Document } => {
    const sheet = plan.sheets.find((s) => s.charts.some((c) => c.name === name))!;
    const found = sheet.charts.find((c) => c.name === name)!;
    return { sheet, chart: found, doc: wellFormed(chartXml(found, sheet.name, cells, 'en-US')) };
  };

  it.each(['Fupan_Trend_GMV', 'Fupan_Trend_UV_CVR'])(
    'draws %s over a date axis in days with a label every 6 days',
    (name) => {
      const { doc } = chart(name);
      expect(all(doc, 'c:catAx')).toHaveLength(0);
      const [shown, hidden] = all(doc, 'c:dateAx');
      expect(val(shown!, 'c:delete')).toEqual(['0']);
      expect(val(hidden!, 'c:delete')).toEqual(['1']);
      expect(val(shown!, 'c:baseTimeUnit')).toEqual(['days']);
      expect(val(shown!, 'c:majorUnit')).toEqual(['6']);
      expect(val(shown!, 'c:majorTimeUnit')).toEqual(['days']);
      expect(all(shown!, 'c:numFmt')[0]!.getAttribute('formatCode')).toBe('m/d');
      // The element order CT_DateAx prescribes (Excel refuses a part out of order).
      expect(children(shown!).slice(-6)).toEqual([
        'c:crosses',
        'c:auto',
        'c:lblOffset',
        'c:baseTimeUnit',
        'c:majorUnit',
        'c:majorTimeUnit',
      ]);
    },
  );

  it('puts orders on a secondary value axis titled and formatted on its own, dashed, in orange', () => {
    const { doc, chart: plan } = chart('Fupan_Trend_GMV');
    const axes = all(doc, 'c:valAx');
    expect(axes).toHaveLength(2);
    const titles = axes.map((a) => all(a, 'a:t').map((t) => t.textContent));
    expect(titles).toEqual([[plan.series[0]!.name], [plan.series[1]!.name]]);
    expect(all(axes[1]!, 'c:numFmt')[0]!.getAttribute('formatCode')).toBe('#,##0');
    expect(val(axes[1]!, 'c:crosses')).toEqual(['max']);
    const [gmv, orders] = all(doc, 'c:ser');
    expect(val(gmv!, 'a:prstDash')).toEqual([]);
    expect(val(orders!, 'a:prstDash')).toEqual(['dash']);
    expect(val(gmv!, 'a:srgbClr')[0]).toBe('0072B2');
    expect(val(orders!, 'a:srgbClr')[0]).toBe('E69F00');
  });

  it('colours each doughnut slice and labels the slices with percentages only', () => {
    const { doc, chart: plan } = chart('Fupan_Channels_Share');
    const series = plan.series[0]!;
    const points = all(doc, 'c:dPt');
    expect(points.length).toBe(series.pointColors!.length);
    expect(points.length).toBeLessThanOrEqual(6);
    expect(points.map((p) => val(p, 'a:srgbClr')[0])).toEqual(
      series.pointColors!.map((c) => c.slice(1).toUpperCase()),
    );
    const [labels] = all(doc, 'c:dLbls');
    expect(val(labels!, 'c:showPercent')).toEqual(['1']);
    expect(val(labels!, 'c:showVal')).toEqual(['0']);
    expect(all(labels!, 'c:numFmt')[0]!.getAttribute('formatCode')).toBe('0%');
    // The cache holds the folded table: as many points as slices.
    expect(val(all(doc, 'c:val')[0]!, 'c:ptCount')).toEqual([String(points.length)]);
  });
});

describe('chart parts of a hand-made plan', () => {
  const sheet: SheetPlan = {
    key: 'overview',
    name: 'S',
    showGridlines: false,
    columnWidths: [],
    blocks: [
      {
        row: 0,
        col: 0,
        cells: Array.from({ length: 40 }, (_, i) => [`Item ${i}`, i === 0 ? 900 : 10 + (i % 5)]),
      },
    ],
    formats: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    notes: [],
  };
  const cells = new PlanCells([sheet]);
  const base: ChartPlan = {
    name: 'c',
    type: 'columnClustered',
    title: 't',
    series: [{ name: 'v', categories: 'A1:A40', values: 'B1:B40', axis: 'primary' }],
    anchor: { from: { row: 0, col: 3 }, to: { row: 10, col: 9 } },
    legend: 'none',
  };

  it('thins a text axis with tickLblSkip before noMultiLvlLbl, and leaves a dense one alone', () => {
    const thinned = wellFormed(chartXml({ ...base, xAxis: { labelInterval: 4 } }, 'S', cells, 'en-US'));
    const [axis] = all(thinned, 'c:catAx');
    expect(val(axis!, 'c:tickLblSkip')).toEqual(['4']);
    expect(children(axis!).slice(-2)).toEqual(['c:tickLblSkip', 'c:noMultiLvlLbl']);
    const dense = wellFormed(chartXml({ ...base, xAxis: { labelInterval: 1 } }, 'S', cells, 'en-US'));
    expect(all(dense, 'c:tickLblSkip')).toHaveLength(0);
    expect(all(dense, 'c:dateAx')).toHaveLength(0);
  });

  it('deletes the label of every point the plan leaves out', () => {
    const pie: ChartPlan = {
      ...base,
      type: 'pie',
      series: [
        {
          ...base.series[0]!,
          categories: 'A1:A4',
          values: 'B1:B4',
          dataLabels: { show: 'percent', points: [0, 2], numberFormat: '0%' },
        },
      ],
    };
    const doc = wellFormed(chartXml(pie, 'S', cells, 'en-US'));
    const deleted = all(doc, 'c:dLbl').map((l) => [val(l, 'c:idx')[0], val(l, 'c:delete')[0]]);
    expect(deleted).toEqual([
      ['1', '1'],
      ['3', '1'],
    ]);
    expect(all(doc, 'c:dPt')).toHaveLength(0);
  });

  it('keeps value labels on every point of a bar when the plan says true', () => {
    const doc = wellFormed(
      chartXml({ ...base, series: [{ ...base.series[0]!, dataLabels: true }] }, 'S', cells, 'en-US'),
    );
    expect(val(doc, 'c:showVal')).toEqual(['1']);
    expect(val(doc, 'c:showPercent')).toEqual(['0']);
    expect(all(doc, 'c:dLbl')).toHaveLength(0);
  });
});
