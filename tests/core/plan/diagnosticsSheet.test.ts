import type { GapComparison } from '../../../src/core/analysis/decomposition';
import { LOCALES } from '../../../src/core/locale';
import { dayToExcelSerial, type Day } from '../../../src/core/model/day';
import { parseRange } from '../../../src/core/plan/a1';
import {
  ANOMALY_METRIC_LABELS,
  DIAGNOSTIC_LABELS,
  FACTOR_LABELS,
  LEVEL_LABELS,
} from '../../../src/core/plan/analysisLabels';
import { planDiagnosticsSheet } from '../../../src/core/plan/sheets/diagnosticsSheet';
import { COLORS } from '../../../src/core/plan/theme';
import { ANALYSIS_ANCHORS as A, type GapReference } from '../../../src/core/retro/analysisAnchors';
import { sampleAnalysis } from './analysisPipeline';
import { expectFormulasToEvaluate, rangeValues, shown, tableRows, texts } from './planAssertions';

describe.each(LOCALES)('the diagnostics sheet (%s)', (locale) => {
  const { sample, analysis } = sampleAnalysis(locale);
  const { sheet, anchors } = planDiagnosticsSheet(analysis, locale);
  const { analyses } = analysis;
  const t = (key: keyof typeof DIAGNOSTIC_LABELS) => DIAGNOSTIC_LABELS[key][locale];

  it('evaluates every formula (days, shares, waterfall series, sums, ROAS, budget use, lost sales) to its cached value', () => {
    expectFormulasToEvaluate(sheet, 150);
  });

  it('has every section with its data, and no reason line, for the full sample', () => {
    const words = texts(sheet);
    for (const key of [
      'phases',
      'decomposition',
      'mix',
      'categories',
      'anomalies',
      'channels',
      'attribution',
      'abTest',
      'abuse',
      'stockouts',
    ] as const)
      expect(words).toContain(t(key));
    expect(Object.keys(anchors).filter((k) => k.endsWith('.unavailable'))).toEqual([]);
    expect(words.some((w) => w.startsWith(t('unavailable')))).toBe(false);
  });

  describe.each(['baseline', 'target'] as const)('the waterfall against the %s', (ref: GapReference) => {
    const decomposition = analyses.decomposition;
    if (decomposition.kind !== 'ok') throw new Error('the sample decomposes');
    const result = ref === 'baseline' ? decomposition.vsBaseline : decomposition.vsTarget;
    if (result.kind !== 'ok') throw new Error(`the sample has a ${ref}`);
    const gap: GapComparison = result;
    const name = `Fupan_Diag_Waterfall_${ref === 'baseline' ? 'Baseline' : 'Target'}`;
    const rows = tableRows(sheet, name) as [string, number | null, number, number, number, number, number][];

    it('has the effects summing to the gap, each share of the gap a formula summing to one', () => {
      const sum = gap.effects.reduce((s, e) => s + e.effect, 0);
      expect(Math.abs(sum - gap.gap)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(gap.before)));
      expect(shown(sheet, anchors[A.gap(ref)]!)).toBeCloseTo(gap.gap, 6);
      const effects = gap.effects.map((e) => shown(sheet, anchors[A.gapEffect(ref, e.factor)]!) as number);
      expect(effects).toEqual(gap.effects.map((e) => e.effect));
      const table = tableRows(sheet, `Fupan_Diag_Gap_${ref === 'baseline' ? 'Baseline' : 'Target'}`);
      const shares = table.slice(0, -1).map((r) => r[4] as number);
      expect(shares.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
    });

    it('starts at the reference value, ends at the campaign’s, and walks through the effects in between', () => {
      expect(rows).toHaveLength(gap.effects.length + 2);
      expect(rows[0]![6]).toBe(gap.before);
      expect(rows[rows.length - 1]![6]).toBe(gap.after);
      expect(rows.slice(1, -1).map((r) => r[0])).toEqual(
        gap.effects.map((e) => FACTOR_LABELS[e.factor][locale]),
      );
      let end = gap.before;
      gap.effects.forEach((e, k) => {
        const [, start, stepEnd, base, increase, decrease] = rows[k + 1]!;
        expect(start).toBeCloseTo(end, 6);
        expect(stepEnd).toBeCloseTo(end + e.effect, 6);
        // The invisible base lifts the visible bar to the lower end of the step; the bar is |effect|.
        expect(base).toBeCloseTo(Math.min(start as number, stepEnd), 6);
        expect(increase + decrease).toBeCloseTo(Math.abs(e.effect), 6);
        expect(e.effect >= 0 ? increase : decrease).toBeCloseTo(Math.abs(e.effect), 6);
        expect(base + increase + decrease).toBeCloseTo(Math.max(start as number, stepEnd), 6);
        end = stepEnd;
      });
      // Walking the effects from the reference lands on the campaign's paid sales.
      expect(Math.abs(end - gap.after)).toBeLessThanOrEqual(1e-6);
      expect(rows[rows.length - 1]![1]).toBeCloseTo(end, 9);
    });

    it('is a stacked column whose first series is the invisible base', () => {
      const chart = sheet.charts.find((c) => c.name === name)!;
      expect(chart.type).toBe('columnStacked');
      expect(chart.series.map((s) => s.color?.toLowerCase())).toEqual([
        'none',
        COLORS.series[2].toLowerCase(),
        COLORS.series[3].toLowerCase(),
        COLORS.series[6].toLowerCase(),
      ]);
      const table = parseRange(sheet.tables.find((x) => x.name === name)!.range);
      chart.series.forEach((s, i) => {
        expect(parseRange(s.values)).toEqual({
          row: table.row + 1,
          col: table.col + 3 + i,
          rows: table.rows - 1,
          cols: 1,
        });
        expect(rangeValues(sheet, s.values)).toEqual(rows.map((r) => r[3 + i]));
      });
      expect(rangeValues(sheet, chart.series[0]!.categories)).toEqual(rows.map((r) => r[0]));
    });
  });

  it('lists the injected coupon-abuse cluster as suspected, with its accounts and the discount at risk', () => {
    const abuse = analyses.coupon_abuse;
    if (abuse.kind !== 'ok') throw new Error('the sample has device ids');
    const [cluster, total] = tableRows(sheet, 'Fupan_Diag_Abuse');
    const truth = sample.truth.couponAbuse;
    expect(cluster![1]).toBe(LEVEL_LABELS.high[locale]);
    expect(cluster![2]).toBe(truth.accounts.length);
    const listed = String(cluster![11]).split(', ');
    expect(new Set(listed)).toEqual(new Set(truth.accounts));
    expect(cluster![9]).toBe(abuse.clusters[0]!.discountCost);
    expect(total![9]).toBe(abuse.discountCostAtRisk);
    expect(shown(sheet, anchors[A.abuseTotal]!)).toBe(abuse.discountCostAtRisk);
    // Never a verdict: the caution comes before the table, and the level says "suspected".
    expect(texts(sheet).some((w) => w.includes(locale === 'zh-CN' ? '疑似' : 'suspected'))).toBe(true);
    expect(LEVEL_LABELS.high[locale]).toMatch(locale === 'zh-CN' ? /疑似/ : /Suspected/);
  });

  it('lists the stock-out of the hero SKU from the day it sold out until the restock', () => {
    const truth = sample.truth.stockout;
    const [row] = tableRows(sheet, 'Fupan_Diag_Stockouts');
    expect(row![0]).toBe(truth.sku);
    expect(row![2]).toBe(dayToExcelSerial(truth.day));
    expect(row![3]).toBe(dayToExcelSerial((truth.restockDay - 1) as Day));
    expect(row![4]).toBe(truth.restockDay - truth.day);
    expect(row![8]).toBeGreaterThan(0);
  });

  it('dates the payment outage and the traffic spike among the anomalous days', () => {
    const rows = tableRows(sheet, 'Fupan_Diag_Anomalies');
    for (const injected of sample.truth.anomalies) {
      const date = dayToExcelSerial(injected.day);
      const metric = injected.kind === 'payment_outage' ? 'orders' : 'uv';
      const direction = injected.kind === 'payment_outage' ? t('low') : t('high');
      expect(rows).toContainEqual([
        date,
        ANOMALY_METRIC_LABELS[metric][locale],
        expect.any(Number),
        expect.any(Number),
        expect.any(Number),
        expect.any(Number),
        direction,
      ]);
    }
  });

  it('credits every conversion once under each attribution model', () => {
    const attribution = analyses.attribution;
    if (attribution.kind !== 'ok') throw new Error('the sample has touchpoints');
    const rows = tableRows(sheet, 'Fupan_Diag_Attribution');
    const total = rows[rows.length - 1]!;
    for (const value of total.slice(1)) expect(value).toBeCloseTo(attribution.conversions, 9);
    const chart = sheet.charts.find((c) => c.name === 'Fupan_Diag_Attribution')!;
    expect(chart.type).toBe('barClustered');
    expect(chart.series).toHaveLength(6);
  });

  it('reads the A/B test with its p-value and the sample-ratio check', () => {
    const ab = analyses.ab_test;
    if (ab.kind !== 'ok') throw new Error('the sample has variants');
    const comparison = ab.comparisons[0]!;
    expect(shown(sheet, anchors[A.abPValue(comparison.variant)]!)).toBe(comparison.conversion!.pValue);
    const [row] = tableRows(sheet, 'Fupan_Diag_AB_Tests');
    expect(row![1]).toBeCloseTo(comparison.conversion!.difference, 12);
    expect(row![7]).toBe(comparison.significant ? t('isSignificant') : t('notSignificant'));
    expect(texts(sheet).some((w) => w.startsWith(`${t('srm')}: `))).toBe(true);
  });
});
