import type { Locale } from '../locale';
import { CAMPAIGN_ITEMS } from '../model/fields';
import type { CellValue } from '../model/raw';
import { SAMPLE_CALENDAR, indexOfDay } from './calendar';
import { FORMAT, serialOfDayIndex } from './formats';
import { sampleSheet, type SampleColumn } from './sampleSheet';
import type { SampleSheet } from './types';
import { CAMPAIGN_NAMES, word } from './vocabulary';

const COLUMNS: readonly SampleColumn<'campaign'>[] = [
  { field: 'item', format: null },
  { field: 'name', format: null },
  { field: 'start', format: FORMAT.date },
  { field: 'end', format: FORMAT.date },
];

const ITEMS = ['campaign', 'warmup', 'peak', 'tail', 'baseline'] as const;

/** The campaign row, its three phases and the baseline, with their dates. */
export function campaignSheet(locale: Locale): SampleSheet {
  const rows: CellValue[][] = ITEMS.map((item) => {
    const range = SAMPLE_CALENDAR[item];
    return [
      word(CAMPAIGN_ITEMS[item], locale),
      word(CAMPAIGN_NAMES[item], locale),
      serialOfDayIndex(indexOfDay(range.start)),
      serialOfDayIndex(indexOfDay(range.end)),
    ];
  });
  return sampleSheet('campaign', locale, COLUMNS, rows);
}
