import { isPaidStatusCode, type CampaignData } from '../model/campaign';
import type { DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { KeyIndex } from './aggregate/keyIndex';
import type { AnalysisDefinition } from './definition';
import { chiSquareGoodnessOfFit } from './math/chiSquareGoodnessOfFit';
import { twoProportionZTest, type TwoProportionTest } from './math/twoProportionZTest';
import { summaryFromSums, welchTTest, type WelchTest } from './math/welchTTest';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * A/B test read-out when orders carry a variant (实验分组). A customer belongs to the variant of their
 * orders in the period; a customer seen in more than one variant is excluded and counted (like the rows
 * of ab_data.csv whose group and page disagree).
 *
 * What "conversion" means depends on what the workbook holds:
 * - with `exposures` (visitors per variant, from the testing tool): converted customers / exposures —
 *   the visitor conversion rate;
 * - without: converted customers / customers who placed an order in the variant — an order-to-payment
 *   rate, since visitors who never ordered are invisible in an orders table. The result says which
 *   (`basis`).
 * A customer converts when they have a paid order in the variant during the period.
 *
 * Tests, each treatment against the control: two-proportion z-test on conversion (pooled SE for z,
 * unpooled for the CI; math/twoProportionZTest.ts), Welch's t-test on revenue per unit (units that did not
 * buy count as 0) and on revenue per buyer. No correction for several treatments is applied; the result
 * lists how many comparisons were made. Sample-ratio mismatch: Pearson's chi-square of units per variant
 * against the expected split (equal by default); p < 0.001 flags it (Kohavi, Tang & Xu 2020, "Trustworthy
 * Online Controlled Experiments", ch. 21). The control is the `control` option, else a variant named
 * control / a / 对照 / 对照组 / baseline / original, else the first by name.
 */
export interface AbTestOptions {
  readonly exposures: Readonly<Record<string, number>> | null;
  readonly control: string | null;
  readonly expectedSplit: Readonly<Record<string, number>> | null;
  readonly alpha: number;
  readonly srmAlpha: number;
  readonly range: DayRange | null;
}

export const DEFAULT_AB_OPTIONS: AbTestOptions = {
  exposures: null,
  control: null,
  expectedSplit: null,
  alpha: 0.05,
  srmAlpha: 0.001,
  range: null,
};

const CONTROL_NAMES = ['control', 'a', '对照', '对照组', 'baseline', 'original', 'ctrl'];

export interface VariantStats {
  readonly variant: string;
  /** Exposures when given, else customers who ordered. */
  readonly units: number;
  readonly customers: number;
  readonly converted: number;
  readonly conversionRate: number | null;
  readonly revenue: number;
  readonly revenuePerUnit: number | null;
  readonly revenuePerBuyer: number | null;
}

export interface VariantComparison {
  readonly variant: string;
  readonly control: string;
  readonly conversion: TwoProportionTest | null;
  readonly revenuePerUnit: WelchTest | null;
  readonly revenuePerBuyer: WelchTest | null;
  /** Conversion p-value < alpha. */
  readonly significant: boolean;
}

export interface AbTestFindings {
  readonly basis: 'exposures' | 'ordering_customers';
  readonly control: string;
  readonly variants: readonly VariantStats[];
  readonly comparisons: readonly VariantComparison[];
  readonly sampleRatio: {
    readonly chiSquare: number;
    readonly df: number;
    readonly pValue: number;
    readonly expectedShares: readonly number[];
    readonly mismatch: boolean;
  } | null;
  readonly excludedCustomers: number;
  readonly alpha: number;
  readonly notes: readonly LocalizedText[];
}

export function analyzeAbTest(
  data: CampaignData,
  options: Partial<AbTestOptions> = {},
): AnalysisResult<AbTestFindings> {
  const o = { ...DEFAULT_AB_OPTIONS, ...options };
  const { orders } = data;
  if (!orders.variant) return unavailable(msg.noVariantColumn());
  if (!orders.customer) return unavailable(msg.abNeedsCustomers());
  const range = o.range ?? data.campaign.period;
  const index = new KeyIndex();
  const variantOf = index.mapColumn(orders.variant);
  const customers = orders.customer.values.length;
  const assigned = new Int32Array(customers).fill(-1); // -2: seen in several variants
  const revenue = new Float64Array(customers);
  const paid = new Uint8Array(customers);
  for (let i = 0; i < orders.size; i++) {
    const day = orders.day[i] as number;
    const code = orders.variant.codes[i] as number;
    const c = orders.customer.codes[i] as number;
    if (day < range.start || day > range.end || code < 0 || c < 0) continue;
    const v = variantOf[code] as number;
    const a = assigned[c] as number;
    if (a === -1) assigned[c] = v;
    else if (a !== v) assigned[c] = -2;
    if (isPaidStatusCode(orders.status[i] as number)) {
      const amount = orders.amount[i] as number;
      revenue[c] = (revenue[c] as number) + (Number.isFinite(amount) ? amount : 0);
      paid[c] = 1;
    }
  }
  const k = index.size;
  const customersIn = new Float64Array(k);
  const converted = new Float64Array(k);
  const revenueSum = new Float64Array(k);
  const revenueSq = new Float64Array(k);
  let excluded = 0;
  for (let c = 0; c < customers; c++) {
    const v = assigned[c] as number;
    if (v === -2) excluded++;
    if (v < 0) continue;
    customersIn[v] = (customersIn[v] as number) + 1;
    if (paid[c]) {
      const r = revenue[c] as number;
      converted[v] = (converted[v] as number) + 1;
      revenueSum[v] = (revenueSum[v] as number) + r;
      revenueSq[v] = (revenueSq[v] as number) + r * r;
    }
  }
  const present = [...Array(k).keys()].filter(
    (v) => (customersIn[v] as number) > 0 || exposureOf(v) !== null,
  );
  if (present.length < 2) return unavailable(msg.needTwoVariants(present.length));

  function exposureOf(v: number): number | null {
    if (!o.exposures) return null;
    const label = index.labels[v] as string;
    const entry = Object.entries(o.exposures).find(
      ([name]) => KeyIndex.keyOf(name) === KeyIndex.keyOf(label),
    );
    return entry && entry[1] > 0 ? entry[1] : null;
  }
  const notes: LocalizedText[] = [];
  const useExposures = o.exposures !== null && present.every((v) => exposureOf(v) !== null);
  if (o.exposures && !useExposures) notes.push(msg.exposuresIncomplete());
  if (!useExposures) notes.push(msg.conversionAmongOrderingCustomers());
  if (excluded > 0) notes.push(msg.customersInSeveralVariants(excluded));

  const stats = present
    .map((v): VariantStats & { index: number } => {
      const units = useExposures ? (exposureOf(v) as number) : (customersIn[v] as number);
      const conv = converted[v] as number;
      const rev = revenueSum[v] as number;
      return {
        index: v,
        variant: index.labels[v] as string,
        units,
        customers: customersIn[v] as number,
        converted: conv,
        conversionRate: units > 0 ? conv / units : null,
        revenue: rev,
        revenuePerUnit: units > 0 ? rev / units : null,
        revenuePerBuyer: conv > 0 ? rev / conv : null,
      };
    })
    .sort((a, b) => a.variant.localeCompare(b.variant));

  const wanted = o.control !== null ? KeyIndex.keyOf(o.control) : null;
  const control =
    (wanted !== null ? stats.find((s) => KeyIndex.keyOf(s.variant) === wanted) : undefined) ??
    CONTROL_NAMES.map((name) => stats.find((s) => KeyIndex.keyOf(s.variant) === name)).find(
      (s) => s !== undefined,
    ) ??
    (stats[0] as (typeof stats)[number]);
  if (wanted !== null && KeyIndex.keyOf(control.variant) !== wanted)
    notes.push(msg.controlNotFound(o.control as string));

  const comparisons = stats
    .filter((s) => s !== control)
    .map((t): VariantComparison => {
      const conversion = twoProportionZTest(
        { successes: control.converted, trials: control.units },
        { successes: t.converted, trials: t.units },
        1 - o.alpha,
      );
      const perUnit = (s: typeof t) =>
        summaryFromSums(s.units, revenueSum[s.index] as number, revenueSq[s.index] as number);
      const perBuyer = (s: typeof t) =>
        summaryFromSums(s.converted, revenueSum[s.index] as number, revenueSq[s.index] as number);
      return {
        variant: t.variant,
        control: control.variant,
        conversion,
        revenuePerUnit: welchTTest(perUnit(control), perUnit(t)),
        revenuePerBuyer: welchTTest(perBuyer(control), perBuyer(t)),
        significant: conversion !== null && conversion.pValue < o.alpha,
      };
    });
  if (comparisons.length > 1) notes.push(msg.severalComparisons(comparisons.length));

  const shares = stats.map((s) => {
    const split = o.expectedSplit
      ? Object.entries(o.expectedSplit).find(
          ([name]) => KeyIndex.keyOf(name) === KeyIndex.keyOf(s.variant),
        )?.[1]
      : 1;
    return split ?? 0;
  });
  const srm = chiSquareGoodnessOfFit(
    stats.map((s) => s.units),
    shares,
  );
  if (!useExposures && srm) notes.push(msg.srmOnOrderingCustomers());
  const sampleRatio = srm
    ? {
        chiSquare: srm.chiSquare,
        df: srm.df,
        pValue: srm.pValue,
        expectedShares: shares.map((s) => s / shares.reduce((a, b) => a + b, 0)),
        mismatch: srm.pValue < o.srmAlpha,
      }
    : null;
  return ok({
    basis: useExposures ? 'exposures' : 'ordering_customers',
    control: control.variant,
    variants: stats.map(({ index: _index, ...s }) => s),
    comparisons,
    sampleRatio,
    excludedCustomers: excluded,
    alpha: o.alpha,
    notes,
  });
}

export const abTestAnalysis: AnalysisDefinition<'ab_test', AbTestOptions, AnalysisResult<AbTestFindings>> = {
  id: 'ab_test',
  name: msg.analysisNames.ab_test,
  requires: {
    tables: ['orders'],
    columns: ['orders.variant', 'orders.customer_id'],
    optional: ['orders.status'],
  },
  run: analyzeAbTest,
};
