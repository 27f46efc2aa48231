import type { Locale } from '../locale';
import type { CellValue } from '../model/raw';
import { SAMPLE_DAY_COUNT } from './calendar';
import { SAMPLE_SKUS } from './catalog';
import { FORMAT, serialOfDayIndex } from './formats';
import type { StockNumbers } from './inventory';
import { sampleSheet, type SampleColumn } from './sampleSheet';
import type { SampleSheet } from './types';

const COLUMNS: readonly SampleColumn<'inventory'>[] = [
  { field: 'sku', format: null },
  { field: 'date', format: FORMAT.date },
  { field: 'stock', format: FORMAT.count },
];

/** End-of-day stock, one row per SKU × day, SKU-major. */
export function inventorySheet(stock: StockNumbers, locale: Locale): SampleSheet {
  const rows: CellValue[][] = [];
  SAMPLE_SKUS.forEach((sku, index) => {
    for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
      rows.push([sku.code, serialOfDayIndex(day), stock[index * SAMPLE_DAY_COUNT + day] ?? 0]);
    }
  });
  return sampleSheet('inventory', locale, COLUMNS, rows);
}
