import { dayFromYmd, type Day, type DayRange } from '../model/day';

/**
 * The sample campaign's calendar: 60 days, 2025-11-01 … 2025-12-30.
 *
 *   baseline  2025-11-01 … 2025-11-30  (30 days, an ordinary month used for comparison)
 *   warm-up   2025-12-01 … 2025-12-09  ( 9 days: traffic and add-to-cart build up, sales hold back)
 *   peak      2025-12-10 … 2025-12-12  ( 3 days; 2025-12-12, a Friday, is the big day)
 *   tail      2025-12-13 … 2025-12-30  (18 days: encore sale, then back to normal)
 *
 * The campaign is 2025-12-01 … 2025-12-30. Days are addressed by index (0 = 2025-11-01) inside the
 * generator; the sheets hold Excel serials.
 */
const dec = (day: number): Day => dayFromYmd(2025, 12, day);

export const SAMPLE_START: Day = dayFromYmd(2025, 11, 1);
export const SAMPLE_DAY_COUNT = 60;
export const SECONDS_PER_DAY = 86_400;

export const SAMPLE_CALENDAR = {
  window: { start: SAMPLE_START, end: dec(30) },
  baseline: { start: SAMPLE_START, end: dayFromYmd(2025, 11, 30) },
  campaign: { start: dec(1), end: dec(30) },
  warmup: { start: dec(1), end: dec(9) },
  peak: { start: dec(10), end: dec(12) },
  tail: { start: dec(13), end: dec(30) },
  bigDay: dec(12),
} as const satisfies Record<string, DayRange | Day>;

export const SAMPLE_PHASES = ['baseline', 'warmup', 'peak', 'tail'] as const;
export type SamplePhase = (typeof SAMPLE_PHASES)[number];

export function dayOfIndex(index: number): Day {
  return (SAMPLE_START + index) as Day;
}

export function indexOfDay(day: Day): number {
  return day - SAMPLE_START;
}

/** Phase code (index into SAMPLE_PHASES) of each day index. */
export const PHASE_OF_INDEX: Uint8Array = Uint8Array.from({ length: SAMPLE_DAY_COUNT }, (_, index) => {
  const day = dayOfIndex(index);
  if (day < SAMPLE_CALENDAR.warmup.start) return 0;
  if (day < SAMPLE_CALENDAR.peak.start) return 1;
  if (day < SAMPLE_CALENDAR.tail.start) return 2;
  return 3;
});

export function phaseOfIndex(index: number): SamplePhase {
  return SAMPLE_PHASES[PHASE_OF_INDEX[index] ?? 0] ?? 'baseline';
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOfIndex(index: number): number {
  return (dayOfIndex(index) + 4) % 7;
}
