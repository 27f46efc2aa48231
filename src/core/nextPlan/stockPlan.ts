import type { StockoutFindings } from '../analysis/stockouts';
import type { PhaseKind } from '../model/campaign';

/**
 * Stock and pacing for the next campaign's base scenario.
 *
 * Stock: each SKU that ran out this campaign should hold, on top of what it held, the units it could not
 * sell — its pre-stock-out daily units × days out, summed over its stock-outs — scaled by the base
 * scenario's sales ÷ this campaign's (`growth`). SKUs whose lost units are unknown are listed without a
 * number. Pacing: each phase's share of sales and its peak day's share of the phase, applied to the base
 * sales, so that stock and service are ready for the peak day.
 */
export interface StockUp {
  readonly sku: string;
  readonly stockouts: number;
  readonly daysOut: number;
  /** Units not sold this campaign; null when no stock-out of the SKU had a pre-stock-out rate. */
  readonly lostUnits: number | null;
  /** Extra units to hold for the base scenario: lost units × growth. */
  readonly extraUnits: number | null;
  readonly lostSales: number | null;
  /** The index of the SKU's first stock-out in the findings: the diagnostics sheet's row it links to. */
  readonly firstStockout: number;
}

export function stockUps(findings: StockoutFindings, growth: number): StockUp[] {
  const bySku = new Map<
    string,
    { stockouts: number; daysOut: number; units: number | null; sales: number | null; first: number }
  >();
  findings.stockouts.forEach((s, index) => {
    const row = bySku.get(s.sku) ?? { stockouts: 0, daysOut: 0, units: null, sales: null, first: index };
    row.stockouts += 1;
    row.daysOut += s.daysOut;
    if (s.priorDailyUnits !== null) row.units = (row.units ?? 0) + s.priorDailyUnits * s.daysOut;
    if (s.estimatedLostSales !== null) row.sales = (row.sales ?? 0) + s.estimatedLostSales;
    bySku.set(s.sku, row);
  });
  return [...bySku.entries()]
    .map(([sku, r]) => ({
      sku,
      stockouts: r.stockouts,
      daysOut: r.daysOut,
      lostUnits: r.units,
      extraUnits: r.units === null ? null : Math.ceil(r.units * growth),
      lostSales: r.sales,
      firstStockout: r.first,
    }))
    .sort((a, b) => (b.lostSales ?? -1) - (a.lostSales ?? -1) || a.sku.localeCompare(b.sku));
}

export interface PhasePace {
  readonly phase: PhaseKind;
  readonly days: number;
  /** The phase's share of the campaign's paid sales. */
  readonly share: number;
  /** The best day's share of the phase's sales. */
  readonly peakShare: number;
  /** Base-scenario sales of the phase and of its peak day. */
  readonly plannedSales: number;
  readonly plannedPeakDay: number;
}

export function phasePacing(
  phases: readonly { readonly phase: PhaseKind; readonly daily: readonly number[] }[],
  plannedTotal: number,
): PhasePace[] {
  const total = phases.reduce((s, p) => s + p.daily.reduce((a, v) => a + v, 0), 0);
  if (!(total > 0)) return [];
  return phases.map((p) => {
    const sales = p.daily.reduce((a, v) => a + v, 0);
    const share = sales / total;
    const peakShare = sales > 0 ? Math.max(...p.daily) / sales : 0;
    return {
      phase: p.phase,
      days: p.daily.length,
      share,
      peakShare,
      plannedSales: plannedTotal * share,
      plannedPeakDay: plannedTotal * share * peakShare,
    };
  });
}
