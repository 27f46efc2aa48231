import { analyzeCampaign } from '../../../src/core/analyze';
import { parseRange } from '../../../src/core/plan/a1';
import {
  foldSlices,
  labelCount,
  labelInterval,
  MAX_AXIS_LABELS,
  MAX_SLICES,
  MIN_LABELLED_SHARE,
  needsOwnAxis,
  percentLabels,
} from '../../../src/core/plan/chartRules';
import { planWorkbook } from '../../../src/core/plan/planWorkbook';
import { planChannelsSheet } from '../../../src/core/plan/sheets/channelsSheet';
import { planTrendSheet } from '../../../src/core/plan/sheets/trendSheet';
import { COLORS } from '../../../src/core/plan/theme';
import type { ChartPlan, PercentLabels } from '../../../src/core/plan/types';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { colourDistance, VISIONS, worstDistance } from '../../support/colourVision';
import { cellAt, evaluateFormula } from '../../support/planCells';
import { rangeValues } from './planAssertions';
import { sampleReport } from './samplePipeline';

/**
 * The rule for colours: any two colours of one chart differ by ΔE ≥ 15 (CIE76, CIELAB) for normal vision and
 * simulated protanopia, deuteranopia and tritanopia; the two colours of a two-series chart, which a reader
 * compares line against line, by ΔE ≥ 40.
 */
const MIN_DISTANCE = 15;
const MIN_PAIR_DISTANCE = 40;

function visibleColours(chart: ChartPlan): string[] {
  return chart.series.flatMap((s) => [
    ...(s.color !== undefined && s.color !== 'none' ? [s.color] : []),
    ...(s.pointColors ?? []),
  ]);
}

function tooClose(colours: readonly string[]): string[] {
  const min = colours.length === 2 ? MIN_PAIR_DISTANCE : MIN_DISTANCE;
  const close: string[] = [];
  colours.forEach((a, i) =>
    colours.slice(i + 1).forEach((b) => {
      for (const v of VISIONS) {
        const d = colourDistance(a, b, v);
        if (d < min) close.push(`${a}/${b} ${v} ΔE ${d.toFixed(1)}`);
      }
    }),
  );
  return close;
}

describe('chart colours', () => {
  const sample = generateSampleCampaign({ locale: 'en-US', orders: 5_000 });
  const { ingest, analysis } = analyzeCampaign(sample.sheets.map((s) => s.table));
  const plan = planWorkbook(ingest, analysis, 'en-US');
  const charts = plan.sheets.flatMap((s) => s.charts);

  it('rejects the pair of greens and blues the GMV chart used to draw (the rule can fail)', () => {
    expect(tooClose(['#0F7B6C', '#2B88D8'])).not.toEqual([]);
    expect(tooClose(['#107C10', '#A4262C', '#1F4E5F'])).not.toEqual([]);
  });

  it('keeps every palette colour apart from the others and visible on white', () => {
    const palette = [...COLORS.series, COLORS.otherSlice];
    expect(tooClose(palette)).toEqual([]);
    for (const c of palette) expect(worstDistance(c, '#FFFFFF')).toBeGreaterThanOrEqual(18);
  });

  it.each(['Fupan_Trend_GMV', 'Fupan_Trend_UV_CVR', 'Fupan_Channels_Share', 'Fupan_Diag_Attribution'])(
    'gives %s colours that every reader tells apart',
    (name) => {
      const chart = charts.find((c) => c.name === name)!;
      const colours = visibleColours(chart);
      expect(colours.length).toBeGreaterThanOrEqual(2);
      expect(tooClose(colours)).toEqual([]);
    },
  );

  it('colours every visible series of every multi-series chart itself, all charts within the rule', () => {
    expect(charts.length).toBeGreaterThanOrEqual(8);
    for (const chart of charts) {
      const visible = chart.series.filter((s) => s.color !== 'none');
      if (visible.length > 1) for (const s of visible) expect(s.color).toMatch(/^#[0-9A-F]{6}$/i);
      expect({ chart: chart.name, close: tooClose(visibleColours(chart)) }).toEqual({
        chart: chart.name,
        close: [],
      });
    }
  });

  it('dashes the second line of the GMV chart, so it differs by more than colour', () => {
    const gmv = charts.find((c) => c.name === 'Fupan_Trend_GMV')!;
    expect(gmv.series.map((s) => s.dash ?? false)).toEqual([false, true]);
  });
});

describe('value axes', () => {
  it('gives a series an axis of its own when the scales differ by more than tenfold', () => {
    expect(needsOwnAxis([100, 1_000], [1, 95])).toBe(true); // 1000 / 95 ≈ 10.5
    expect(needsOwnAxis([100, 1_000], [1, 105])).toBe(false); // ≈ 9.5
    expect(needsOwnAxis([0.02, 0.03], [500, 900])).toBe(true);
    expect(needsOwnAxis([-2_000, 10], [3, null])).toBe(true);
    expect(needsOwnAxis([null, 0], [5])).toBe(false);
  });

  const { report } = sampleReport('en-US');

  it('puts the sample’s orders on a titled secondary axis beside GMV, and CVR beside visitors', () => {
    const { sheet } = planTrendSheet(report, 'en-US');
    const [gmv, uv] = sheet.charts;
    expect(gmv!.series.map((s) => s.axis)).toEqual(['primary', 'secondary']);
    expect(gmv!.yAxis?.title).toBe(gmv!.series[0]!.name);
    expect(gmv!.y2Axis).toMatchObject({ title: gmv!.series[1]!.name, numberFormat: '#,##0' });
    expect(uv!.series.map((s) => s.axis)).toEqual(['primary', 'secondary']);
    expect(uv!.y2Axis?.numberFormat).toContain('%');
  });

  it('keeps orders on GMV’s axis when both run on the same scale', () => {
    const sameScale = {
      ...report,
      byDay: report.byDay.map((d) => ({
        ...d,
        measures: { ...d.measures, gmv: { ...d.measures.gmv, value: (d.measures.orders.value ?? 0) * 3 } },
      })),
    };
    const [gmv] = planTrendSheet(sameScale, 'en-US').sheet.charts;
    expect(gmv!.series.map((s) => s.axis)).toEqual(['primary', 'primary']);
    expect(gmv!.y2Axis).toBeUndefined();
  });
});

describe('date axes', () => {
  it.each([1, 10, 31, 90, 400])('labels a run of %i days with at most ten dates', (days) => {
    const interval = labelInterval(days);
    expect(Number.isInteger(interval) && interval >= 1).toBe(true);
    expect(labelCount(days, interval)).toBeLessThanOrEqual(MAX_AXIS_LABELS);
    // Not sparser than needed: one day less between labels would show too many.
    if (interval > 1) expect(labelCount(days, interval - 1)).toBeGreaterThan(MAX_AXIS_LABELS);
  });

  it('draws the sample’s 60 days on a date axis with a label every 6 days', () => {
    const { report } = sampleReport('en-US');
    const { sheet } = planTrendSheet(report, 'en-US');
    expect(sheet.charts).toHaveLength(2);
    for (const chart of sheet.charts) {
      expect(chart.xAxis).toMatchObject({ kind: 'date', labelInterval: 6 });
      const dates = rangeValues(sheet, chart.series[0]!.categories);
      expect(dates).toHaveLength(60);
      expect(dates.every((d) => typeof d === 'number')).toBe(true);
    }
  });
});

describe('doughnut slices', () => {
  it('folds a long tail into one "Other" slice that sums it', () => {
    const values = [400, 250, 120, 90, 60, 30, 20, 15, 10, 5, null, 0];
    const { kept, folded, other } = foldSlices(values);
    const total = 1_000;
    expect(kept.length + 1).toBeLessThanOrEqual(MAX_SLICES);
    expect(kept).toEqual([0, 1, 2, 3, 4]);
    for (const i of kept) expect((values[i] ?? 0) / total).toBeGreaterThanOrEqual(MIN_LABELLED_SHARE);
    expect([...kept, ...folded].sort((a, b) => a - b)).toEqual(values.map((_, i) => i));
    expect(other).toBe(folded.reduce((s, i) => s + (values[i] ?? 0), 0));
    expect(other).toBe(80);
  });

  it('keeps every slice when none is thin, and a lone thin one under its own name', () => {
    expect(foldSlices([30, 50, 20])).toEqual({ kept: [1, 0, 2], folded: [], other: 0 });
    expect(foldSlices([60, 38, 2])).toEqual({ kept: [0, 1, 2], folded: [], other: 0 });
  });

  it('labels only slices of at least 5 %, with their percentage', () => {
    expect(percentLabels([60, 36, 4])).toEqual<PercentLabels>({
      show: 'percent',
      points: [0, 1],
      numberFormat: '0%',
    });
    expect(percentLabels([0, null])).toEqual<PercentLabels>({
      show: 'percent',
      points: [],
      numberFormat: '0%',
    });
  });

  const { report } = sampleReport('en-US');

  it.each([
    ['the sample’s channels', 1],
    ['twice as many channels, half of them small', 2],
  ])('draws %s in at most six slices whose cells hold the folded data', (_, copies) => {
    const channels =
      copies === 1
        ? report.byChannel
        : [
            ...report.byChannel,
            ...report.byChannel.map((c, i) => ({
              ...c,
              key: `small${i}`,
              channel: `Small ${i}`,
              measures: {
                ...c.measures,
                paid_sales: { ...c.measures.paid_sales, value: (c.measures.paid_sales.value ?? 0) / 50 },
              },
            })),
          ];
    const { sheet } = planChannelsSheet({ ...report, byChannel: channels }, 'en-US');
    const doughnut = sheet.charts.find((c) => c.type === 'doughnut')!;
    const [series] = doughnut.series;
    const slices = rangeValues(sheet, series!.values) as number[];
    const names = rangeValues(sheet, series!.categories);
    expect(slices.length).toBeLessThanOrEqual(MAX_SLICES);
    expect(series!.pointColors).toHaveLength(slices.length);
    const sales = channels.map((c) => c.measures.paid_sales.value ?? 0);
    const total = sales.reduce((a, b) => a + b, 0);
    // The slices, as the formulas compute them, add up to all channels' sales.
    const computed = parseRange(series!.values);
    const evaluated = slices.map((_, k) => {
      const cell = cellAt(sheet, `B${computed.row + k + 1}`) as { formula: string };
      return evaluateFormula(sheet, cell.formula) as number;
    });
    evaluated.forEach((v, k) => expect(v).toBeCloseTo(slices[k]!, 6));
    expect(evaluated.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
    // "Other", when there, holds exactly the channels not named.
    const otherAt = names.indexOf('Other');
    const named = channels.filter((c) => names.includes(c.channel ?? ''));
    if (copies === 2) expect(otherAt).toBe(slices.length - 1);
    if (otherAt >= 0) {
      const folded = channels.filter((c) => !named.includes(c));
      expect(folded.length).toBeGreaterThanOrEqual(2);
      expect(slices[otherAt]).toBeCloseTo(
        folded.reduce((s, c) => s + (c.measures.paid_sales.value ?? 0), 0),
        6,
      );
    } else {
      expect(named).toHaveLength(channels.length);
    }
    // Percent labels only on slices of 5 % or more.
    const labels = series!.dataLabels as PercentLabels;
    expect(labels.show).toBe('percent');
    expect(labels.points).toEqual(slices.flatMap((v, k) => (v / total >= MIN_LABELLED_SHARE ? [k] : [])));
  });
});
