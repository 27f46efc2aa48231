import { at } from './at';
import { SAMPLE_CALENDAR, SECONDS_PER_DAY, dayOfIndex, indexOfDay } from './calendar';
import { SAMPLE_EVENTS } from './events';
import { serialOfSecond } from './formats';
import { median } from './median';
import type { SampleBuild } from './sampleBuild';
import type { SampleAnomaly, SampleDayTruth } from './types';
import { word } from './vocabulary';

/** The injected anomaly days, with their numbers and the baseline's median for scale. */
export function anomalyTruth(build: SampleBuild, daily: readonly SampleDayTruth[]): SampleAnomaly[] {
  const baselineDays = indexOfDay(SAMPLE_CALENDAR.baseline.end) + 1;
  const baseline = daily.slice(0, baselineDays);
  const outage = SAMPLE_EVENTS.paymentOutage;
  const spike = SAMPLE_EVENTS.trafficSpike;
  const anomalies: SampleAnomaly[] = [
    {
      kind: 'payment_outage',
      day: dayOfIndex(outage.dayIndex),
      from: serialOfSecond(outage.dayIndex * SECONDS_PER_DAY + outage.fromHour * 3600),
      to: serialOfSecond(outage.dayIndex * SECONDS_PER_DAY + outage.toHour * 3600),
      paidSales: at(daily, outage.dayIndex).paidSales,
      baselineMedianPaidSales: median(baseline.map((day) => day.paidSales)),
    },
  ];
  const c = build.channels.findIndex((channel) => channel.key === spike.channel);
  if (c >= 0) {
    anomalies.push({
      kind: 'traffic_spike',
      day: dayOfIndex(spike.dayIndex),
      channel: word(at(build.channels, c), build.locale),
      uv: at(daily, spike.dayIndex).uv,
      channelUv: build.visits.uv[spike.dayIndex * build.channels.length + c] ?? 0,
      baselineMedianUv: median(baseline.map((day) => day.uv)),
    });
  }
  return anomalies;
}
