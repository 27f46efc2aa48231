import { isPaidStatusCode, type CampaignData, type ExperimentCleaning } from '../model/campaign';
import type { DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { KeyIndex } from './aggregate/keyIndex';
import type { AnalysisDefinition } from './definition';
import { abReadout, type VariantCounts } from './abReadout';
import { abTestFromExperiment } from './abTestFromExperiment';
import type { TwoProportionTest } from './math/twoProportionZTest';
import type { WelchTest } from './math/welchTTest';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * A/B test read-out from an experiment log when the workbook has one (abTestFromExperiment.ts), else from
 * orders that carry a variant (实验分组). A customer belongs to the variant of their
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

export interface VariantStats {
  readonly variant: string;
  /** Exposures when given, else customers who ordered. */
  readonly units: number;
  readonly customers: number;
  readonly converted: number;
  readonly conversionRate: number | null;
  /** null when the source has no money (an experiment log without a conversion value). */
  readonly revenue: number | null;
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
  readonly basis: 'exposures' | 'ordering_customers' | 'experiment_units';
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
  /** What the experiment log's cleaning rules excluded; null for an A/B test read from orders. */
  readonly cleaning: ExperimentCleaning | null;
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

  const counts = present.map((v): VariantCounts => ({
    variant: index.labels[v] as string,
    units: useExposures ? (exposureOf(v) as number) : (customersIn[v] as number),
    customers: customersIn[v] as number,
    converted: converted[v] as number,
    revenue: { sum: revenueSum[v] as number, sumOfSquares: revenueSq[v] as number },
  }));
  const readout = abReadout(counts, o, notes);
  if (!useExposures && readout.sampleRatio) notes.push(msg.srmOnOrderingCustomers());
  return ok({
    basis: useExposures ? 'exposures' : 'ordering_customers',
    ...readout,
    excludedCustomers: excluded,
    cleaning: null,
    alpha: o.alpha,
    notes,
  });
}

export const abTestAnalysis: AnalysisDefinition<'ab_test', AbTestOptions, AnalysisResult<AbTestFindings>> = {
  id: 'ab_test',
  name: msg.analysisNames.ab_test,
  // Either an experiment log, or orders with a variant and a customer id: neither alone is required.
  requires: {
    tables: [],
    columns: [],
    optional: ['experiment', 'orders.variant', 'orders.customer_id', 'orders.status'],
  },
  run: (data, options) =>
    data.experiment
      ? abTestFromExperiment(data.experiment, options, data.orders.variant !== null)
      : analyzeAbTest(data, options),
};
