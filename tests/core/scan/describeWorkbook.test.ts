import { ingest } from '../../../src/core/ingest';
import { describeWorkbook } from '../../../src/core/scan/describeWorkbook';
import { ordersSheet } from '../ingest/fixtures';
import { rawTable } from '../ingest/rawTable';

const ORDERS = ordersSheet([['A1', 'u1', '2023-11-10 10:00', '2023-11-10 10:01', 100, '交易成功', 'S1', 1]]);
const PATHS = rawTable('路径', ['路径', '转化数'], [['搜索 > 直播', 3]]);
const TOUCHES = rawTable('触点', ['用户路径ID', '触点时间', '渠道'], [['p1', '2023-11-10 10:00', '搜索']]);

function missingKinds(tables: Parameters<typeof ingest>[0]): string[] {
  return describeWorkbook(tables, ingest(tables)).missing.map((m) => m.kind);
}

describe('what a workbook is missing', () => {
  test('without journeys, both the touchpoints and the paths table are listed, each with what it unlocks', () => {
    const tables = [ORDERS];
    const missing = describeWorkbook(tables, ingest(tables)).missing;
    expect(missing.map((m) => m.kind)).toEqual(expect.arrayContaining(['touchpoints', 'paths']));
    expect(missing.find((m) => m.kind === 'paths')?.unlocks['en-US']).toMatch(/paths table.*attribution/);
  });

  test('a paths table makes the touchpoints table not worth listing, and the other way round', () => {
    expect(missingKinds([ORDERS, PATHS])).not.toContain('touchpoints');
    expect(missingKinds([ORDERS, PATHS])).not.toContain('paths');
    expect(missingKinds([ORDERS, TOUCHES])).not.toContain('paths');
    expect(missingKinds([ORDERS, TOUCHES])).toContain('traffic');
  });
});
