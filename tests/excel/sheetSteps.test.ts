import type { SheetPlan } from '../../src/core/plan/types';
import { sheetSteps } from '../../src/excel/sheetSteps';
import { packUnits, splitUnit } from '../../src/excel/units';

function sheet(rows: number): SheetPlan {
  return {
    key: 'quality',
    name: 'Q',
    showGridlines: true,
    columnWidths: [],
    blocks: [
      {
        row: 1,
        col: 0,
        cells: Array.from({ length: rows }, (_, i) => [
          `row ${i}`,
          i,
          { kind: 'formula', formula: `=B${i + 2}*2`, value: i * 2 },
        ]),
      },
    ],
    formats: [{ range: `B2:B${rows + 1}`, numberFormat: '0.00', style: { bold: true } }],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    notes: [],
  };
}

describe('packing a sheet into syncs', () => {
  it('puts a small sheet in one unit, values before formats before the rest', () => {
    const { steps } = sheetSteps(sheet(100));
    const units = packUnits(steps);
    expect(units).toHaveLength(1);
    expect(units[0]?.steps.map((s) => s.kind)).toEqual(['cells', 'numberFormat', 'style', 'decorations']);
  });

  it('slices a large block by rows so that no unit exceeds the budget', () => {
    const budget = 50_000;
    const { steps } = sheetSteps(sheet(5_000));
    const units = packUnits(steps, budget);
    expect(units.length).toBeGreaterThanOrEqual(3);
    expect(units.every((u) => u.bytes <= budget)).toBe(true);
    expect(units.slice(0, -1).every((u) => u.bytes > 0.9 * budget)).toBe(true);
    const rows = units
      .flatMap((u) => u.steps)
      .filter((s) => s.kind === 'cells')
      .reduce((n, s) => n + (s.kind === 'cells' ? s.inputs.length : 0), 0);
    expect(rows).toBe(5_000);
  });

  it('halves a refused unit down to a single row, and no further', () => {
    const { steps } = sheetSteps(sheet(3));
    const cells = packUnits(steps.filter((s) => s.kind === 'cells'));
    const halves = cells[0] && splitUnit(cells[0]);
    expect(halves?.map((u) => u.steps[0])).toMatchObject([
      {
        kind: 'cells',
        row: 1,
        inputs: [
          ["'row 0", 0, '=B2*2'],
          ["'row 1", 1, '=B3*2'],
        ],
      },
      { kind: 'cells', row: 3, inputs: [["'row 2", 2, '=B4*2']] },
    ]);
    expect(halves?.[1] && splitUnit(halves[1])).toBeUndefined();
  });

  it('writes every string with an apostrophe, so Excel keeps it as text', () => {
    const { steps } = sheetSteps(sheet(1));
    expect(steps[0]).toMatchObject({ kind: 'cells', formulas: true, inputs: [["'row 0", 0, '=B2*2']] });
  });
});
