import { SAMPLE_CALENDAR, SAMPLE_DAY_COUNT, indexOfDay } from './calendar';
import { SAMPLE_EVENTS } from './events';
import { cumulative } from './random';

/**
 * Orders per hour of the day (relative). Ordinary days peak in the evening; the peak days open with a
 * midnight rush (strongest on 12-12) and a live-stream evening; the outage day loses its afternoon.
 */
const ORDINARY = [
  3, 1.8, 1, 0.6, 0.4, 0.4, 0.7, 1.5, 2.8, 4.2, 5, 5.2, 4.6, 4.8, 5, 5, 4.8, 4.6, 4.8, 5.6, 6.6, 7.2, 6.8, 5,
] as const;

export function hourProfiles(): readonly Float64Array[] {
  const bigDay = indexOfDay(SAMPLE_CALENDAR.bigDay);
  const peakStart = indexOfDay(SAMPLE_CALENDAR.peak.start);
  const outage = SAMPLE_EVENTS.paymentOutage;
  return Array.from({ length: SAMPLE_DAY_COUNT }, (_, index) => {
    const weights: number[] = [...ORDINARY];
    if (index === bigDay) scale(weights, [9, 3], 20, 1.5);
    else if (index >= peakStart && index < bigDay) scale(weights, [4, 1.5], 20, 1.4);
    if (index === outage.dayIndex) {
      for (let hour = outage.fromHour; hour < outage.toHour; hour++)
        weights[hour] = (weights[hour] ?? 0) * outage.hourFactor;
    }
    return cumulative(weights);
  });
}

function scale(weights: number[], opening: readonly number[], eveningFrom: number, evening: number): void {
  opening.forEach((factor, hour) => (weights[hour] = (weights[hour] ?? 0) * factor));
  for (let hour = eveningFrom; hour < 24; hour++) weights[hour] = (weights[hour] ?? 0) * evening;
}
