import { analyzeStockouts } from '../../../src/core/analysis/stockouts';
import { day, days, fixture, type OrderRow } from './support/campaignFixture';
import { okOf } from './support/okOf';

const period: [string, string] = ['2024-11-06', '2024-11-15'];

/** One paid order line per day: `units` of the SKU at `price` each. */
function sales(sku: string, from: string, daily: readonly number[], price: number): OrderRow[] {
  return days(from, daily.length).flatMap((d, i) =>
    (daily[i] as number) > 0
      ? [{ day: d, sku, quantity: daily[i] as number, amount: (daily[i] as number) * price }]
      : [],
  );
}

describe('stock-outs', () => {
  // SKU X: 10 a day from 11-01 to 11-07, none 11-08 to 11-10, 10 again from 11-11 (price 20).
  // SKU Y: 2 a day, then nothing: below the 5-a-day floor, never a stock-out.
  const x = sales('X', '2024-11-01', [10, 10, 10, 10, 10, 10, 10, 0, 0, 0, 10, 10, 10, 10, 10], 20);
  const y = sales('Y', '2024-11-01', [2, 2, 2, 2, 2, 2, 2], 5);

  it('infer a stock-out when sales stop after a steady rate, and estimate lost sales (hand-derived)', () => {
    const r = okOf(analyzeStockouts(fixture({ orders: [...x, ...y], period })));
    // prior 5 days (11-03 … 11-07) average 10 units × 20 × 3 days = 600
    expect(r.stockouts).toEqual([
      {
        sku: 'X',
        source: 'sales_stopped',
        firstDay: day('2024-11-08'),
        lastDay: day('2024-11-10'),
        daysOut: 3,
        recovered: true,
        priorDailyUnits: 10,
        unitPrice: 20,
        estimatedLostSales: 600,
      },
    ]);
    expect(r.totalEstimatedLostSales).toBe(600);
    expect(r.sources).toEqual(['sales_stopped']);
  });

  it('ignore two zero days, and unpaid orders count as no sales', () => {
    const short = sales('X', '2024-11-01', [10, 10, 10, 10, 10, 10, 10, 0, 0, 10, 10, 10, 10, 10, 10], 20);
    expect(okOf(analyzeStockouts(fixture({ orders: short, period }))).stockouts).toEqual([]);
    const unpaid = [
      ...x,
      { day: '2024-11-09', sku: 'X', quantity: 10, amount: 200, status: 'unpaid' as const },
    ];
    expect(okOf(analyzeStockouts(fixture({ orders: unpaid, period }))).stockouts).toHaveLength(1);
  });

  it('take the inventory table as evidence where it exists, runs of stock ≤ 0 being one stock-out each', () => {
    const z = sales('Z', '2024-11-01', [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], 50);
    const data = fixture({
      orders: [...x, ...z],
      period,
      inventory: [
        { sku: 'Z', day: '2024-11-12', stock: 0 },
        { sku: 'Z', day: '2024-11-13', stock: -1 },
        { sku: 'Z', day: '2024-11-14', stock: 30 },
        { sku: 'Z', day: '2024-11-15', stock: 0 },
      ],
    });
    const r = okOf(analyzeStockouts(data));
    const zs = r.stockouts.filter((s) => s.sku === 'Z');
    // Z: 4 a day × 50 over 11-07 … 11-11 → 200 a day; run 1: 2 days → 400; run 2 (11-15, to the end): 1 day → 0
    // units in the 5 days before 11-15 (11-10, 11-11 sold; 11-12 … 11-14 none) = 8 → 1.6 a day × 50 = 80.
    expect(zs.map((s) => [s.source, s.daysOut, s.estimatedLostSales, s.recovered])).toEqual([
      ['inventory', 2, 400, true],
      ['inventory', 1, 80, false],
    ]);
    expect(r.stockouts.some((s) => s.sku === 'X')).toBe(true);
    expect(r.sources).toEqual(['inventory', 'sales_stopped']);
  });

  it('is unavailable without inventory and without SKUs', () => {
    expect(analyzeStockouts(fixture({ orders: [{ day: '2024-11-06', amount: 1 }], period })).kind).toBe(
      'unavailable',
    );
  });
});
