import type { Locale } from '../locale';
import type { CellValue } from '../model/raw';
import { SAMPLE_DAY_COUNT } from './calendar';
import type { SampleChannel } from './channels';
import { FORMAT, serialOfDayIndex } from './formats';
import { sampleSheet, type SampleColumn } from './sampleSheet';
import type { TrafficNumbers } from './traffic';
import type { SampleSheet } from './types';
import { word } from './vocabulary';

const COLUMNS: readonly SampleColumn<'traffic'>[] = [
  { field: 'date', format: FORMAT.date },
  { field: 'channel', format: null },
  { field: 'uv', format: FORMAT.count },
  { field: 'pv', format: FORMAT.count },
  { field: 'sessions', format: FORMAT.count },
  { field: 'bounces', format: FORMAT.count },
  { field: 'bounce_rate', format: FORMAT.percent },
  { field: 'add_to_cart', format: FORMAT.count },
  { field: 'funnel_view', format: FORMAT.count },
  { field: 'funnel_cart', format: FORMAT.count },
  { field: 'funnel_order', format: FORMAT.count },
  { field: 'funnel_pay', format: FORMAT.count },
];

/** One row per day × channel, day-major; the bounce rate is bounces / sessions to 4 decimals. */
export function trafficSheet(
  numbers: TrafficNumbers,
  channels: readonly SampleChannel[],
  locale: Locale,
): SampleSheet {
  const rows: CellValue[][] = [];
  for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
    channels.forEach((channel, c) => {
      const cell = day * channels.length + c;
      const sessions = numbers.sessions[cell] ?? 0;
      const bounces = numbers.bounces[cell] ?? 0;
      rows.push([
        serialOfDayIndex(day),
        word(channel, locale),
        numbers.uv[cell] ?? 0,
        numbers.pv[cell] ?? 0,
        sessions,
        bounces,
        sessions > 0 ? Math.round((bounces / sessions) * 10_000) / 10_000 : null,
        numbers.cartVisitors[cell] ?? 0,
        numbers.productViewers[cell] ?? 0,
        numbers.cartVisitors[cell] ?? 0,
        numbers.orderingBuyers[cell] ?? 0,
        numbers.payingBuyers[cell] ?? 0,
      ]);
    });
  }
  return sampleSheet('traffic', locale, COLUMNS, rows);
}
