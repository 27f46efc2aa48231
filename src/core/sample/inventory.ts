import type { StockoutResult } from './applyStockout';
import { SAMPLE_DAY_COUNT } from './calendar';
import { SAMPLE_SKUS } from './catalog';
import { dayFromYmd } from '../model/day';
import { indexOfDay } from './calendar';
import type { OrderFacts } from './orderFacts';
import type { OrderLedger } from './ledger';

/** End-of-day stock per SKU × day (cell = sku * days + day). */
export type StockNumbers = Int32Array;

/** The pre-event stock-up of every other SKU. */
const STOCK_UP = indexOfDay(dayFromYmd(2025, 12, 8));

/**
 * Stock is taken by paid order lines on their order day (refunds are not restocked within the window).
 * The hero SKU starts with November's sales plus a 10 % buffer and gets one delivery on 12-01 sized so that
 * the stock reaches exactly 0 with the stock-out order on 12-12; it stays 0 until the restock, which covers
 * the rest of the window plus 30 %. Every other SKU opens with 125 % of its sales to 12-07 and is restocked
 * on 12-08 with 120 % of the rest, so it never runs out.
 */
export function inventory(ledger: OrderLedger, facts: OrderFacts, stockout: StockoutResult): StockNumbers {
  const skus = SAMPLE_SKUS.length;
  const sold = new Int32Array(skus * SAMPLE_DAY_COUNT);
  for (let line = 0; line < ledger.lineCount; line++) {
    const order = ledger.lineOrder[line] ?? 0;
    if (!facts.paid[order]) continue;
    const cell = (ledger.sku[line] ?? 0) * SAMPLE_DAY_COUNT + (facts.orderDay[order] ?? 0);
    sold[cell] = (sold[cell] ?? 0) + (ledger.quantity[line] ?? 0);
  }
  const stock = new Int32Array(skus * SAMPLE_DAY_COUNT);
  for (let sku = 0; sku < skus; sku++) {
    const units = (from: number, to: number): number => {
      let total = 0;
      for (let day = from; day <= to; day++) total += sold[sku * SAMPLE_DAY_COUNT + day] ?? 0;
      return total;
    };
    const deliveries = new Int32Array(SAMPLE_DAY_COUNT);
    if (sku === stockout.sku) {
      const november = units(0, 29);
      const opening = november + Math.ceil(november * 0.1) + 1;
      const needed = units(0, stockout.dayIndex);
      deliveries[0] = Math.min(opening, needed);
      deliveries[30] = needed - (deliveries[0] ?? 0);
      deliveries[stockout.restockIndex] =
        Math.ceil(units(stockout.restockIndex, SAMPLE_DAY_COUNT - 1) * 1.3) + 20;
    } else {
      deliveries[0] = Math.ceil(units(0, STOCK_UP - 1) * 1.25) + 30;
      deliveries[STOCK_UP] = Math.ceil(units(STOCK_UP, SAMPLE_DAY_COUNT - 1) * 1.2) + 30;
    }
    let level = 0;
    for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
      level += (deliveries[day] ?? 0) - (sold[sku * SAMPLE_DAY_COUNT + day] ?? 0);
      stock[sku * SAMPLE_DAY_COUNT + day] = level;
    }
  }
  return stock;
}
