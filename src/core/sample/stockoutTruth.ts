import { at } from './at';
import { dayOfIndex } from './calendar';
import { SAMPLE_CATEGORIES, SAMPLE_SKUS } from './catalog';
import { serialOfSecond } from './formats';
import type { SampleBuild } from './sampleBuild';
import type { SampleStockout } from './types';
import { word } from './vocabulary';

export function stockoutTruth(build: SampleBuild): SampleStockout {
  const { stockout } = build;
  const sku = at(SAMPLE_SKUS, stockout.sku);
  return {
    sku: sku.code,
    category: word(at(SAMPLE_CATEGORIES, sku.category), build.locale),
    day: dayOfIndex(stockout.dayIndex),
    lastSale: serialOfSecond(stockout.lastSecond),
    restockDay: dayOfIndex(stockout.restockIndex),
    unitsSoldOnDay: stockout.unitsSold,
    reroutedLines: stockout.reroutedLines,
  };
}
