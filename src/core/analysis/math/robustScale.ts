import { median } from './median';

/**
 * Centre and spread of a baseline for the robust (modified) z-score of Iglewicz & Hoaglin (1993, "How to
 * Detect and Handle Outliers", ASQC Quality Press): z = 0.6745 · (x − median) / MAD, where MAD is the
 * median absolute deviation from the median. 0.6745 is the 0.75 quantile of the standard normal, so that
 * MAD / 0.6745 estimates σ for normal data.
 *
 * When MAD = 0 (more than half the baseline values are equal) the spread falls back to the mean absolute
 * deviation from the median times √(π/2) ≈ 1.2533 (which also estimates σ for normal data; the fallback
 * IBM SPSS Modeler documents for the modified z-score). When that is 0 too the baseline is constant and
 * no z-score is defined (`scale` null).
 */
export interface RobustScale {
  readonly n: number;
  /** null (like the two below) when there are no values. */
  readonly median: number | null;
  readonly mad: number | null;
  readonly meanAbsoluteDeviation: number | null;
  /** What x − median is divided by: MAD / 0.6745, or 1.2533 · mean absolute deviation; null if constant. */
  readonly scale: number | null;
  readonly method: 'mad' | 'mean_absolute_deviation' | 'constant';
}

export const MAD_CONSISTENCY = 0.6745;
export const MEAN_AD_CONSISTENCY = Math.sqrt(Math.PI / 2);

export function robustScale(values: ArrayLike<number>): RobustScale {
  const finite = (Array.prototype.filter.call(values, Number.isFinite) as number[]).slice();
  const m = median(finite);
  const deviations = finite.map((v) => Math.abs(v - m));
  const mad = median(deviations);
  if (finite.length === 0) {
    return { n: 0, median: null, mad: null, meanAbsoluteDeviation: null, scale: null, method: 'constant' };
  }
  const meanAd = deviations.reduce((s, d) => s + d, 0) / deviations.length;
  if (mad > 0)
    return {
      n: finite.length,
      median: m,
      mad,
      meanAbsoluteDeviation: meanAd,
      scale: mad / MAD_CONSISTENCY,
      method: 'mad',
    };
  if (meanAd > 0) {
    return {
      n: finite.length,
      median: m,
      mad,
      meanAbsoluteDeviation: meanAd,
      scale: MEAN_AD_CONSISTENCY * meanAd,
      method: 'mean_absolute_deviation',
    };
  }
  return { n: finite.length, median: m, mad, meanAbsoluteDeviation: meanAd, scale: null, method: 'constant' };
}

/** Robust z of x against a baseline's scale; null when the baseline is constant or empty. */
export function robustZ(x: number, scale: RobustScale): number | null {
  if (scale.scale === null || scale.median === null || !Number.isFinite(x)) return null;
  return (x - scale.median) / scale.scale;
}
