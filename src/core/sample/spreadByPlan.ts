import { PHASE_OF_INDEX, SAMPLE_DAY_COUNT } from './calendar';

/**
 * Re-spreads each channel's per-phase total over the phase's days in proportion to the planned daily level.
 * Spend and visitors follow the plan, not the day's accidents: on the outage day visitors still come and
 * ads still run while orders collapse.
 */
export function spreadByPlan(
  values: ArrayLike<number>,
  channels: number,
  planned: ArrayLike<number>,
): Float64Array {
  const spread = new Float64Array(SAMPLE_DAY_COUNT * channels);
  for (let channel = 0; channel < channels; channel++) {
    for (let phase = 0; phase < 4; phase++) {
      let total = 0;
      let levels = 0;
      for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
        if (PHASE_OF_INDEX[day] !== phase) continue;
        total += values[day * channels + channel] ?? 0;
        levels += planned[day] ?? 0;
      }
      for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
        if (PHASE_OF_INDEX[day] !== phase || levels === 0) continue;
        spread[day * channels + channel] = (total * (planned[day] ?? 0)) / levels;
      }
    }
  }
  return spread;
}
