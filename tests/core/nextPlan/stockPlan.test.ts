import type { Stockout, StockoutFindings } from '../../../src/core/analysis/stockouts';
import { phasePacing, stockUps } from '../../../src/core/nextPlan/stockPlan';
import type { Day } from '../../../src/core/model/day';

const out = (
  sku: string,
  daysOut: number,
  priorDailyUnits: number | null,
  lost: number | null,
): Stockout => ({
  sku,
  source: 'inventory',
  firstDay: 0 as Day,
  lastDay: (daysOut - 1) as Day,
  daysOut,
  recovered: true,
  priorDailyUnits,
  unitPrice: 10,
  estimatedLostSales: lost,
});

describe('stock and pacing', () => {
  it('stocks up each SKU by its lost units scaled to the base scenario', () => {
    const findings = {
      stockouts: [out('A', 3, 10, 300), out('B', 2, null, null), out('A', 1, 6, 60)],
    } as unknown as StockoutFindings;
    const [a, b] = stockUps(findings, 1.1);
    // A: 10 × 3 + 6 × 1 = 36 units lost; × 1.1 = 39.6 → 40.
    expect(a).toEqual({
      sku: 'A',
      stockouts: 2,
      daysOut: 4,
      lostUnits: 36,
      extraUnits: 40,
      lostSales: 360,
      firstStockout: 0,
    });
    // B's row links to its stock-out, the second of the findings.
    expect(b).toMatchObject({ sku: 'B', lostUnits: null, extraUnits: null, firstStockout: 1 });
  });

  it('paces each phase by its share and its peak day', () => {
    const [warm, peak] = phasePacing(
      [
        { phase: 'warmup', daily: [10, 20, 10] },
        { phase: 'peak', daily: [60] },
      ],
      200,
    );
    expect(warm).toMatchObject({ share: 0.4, peakShare: 0.5, plannedSales: 80, plannedPeakDay: 40 });
    expect(peak).toMatchObject({ share: 0.6, peakShare: 1, plannedSales: 120, plannedPeakDay: 120 });
  });
});
