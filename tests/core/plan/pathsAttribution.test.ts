import { analyzeCampaign } from '../../../src/core/analyze';
import { planDiagnosticsSheet } from '../../../src/core/plan/sheets/diagnosticsSheet';
import { ANALYSIS_ANCHORS as A } from '../../../src/core/retro/analysisAnchors';
import { retroFacts } from '../../../src/core/retro/retroFacts';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import type { RawTable } from '../../../src/core/model/raw';
import { shown, tableRows } from './planAssertions';

const PATHS: RawTable = {
  source: { sheet: '路径汇总', headerRow: 1, firstColumn: 0 },
  header: ['路径', '转化数', '转化金额', '未转化数'],
  rows: [
    ['搜索 → 直播', 2, 200, 1],
    ['直播', 1, 50, 2],
    ['搜索 → 短信 → 直播', 1, 100, 0],
  ],
};

describe('a campaign whose journeys come as a paths table', () => {
  const sample = generateSampleCampaign({ locale: 'zh-CN', orders: 5_000 });
  const tables = [...sample.sheets.filter((s) => s.kind !== 'touchpoints').map((s) => s.table), PATHS];
  const { analysis } = analyzeCampaign(tables);
  if (!analysis) throw new Error('the sample did not analyse');

  it('gets an attribution table on the diagnostics sheet with the five untimed models, summing to 4', () => {
    const { sheet, anchors } = planDiagnosticsSheet(analysis, 'zh-CN');
    const table = sheet.tables.find((t) => t.name === 'Fupan_Diag_Attribution');
    expect(table).toBeDefined();
    const rows = tableRows(sheet, 'Fupan_Diag_Attribution');
    expect(rows.map((r) => r[0])).toEqual(['搜索', '直播', '短信', expect.any(String)]);
    const total = rows[rows.length - 1]!;
    expect(total.slice(1)).toEqual([4, 4, 4, 4, 4].map((n) => expect.closeTo(n, 9)));
    expect(total).toHaveLength(1 + 5);
    expect(shown(sheet, anchors[A.attribution('first_touch', '搜索')]!)).toBeCloseTo(3, 12);
    expect(anchors[A.attribution('time_decay', '搜索')]).toBeUndefined();
  });

  it('gets the attribution sentence in the retro', () => {
    const fact = retroFacts(analysis).find((f) => f.source?.anchor === A.attribution('markov', '直播'));
    expect(fact?.text['zh-CN']).toMatch(/^归因（7 条路径，4 次转化）/);
  });
});
