import { PHASE_OF_INDEX, SAMPLE_DAY_COUNT, weekdayOfIndex } from './calendar';
import { SAMPLE_EVENTS } from './events';
import type { Random } from './random';

/**
 * Relative daily volume and conversion, day by day (1 = an average baseline day).
 *
 *   baseline  1.00 × weekday × noise (σ 2 %)      conversion × 1
 *   warm-up   0.96 × weekday × noise              conversion × 0.9 (visitors browse and fill carts)
 *   peak      2.6, 3.3, 7.2 (12-12)               conversion × 1.6, 1.8, 2.4
 *   tail      0.95, 0.92, then 0.96 → 0.90        conversion × 1.0, 0.95, then 0.95 (demand was pulled
 *             forward; 12-13 also receives 12-12's late-night payments)
 *
 * `planned` is what marketing planned for (spend and visitors follow it); `actual` adds the payment outage.
 */
export interface DayLevels {
  readonly planned: Float64Array;
  readonly actual: Float64Array;
  readonly conversion: Float64Array;
}

/** Sunday … Saturday. */
const WEEKDAY = [1.06, 0.96, 0.95, 0.97, 0.98, 1.02, 1.07] as const;
const PEAK = [2.6, 3.3, 7.2] as const;
const PEAK_CONVERSION = [1.6, 1.8, 2.4] as const;

export function dayLevels(random: Random): DayLevels {
  const planned = new Float64Array(SAMPLE_DAY_COUNT);
  const conversion = new Float64Array(SAMPLE_DAY_COUNT);
  let peakDay = 0;
  let tailDay = 0;
  for (let index = 0; index < SAMPLE_DAY_COUNT; index++) {
    const weekday = WEEKDAY[weekdayOfIndex(index)] ?? 1;
    const noise = random.noise(0.02);
    switch (PHASE_OF_INDEX[index]) {
      case 0:
        planned[index] = weekday * noise;
        conversion[index] = 1;
        break;
      case 1:
        planned[index] = 0.96 * weekday * noise;
        conversion[index] = 0.9;
        break;
      case 2:
        planned[index] = (PEAK[peakDay] ?? 1) * noise;
        conversion[index] = PEAK_CONVERSION[peakDay] ?? 1;
        peakDay++;
        break;
      default:
        planned[index] = tailLevel(tailDay) * (tailDay < 2 ? 1 : weekday * noise);
        conversion[index] = tailDay === 0 ? 1 : 0.95;
        tailDay++;
    }
  }
  const actual = planned.slice();
  const outage = SAMPLE_EVENTS.paymentOutage;
  actual[outage.dayIndex] = (planned[outage.dayIndex] ?? 0) * outage.volumeFactor;
  return { planned, actual, conversion };
}

function tailLevel(tailDay: number): number {
  if (tailDay === 0) return 0.95;
  if (tailDay === 1) return 0.92;
  return 0.96 - (0.06 * (tailDay - 2)) / 15;
}
