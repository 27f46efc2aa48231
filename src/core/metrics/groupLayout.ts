import type { DayWindow } from './dayWindow';

/**
 * Where each group sits in the per-group count arrays of the distinct-buyer pass: the campaign period,
 * the baseline, each phase, each channel (over the campaign period), each day slot, each day × channel
 * cell (for per-channel CVR) and each category (over the campaign period). `first` / `last` give each
 * group's days, used to tell new customers apart.
 */
export interface GroupLayout {
  readonly total: number;
  readonly baseline: number;
  readonly phase0: number;
  readonly channel0: number;
  readonly channels: number;
  readonly day0: number;
  readonly cell0: number;
  readonly category0: number;
  readonly size: number;
  readonly first: Int32Array;
  readonly last: Int32Array;
}

export function groupLayout(window: DayWindow, channels: number, categories: number): GroupLayout {
  const { start, length, period, baseline, phases } = window;
  const phase0 = 2;
  const channel0 = phase0 + phases.length;
  const day0 = channel0 + channels;
  const cell0 = day0 + length;
  const category0 = cell0 + length * channels;
  const size = category0 + categories;
  const first = new Int32Array(size);
  const last = new Int32Array(size);
  const set = (from: number, to: number, firstDay: number, lastDay: number): void => {
    first.fill(firstDay, from, to);
    last.fill(lastDay, from, to);
  };
  set(0, 1, period.start, period.end);
  // An impossible range when there is no baseline: nobody is new there.
  set(1, 2, baseline ? baseline.start : 1, baseline ? baseline.end : 0);
  phases.forEach((phase, p) => set(phase0 + p, phase0 + p + 1, phase.start, phase.end));
  set(channel0, day0, period.start, period.end);
  for (let slot = 0; slot < length; slot++) {
    set(day0 + slot, day0 + slot + 1, start + slot, start + slot);
    set(cell0 + slot * channels, cell0 + (slot + 1) * channels, start + slot, start + slot);
  }
  set(category0, size, period.start, period.end);
  return { total: 0, baseline: 1, phase0, channel0, channels, day0, cell0, category0, size, first, last };
}
