import { parseRange } from '../../../src/core/plan/a1';
import { planTrendSheet } from '../../../src/core/plan/sheets/trendSheet';
import { cellAt, evaluateFormula, formulaCells } from '../../support/planCells';
import { sampleReport } from './samplePipeline';

describe('the trend sheet', () => {
  const { report } = sampleReport('en-US');
  const { sheet, anchors } = planTrendSheet(report, 'en-US');

  it('has one row per day of the baseline and the campaign', () => {
    const daily = sheet.tables.find((t) => t.name === 'Fupan_Trend_Daily')!;
    expect(parseRange(daily.range).rows - 1).toBe(report.byDay.length);
    expect(report.byDay.length).toBe(60);
  });

  it('evaluates every formula to the engine’s value', () => {
    const formulas = formulaCells(sheet);
    expect(formulas.length).toBeGreaterThan(100);
    for (const { address, formula, value } of formulas) {
      expect({ address, got: evaluateFormula(sheet, formula) }).toEqual({
        address,
        got: typeof value === 'number' ? expect.closeTo(value, 9) : value,
      });
    }
  });

  it('draws GMV and orders as lines and UV as columns with CVR as a line on the secondary axis', () => {
    const [gmv, uv] = sheet.charts;
    expect(gmv?.type).toBe('line');
    expect(gmv?.series.map((s) => s.axis)).toEqual(['primary', 'secondary']);
    expect(uv?.type).toBe('columnClustered');
    expect(uv?.series[1]).toMatchObject({ type: 'line', axis: 'secondary' });
    const values = parseRange(uv!.series[0]!.values);
    expect(values.rows).toBe(60);
  });

  it('gives each phase its share of GMV, the shares summing to one', () => {
    const shares = report.byPhase.map(
      (p) =>
        evaluateFormula(
          sheet,
          (cellAt(sheet, anchors[`phase.${p.kind}.share`]!) as { formula: string }).formula,
        ) as number,
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('the trend sheet’s number formats', () => {
  it('formats each daily column by what it holds: dates, money, counts', () => {
    const { report } = sampleReport('en-US');
    const { sheet } = planTrendSheet(report, 'en-US');
    const daily = sheet.tables.find((t) => t.name === 'Fupan_Trend_Daily')!;
    const { row } = parseRange(daily.range);
    const formatOf = (col: string) =>
      sheet.formats
        .filter((f) => f.numberFormat && f.range.startsWith(`${col}${row + 2}:`))
        .map((f) => f.numberFormat);
    expect(formatOf('A')).toEqual(['yyyy-mm-dd']);
    expect(formatOf('B')).toEqual([]);
    expect(formatOf('D')[0]).toContain('¥');
    expect(formatOf('F')).toEqual(['#,##0']);
  });
});
