import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import type { AbTestFindings, AbTestOptions, VariantComparison, VariantStats } from './abTest';
import { KeyIndex } from './aggregate/keyIndex';
import { chiSquareGoodnessOfFit } from './math/chiSquareGoodnessOfFit';
import { twoProportionZTest } from './math/twoProportionZTest';
import { summaryFromSums, welchTTest } from './math/welchTTest';

/** One variant's counts, whatever table they came from. */
export interface VariantCounts {
  readonly variant: string;
  /** The conversion denominator: exposures, ordering customers or experiment units. */
  readonly units: number;
  readonly customers: number;
  readonly converted: number;
  /** Σ and Σ² of revenue per converted unit; null when the source has no money. */
  readonly revenue: { readonly sum: number; readonly sumOfSquares: number } | null;
}

const CONTROL_NAMES = ['control', 'a', '对照', '对照组', 'baseline', 'original', 'ctrl'];

/**
 * The read-out shared by every source of an A/B test: per variant stats, the control, each treatment's
 * tests against it and the sample-ratio check. Appends its notes (control not found, several comparisons)
 * to `notes`.
 */
export function abReadout(
  counts: readonly VariantCounts[],
  o: AbTestOptions,
  notes: LocalizedText[],
): Pick<AbTestFindings, 'control' | 'variants' | 'comparisons' | 'sampleRatio'> {
  const stats = counts
    .map((c): VariantStats & { counts: VariantCounts } => {
      const rev = c.revenue?.sum ?? null;
      return {
        counts: c,
        variant: c.variant,
        units: c.units,
        customers: c.customers,
        converted: c.converted,
        conversionRate: c.units > 0 ? c.converted / c.units : null,
        revenue: rev,
        revenuePerUnit: rev !== null && c.units > 0 ? rev / c.units : null,
        revenuePerBuyer: rev !== null && c.converted > 0 ? rev / c.converted : null,
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
        s.counts.revenue && summaryFromSums(s.units, s.counts.revenue.sum, s.counts.revenue.sumOfSquares);
      const perBuyer = (s: typeof t) =>
        s.counts.revenue && summaryFromSums(s.converted, s.counts.revenue.sum, s.counts.revenue.sumOfSquares);
      const welch = (pick: typeof perUnit) => {
        const a = pick(control);
        const b = pick(t);
        return a && b ? welchTTest(a, b) : null;
      };
      return {
        variant: t.variant,
        control: control.variant,
        conversion,
        revenuePerUnit: welch(perUnit),
        revenuePerBuyer: welch(perBuyer),
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
  return {
    control: control.variant,
    variants: stats.map(({ counts: _counts, ...s }) => s),
    comparisons,
    sampleRatio: srm
      ? {
          chiSquare: srm.chiSquare,
          df: srm.df,
          pValue: srm.pValue,
          expectedShares: shares.map((s) => s / shares.reduce((a, b) => a + b, 0)),
          mismatch: srm.pValue < o.srmAlpha,
        }
      : null,
  };
}
