import { isPaidStatusCode, type CampaignData } from '../model/campaign';
import type { Day, DayRange } from '../model/day';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { KeyIndex, groupOfRow } from './aggregate/keyIndex';
import type { AnalysisDefinition } from './definition';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * Stock-outs during the campaign period, from two sources:
 * - inventory: each run of consecutive days on which a SKU's stock was ≤ 0 (any inventory row of that
 *   SKU and day) is one stock-out;
 * - sales stopped (order lines with a SKU, no inventory evidence for that SKU): a run of at least
 *   `minZeroDays` (3) consecutive days without paid sales that starts in the period, right after
 *   `priorDays` (5) days whose average was at least `minDailyUnits` (5) units a day. The run lasts until
 *   sales resume or the period ends.
 * Estimated lost sales = average daily units over the `priorDays` days before the stock-out × unit price
 * (paid line amount / units over those days, else over the SKU's whole window) × days out. It assumes
 * demand would have stayed at its pre-stock-out level — an estimate, labelled as such; during a peak it
 * is likely an underestimate.
 */
export interface StockoutOptions {
  readonly priorDays: number;
  readonly minDailyUnits: number;
  readonly minZeroDays: number;
  readonly range: DayRange | null;
}

export const DEFAULT_STOCKOUT_OPTIONS: StockoutOptions = {
  priorDays: 5,
  minDailyUnits: 5,
  minZeroDays: 3,
  range: null,
};

export interface Stockout {
  readonly sku: string;
  readonly source: 'inventory' | 'sales_stopped';
  readonly firstDay: Day;
  readonly lastDay: Day;
  readonly daysOut: number;
  /** Sales resumed (or stock returned) before the period ended. */
  readonly recovered: boolean;
  readonly priorDailyUnits: number | null;
  readonly unitPrice: number | null;
  readonly estimatedLostSales: number | null;
}

export interface StockoutFindings {
  readonly range: DayRange;
  /** Sorted by estimated lost sales (unknown last), then first day. */
  readonly stockouts: readonly Stockout[];
  readonly totalEstimatedLostSales: number;
  readonly skusAffected: number;
  readonly sources: readonly ('inventory' | 'sales_stopped')[];
  readonly notes: readonly LocalizedText[];
}

export function analyzeStockouts(
  data: CampaignData,
  options: Partial<StockoutOptions> = {},
): AnalysisResult<StockoutFindings> {
  const o = { ...DEFAULT_STOCKOUT_OPTIONS, ...options };
  const { lines, orders, inventory } = data;
  const hasSales = lines.sku !== null;
  if (!inventory && !hasSales) return unavailable(msg.noStockData());
  const range = o.range ?? data.campaign.period;
  const from = range.start - o.priorDays;
  const width = range.end - from + 1; // window days: priorDays before the period, then the period
  const index = new KeyIndex();
  const lineSku = lines.sku ? index.mapColumn(lines.sku) : null;
  const invSku = inventory ? index.mapColumn(inventory.sku) : null;
  const skus = index.size;

  // Daily units and amounts per SKU, sparse: (sku, day) keys sorted.
  const entries: { key: number; units: number; amount: number }[] = [];
  if (lines.sku && lineSku) {
    for (let i = 0; i < lines.size; i++) {
      const order = lines.order[i] as number;
      const d = (orders.day[order] as number) - from;
      if (d < 0 || d >= width || !isPaidStatusCode(orders.status[order] as number)) continue;
      const g = groupOfRow(lines.sku, lineSku, i);
      if (g < 0) continue;
      const q = lines.quantity ? (lines.quantity[i] as number) : 1;
      const a = lines.amount[i] as number;
      entries.push({
        key: g * width + d,
        units: Number.isFinite(q) ? q : 0,
        amount: Number.isFinite(a) ? a : 0,
      });
    }
  }
  entries.sort((a, b) => a.key - b.key);
  const salesBySku = new Map<number, { units: Float64Array; amount: Float64Array }>();
  for (const e of entries) {
    const g = Math.floor(e.key / width);
    let s = salesBySku.get(g);
    if (!s) salesBySku.set(g, (s = { units: new Float64Array(width), amount: new Float64Array(width) }));
    const d = e.key - g * width;
    s.units[d] = (s.units[d] as number) + e.units;
    s.amount[d] = (s.amount[d] as number) + e.amount;
  }

  // Inventory: out-of-stock days per SKU within the period.
  const outDays = new Map<number, Set<number>>();
  const inventorySkus = new Set<number>();
  if (inventory && invSku) {
    for (let i = 0; i < inventory.size; i++) {
      const g = groupOfRow(inventory.sku, invSku, i);
      const day = inventory.day[i] as number;
      if (g < 0 || day < range.start || day > range.end) continue;
      inventorySkus.add(g);
      if (!((inventory.stock[i] as number) <= 0)) continue;
      let set = outDays.get(g);
      if (!set) outDays.set(g, (set = new Set()));
      set.add(day - from);
    }
  }

  const stockouts: Stockout[] = [];
  const estimate = (g: number, first: number, daysOut: number) => {
    const s = salesBySku.get(g);
    if (!s) return { priorDailyUnits: null, unitPrice: null, estimatedLostSales: null };
    let units = 0;
    let amount = 0;
    for (let d = Math.max(0, first - o.priorDays); d < first; d++) {
      units += s.units[d] as number;
      amount += s.amount[d] as number;
    }
    const priorDailyUnits = units / o.priorDays;
    let unitPrice = units > 0 ? amount / units : null;
    if (unitPrice === null) {
      let allUnits = 0;
      let allAmount = 0;
      for (let d = 0; d < width; d++) {
        allUnits += s.units[d] as number;
        allAmount += s.amount[d] as number;
      }
      unitPrice = allUnits > 0 ? allAmount / allUnits : null;
    }
    return {
      priorDailyUnits,
      unitPrice,
      estimatedLostSales: unitPrice === null ? null : priorDailyUnits * unitPrice * daysOut,
    };
  };
  const push = (
    g: number,
    source: Stockout['source'],
    first: number,
    last: number,
    recovered: boolean,
  ): void => {
    const daysOut = last - first + 1;
    stockouts.push({
      sku: index.labels[g] as string,
      source,
      firstDay: (from + first) as Day,
      lastDay: (from + last) as Day,
      daysOut,
      recovered,
      ...estimate(g, first, daysOut),
    });
  };

  for (const [g, set] of outDays) {
    const days = [...set].sort((a, b) => a - b);
    let start = days[0] as number;
    let prev = start;
    for (let k = 1; k <= days.length; k++) {
      const d = days[k];
      if (d !== undefined && d === prev + 1) {
        prev = d;
        continue;
      }
      push(g, 'inventory', start, prev, prev < width - 1);
      if (d !== undefined) start = prev = d;
    }
  }

  for (let g = 0; g < skus; g++) {
    if (inventorySkus.has(g)) continue; // inventory is the better evidence for this SKU
    const s = salesBySku.get(g);
    if (!s) continue;
    const units = s.units;
    for (let d = Math.max(o.priorDays, 1); d < width; d++) {
      if ((units[d] as number) > 0 || (units[d - 1] as number) <= 0) continue;
      let prior = 0;
      for (let p = d - o.priorDays; p < d; p++) prior += units[p] as number;
      if (prior / o.priorDays < o.minDailyUnits) continue;
      let end = d;
      while (end + 1 < width && (units[end + 1] as number) <= 0) end++;
      if (end - d + 1 >= o.minZeroDays) push(g, 'sales_stopped', d, end, end < width - 1);
      d = end;
    }
  }

  stockouts.sort(
    (a, b) =>
      (b.estimatedLostSales ?? -1) - (a.estimatedLostSales ?? -1) ||
      a.firstDay - b.firstDay ||
      a.sku.localeCompare(b.sku),
  );
  const notes: LocalizedText[] = [msg.lostSalesIsEstimate()];
  if (!inventory) notes.push(msg.stockoutsFromSalesOnly(o.minZeroDays, o.priorDays, o.minDailyUnits));
  if (inventory && !hasSales) notes.push(msg.noSkuSalesForLostSales());
  const sources: Stockout['source'][] = [];
  if (inventory) sources.push('inventory');
  if (hasSales) sources.push('sales_stopped');
  return ok({
    range,
    stockouts,
    totalEstimatedLostSales: stockouts.reduce((s, x) => s + (x.estimatedLostSales ?? 0), 0),
    skusAffected: new Set(stockouts.map((x) => x.sku)).size,
    sources,
    notes,
  });
}

export const stockoutsAnalysis: AnalysisDefinition<
  'stockouts',
  StockoutOptions,
  AnalysisResult<StockoutFindings>
> = {
  id: 'stockouts',
  name: msg.analysisNames.stockouts,
  requires: {
    tables: ['orders'],
    columns: [],
    optional: ['inventory', 'orders.sku', 'orders.quantity'],
  },
  run: analyzeStockouts,
};
