import { SECONDS_PER_DAY } from './calendar';
import { SAMPLE_SKUS, skuIndex } from './catalog';
import { SAMPLE_EVENTS } from './events';
import type { OrderLedger } from './ledger';
import { isPaidCode } from './statuses';

export interface StockoutResult {
  readonly sku: number;
  readonly dayIndex: number;
  readonly restockIndex: number;
  /** The order that took the last unit, and when. */
  readonly lastOrder: number;
  readonly lastSecond: number;
  /** Paid units of the hero SKU on the stock-out day. */
  readonly unitsSold: number;
  /** Hero lines moved to another SKU because the hero could not be bought. */
  readonly reroutedLines: number;
}

/** Where a shopper who wanted the hero goes instead, in order of preference. */
const SUBSTITUTES = ['GS-602', 'GS-603', 'SC-102', 'SC-101'] as const;

/**
 * The hero SKU sells out on the big day: its stock covers `shareInStock` of the day's paid demand; the
 * order that takes the last unit marks the stock-out, and every later hero line until the restock is
 * rerouted to a substitute (the shopper bought something else). Mutates `ledger.sku`.
 */
export function applyStockout(ledger: OrderLedger): StockoutResult {
  const spec = SAMPLE_EVENTS.stockout;
  const hero = skuIndex(spec.sku);
  const dayStart = spec.dayIndex * SECONDS_PER_DAY;
  const dayEnd = dayStart + SECONDS_PER_DAY;
  let demand = 0;
  forEachHeroLine(ledger, hero, dayStart, dayEnd, (line, order) => {
    if (isPaidCode(ledger.status[order] ?? 0)) demand += ledger.quantity[line] ?? 0;
  });
  if (demand === 0) throw new RangeError('Too few order rows for the sample campaign');
  const stock = Math.max(1, Math.ceil(demand * spec.shareInStock));
  let sold = 0;
  let lastOrder = -1;
  forEachHeroLine(ledger, hero, dayStart, dayEnd, (line, order) => {
    if (lastOrder < 0 && isPaidCode(ledger.status[order] ?? 0)) {
      sold += ledger.quantity[line] ?? 0;
      if (sold >= stock) lastOrder = order;
    }
  });
  let rerouted = 0;
  forEachHeroLine(ledger, hero, dayStart, spec.restockIndex * SECONDS_PER_DAY, (line, order) => {
    if (order > lastOrder) {
      ledger.sku[line] = substitute(ledger, order);
      rerouted++;
    }
  });
  return {
    sku: hero,
    dayIndex: spec.dayIndex,
    restockIndex: spec.restockIndex,
    lastOrder,
    lastSecond: ledger.orderSecond[lastOrder] ?? 0,
    unitsSold: sold,
    reroutedLines: rerouted,
  };
}

function forEachHeroLine(
  ledger: OrderLedger,
  hero: number,
  from: number,
  to: number,
  visit: (line: number, order: number) => void,
): void {
  for (let line = 0; line < ledger.lineCount; line++) {
    if (ledger.sku[line] !== hero) continue;
    const order = ledger.lineOrder[line] ?? 0;
    const second = ledger.orderSecond[order] ?? 0;
    if (second >= from && second < to) visit(line, order);
  }
}

function substitute(ledger: OrderLedger, order: number): number {
  const first = ledger.firstLine[order] ?? 0;
  const onOrder = new Set(Array.from(ledger.sku.subarray(first, first + (ledger.lines[order] ?? 0))));
  for (const code of SUBSTITUTES) {
    const index = skuIndex(code);
    if (!onOrder.has(index)) return index;
  }
  return SAMPLE_SKUS.findIndex((_, index) => !onOrder.has(index));
}
