import { LOCALES } from '../../../src/core/locale';
import * as msg from '../../../src/core/messages/analysis';
import { parseRange } from '../../../src/core/plan/a1';
import { FUNNEL_LABELS, STEP_LABELS } from '../../../src/core/plan/analysisLabels';
import { planFunnelSheet } from '../../../src/core/plan/sheets/funnelSheet';
import { STYLES } from '../../../src/core/plan/theme';
import { ANALYSIS_ANCHORS as A } from '../../../src/core/retro/analysisAnchors';
import { sampleAnalysis } from './analysisPipeline';
import { expectFormulasToEvaluate, rangeValues, shown, tableRows, texts } from './planAssertions';

describe.each(LOCALES)('the funnel sheet (%s)', (locale) => {
  const { analysis } = sampleAnalysis(locale);
  const { sheet, anchors } = planFunnelSheet(analysis, locale);
  const funnel = analysis.analyses.funnel;
  if (funnel.kind !== 'ok') throw new Error('the sample has a funnel');
  const steps = funnel.overall.steps;

  it('evaluates every formula (rates, drop-offs, chart data, per-channel rates) to its cached value', () => {
    expectFormulasToEvaluate(sheet, 4 * 4 + 5 + 8);
  });

  it('lists the five steps in funnel order with rates from the previous and the first step', () => {
    const rows = tableRows(sheet, 'Fupan_Funnel_Steps');
    expect(rows.map((r) => r[0])).toEqual(
      ['visit', 'view', 'cart', 'order', 'pay'].map((s) => STEP_LABELS[s as 'visit'][locale]),
    );
    rows.forEach((r, i) => {
      const step = steps[i]!;
      expect(r[1]).toBe(step.count);
      if (i === 0) return;
      expect(r[2]).toBeCloseTo(step.count / steps[i - 1]!.count, 12);
      expect(r[3]).toBeCloseTo(step.count / steps[0]!.count, 12);
      expect(r[4]).toBe(steps[i - 1]!.count - step.count);
    });
  });

  it('highlights the row of the biggest drop-off', () => {
    const drop = funnel.overall.biggestDropOff!;
    const address = anchors[A.funnelFromPrevious(drop.to)]!;
    expect(shown(sheet, address)).toBeCloseTo(drop.rate, 12);
    const row = parseRange(address).row;
    const styled = sheet.formats.filter((f) => f.style === STYLES.bad).map((f) => parseRange(f.range));
    expect(styled).toEqual([expect.objectContaining({ row, col: 0, rows: 1 })]);
    expect(texts(sheet)).toContain(FUNNEL_LABELS.biggest[locale]);
  });

  it('draws the counts as a bar chart whose categories read top to bottom in funnel order', () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0]!;
    expect(chart.type).toBe('barClustered');
    const series = chart.series[0]!;
    // A bar chart draws its first category at the bottom: reading the range upwards gives the funnel.
    const topToBottom = rangeValues(sheet, series.categories).reverse();
    expect(topToBottom).toEqual(steps.map((s) => STEP_LABELS[s.step][locale]));
    expect(rangeValues(sheet, series.values).reverse()).toEqual(steps.map((s) => s.count));
  });

  it('splits the funnel by channel, with each channel’s end-to-end rate', () => {
    const rows = tableRows(sheet, 'Fupan_Funnel_Channels');
    expect(rows).toHaveLength(funnel.byChannel.length);
    expect(funnel.byChannel.length).toBe(8);
    for (const c of funnel.byChannel) {
      const head = c.funnel.steps[0]!;
      const tail = c.funnel.steps[c.funnel.steps.length - 1]!;
      expect(shown(sheet, anchors[A.funnelChannelEndToEnd(c.channel)]!)).toBeCloseTo(
        tail.count / head.count,
        12,
      );
    }
  });
});

describe('the funnel sheet without a traffic table', () => {
  it.each(LOCALES)('states which data would unlock the funnel (%s)', (locale) => {
    const { analysis } = sampleAnalysis(locale, { withoutSheets: ['traffic'] });
    const { sheet, anchors } = planFunnelSheet(analysis, locale);
    expect(sheet.tables).toEqual([]);
    expect(sheet.charts).toEqual([]);
    expect(shown(sheet, anchors[A.funnelUnavailable]!)).toBe(
      FUNNEL_LABELS.unavailable[locale] + msg.noTrafficForFunnel()[locale],
    );
  });
});
