import { parseRange } from '../../../src/core/plan/a1';
import { planChannelsSheet } from '../../../src/core/plan/sheets/channelsSheet';
import { cellAt, evaluateFormula, formulaCells } from '../../support/planCells';
import { sampleReport } from './samplePipeline';

describe('the channels sheet', () => {
  const { report, sample } = sampleReport('zh-CN');
  const { sheet, anchors } = planChannelsSheet(report, 'zh-CN');

  it('lists every channel of the sample campaign', () => {
    const table = sheet.tables.find((t) => t.name === 'Fupan_Channels')!;
    expect(parseRange(table.range).rows - 1).toBe(report.byChannel.length);
    expect(report.byChannel.length).toBe(8);
  });

  it('evaluates every formula (ratios, shares, ranks) to the engine’s value', () => {
    const formulas = formulaCells(sheet);
    expect(formulas.length).toBeGreaterThan(40);
    for (const { address, formula, value } of formulas) {
      expect({ address, got: evaluateFormula(sheet, formula) }).toEqual({
        address,
        got: typeof value === 'number' ? expect.closeTo(value, 9) : value,
      });
    }
  });

  it('ranks the best channel of the sample first by ROAS', () => {
    const best = sample.truth.bestChannel;
    const key = best.trim().toLowerCase();
    const roas = cellAt(sheet, anchors[`channel.${key}.roas`]!) as { formula: string };
    expect(roas.formula).toMatch(/^=[A-Z]+\d+\/[A-Z]+\d+$/);
    const rankAddress = anchors[`channel.${key}.share`]!.replace(/^([A-Z]+)/, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 1),
    );
    expect(evaluateFormula(sheet, (cellAt(sheet, rankAddress) as { formula: string }).formula)).toBe(1);
  });

  it('draws ROAS as a bar chart and the sales share as a doughnut', () => {
    expect(sheet.charts.map((c) => c.type)).toEqual(['barClustered', 'doughnut']);
  });
});
