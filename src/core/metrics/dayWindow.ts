import type { CampaignInfo, Phase } from '../model/campaign';
import type { DayRange } from '../model/day';

/**
 * The days the accumulators cover: from the first to the last day of the campaign period, its phases and
 * the baseline. Slot s is day `start + s`; per-slot flags say which period a slot belongs to.
 */
export interface DayWindow {
  readonly start: number;
  readonly length: number;
  readonly period: DayRange;
  readonly baseline: DayRange | null;
  readonly phases: readonly Phase[];
  readonly inPeriod: Uint8Array;
  readonly inBaseline: Uint8Array;
  /** Phases covering slot s: phaseList[phaseStart[s] .. phaseStart[s + 1]). */
  readonly phaseStart: Int32Array;
  readonly phaseList: Int32Array;
}

export function dayWindow(campaign: CampaignInfo): DayWindow {
  const { period, baseline, phases } = campaign;
  const ranges: DayRange[] = [period, ...phases, ...(baseline ? [baseline] : [])];
  for (const range of ranges) {
    if (!(range.start <= range.end)) {
      throw new Error(`Broken contract: day range ${range.start}..${range.end} is empty or not a number.`);
    }
  }
  // Loops, not Math.min(...spread): a calendar may list more phases than the stack has frames.
  let start = Infinity;
  let end = -Infinity;
  for (const r of ranges) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  const length = end - start + 1;
  const flags = (range: DayRange | null): Uint8Array => {
    const out = new Uint8Array(length);
    if (range) out.fill(1, range.start - start, range.end - start + 1);
    return out;
  };
  const phaseStart = new Int32Array(length + 1);
  const lists: number[] = [];
  for (let slot = 0; slot < length; slot++) {
    phaseStart[slot] = lists.length;
    phases.forEach((phase, p) => {
      if (start + slot >= phase.start && start + slot <= phase.end) lists.push(p);
    });
  }
  phaseStart[length] = lists.length;
  return {
    start,
    length,
    period,
    baseline,
    phases,
    inPeriod: flags(period),
    inBaseline: flags(baseline),
    phaseStart,
    phaseList: Int32Array.from(lists),
  };
}
