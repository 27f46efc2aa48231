import type { Locale } from '../locale';
import type { CellValue } from '../model/raw';
import { at } from './at';
import { SAMPLE_DAY_COUNT } from './calendar';
import type { SampleChannel } from './channels';
import { FORMAT, serialOfDayIndex, yuan } from './formats';
import { sampleSheet, type SampleColumn } from './sampleSheet';
import type { SpendNumbers } from './spend';
import type { SampleSheet } from './types';
import { word } from './vocabulary';

const COLUMNS: readonly SampleColumn<'spend'>[] = [
  { field: 'channel', format: null },
  { field: 'date', format: FORMAT.date },
  { field: 'spend', format: FORMAT.money },
  { field: 'impressions', format: FORMAT.count },
  { field: 'clicks', format: FORMAT.count },
  { field: 'budget', format: FORMAT.money },
];

/** One row per paid channel × day, channel-major. */
export function spendSheet(
  numbers: SpendNumbers,
  channels: readonly SampleChannel[],
  locale: Locale,
): SampleSheet {
  const rows: CellValue[][] = [];
  for (const c of numbers.paidChannels) {
    const name = word(at(channels, c), locale);
    for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
      const cell = day * channels.length + c;
      rows.push([
        name,
        serialOfDayIndex(day),
        yuan(numbers.spendCents[cell] ?? 0),
        numbers.impressions[cell] ?? 0,
        numbers.clicks[cell] ?? 0,
        yuan(numbers.budgetCents[cell] ?? 0),
      ]);
    }
  }
  return sampleSheet('spend', locale, COLUMNS, rows);
}
