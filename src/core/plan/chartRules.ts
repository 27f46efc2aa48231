import type { PercentLabels } from './types';

/**
 * The rules that keep a chart readable at the size Fupan draws it (about 7 columns by 16–18 rows): how many
 * axis labels fit, when two series need two value axes, and which pie slices get a name of their own.
 */

/** The most labels a category axis shows; more crowd into a smear at a chart's width. */
export const MAX_AXIS_LABELS = 10;

/** A label every how many categories (days) over `count` consecutive ones, for at most MAX_AXIS_LABELS. */
export function labelInterval(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_AXIS_LABELS));
}

/** How many labels an axis of `count` categories shows with one every `interval`, the first included. */
export function labelCount(count: number, interval: number): number {
  return count <= 0 ? 0 : Math.ceil(count / interval);
}

/** Two series share a value axis only while their largest magnitudes are within this factor. */
export const SHARED_AXIS_MAX_RATIO = 10;

function peak(values: readonly (number | null)[]): number {
  let max = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  return max;
}

/**
 * Whether the second series needs a value axis of its own: on a shared axis a series ten times smaller than
 * the other is drawn as a flat line along the bottom. A series without any non-zero value has no scale.
 */
export function needsOwnAxis(first: readonly (number | null)[], second: readonly (number | null)[]): boolean {
  const a = peak(first);
  const b = peak(second);
  if (a === 0 || b === 0) return false;
  return Math.max(a / b, b / a) > SHARED_AXIS_MAX_RATIO;
}

/** A slice thinner than this share gets no label: its label would overlap its neighbours'. */
export const MIN_LABELLED_SHARE = 0.05;
/** The most slices a pie or doughnut draws, "Other" included. */
export const MAX_SLICES = 6;

/** Which of a pie's values are drawn as their own slice and which are summed into "Other". */
export interface SliceFold {
  /** Indices of the values drawn as their own slice, largest first. */
  readonly kept: readonly number[];
  /** Indices of the values summed into one "Other" slice after the kept ones; empty when none is. */
  readonly folded: readonly number[];
  /** The sum of the folded values (0 when none is folded). */
  readonly other: number;
}

const amount = (v: number | null): number => (v !== null && Number.isFinite(v) ? v : 0);

/**
 * Keeps the largest slices that hold at least MIN_LABELLED_SHARE of the (positive) whole, at most
 * MAX_SLICES − 1 of them, and folds the rest into "Other". A single value left over keeps its own slice
 * (a slice named "Other" that holds one channel hides its name for nothing). Values that are not positive
 * have no share and are always folded.
 */
export function foldSlices(values: readonly (number | null)[]): SliceFold {
  const total = values.reduce<number>((s, v) => s + Math.max(0, amount(v)), 0);
  const order = values.map((_, i) => i).sort((a, b) => amount(values[b] ?? null) - amount(values[a] ?? null));
  const big = (i: number): boolean => total > 0 && amount(values[i] ?? null) / total >= MIN_LABELLED_SHARE;
  let kept = order.filter((i, rank) => rank < MAX_SLICES - 1 && big(i));
  let folded = order.filter((i) => !kept.includes(i));
  if (folded.length === 1 && amount(values[folded[0] ?? 0] ?? null) > 0) {
    kept = order;
    folded = [];
  }
  const other = folded.reduce((s, i) => s + amount(values[i] ?? null), 0);
  return { kept, folded, other };
}

/** Percent labels for the slices (as drawn, in order) that hold at least MIN_LABELLED_SHARE of the whole. */
/** Whole percentages: a slice's label is read at a glance, and a decimal would not fit a thin slice. */
const SLICE_LABEL_FORMAT = '0%';

export function percentLabels(slices: readonly (number | null)[]): PercentLabels {
  const total = slices.reduce<number>((s, v) => s + Math.max(0, amount(v)), 0);
  const points = slices.flatMap((v, i) => (total > 0 && amount(v) / total >= MIN_LABELLED_SHARE ? [i] : []));
  return { show: 'percent', points, numberFormat: SLICE_LABEL_FORMAT };
}
