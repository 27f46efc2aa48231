import { analyzeCampaign } from '../../../src/core/analyze';
import { timestampFromNumber } from '../../../src/core/ingest/parse/dateTime';
import { MAX_PERIOD_DAYS } from '../../../src/core/ingest/read/dateWindow';
import { dayFromYmd, isoDay, MS_PER_DAY, rangeLength, type Day } from '../../../src/core/model/day';
import type { CellValue } from '../../../src/core/model/raw';
import { ordersSheet, rejections, run, warningCodes } from '../ingest/fixtures';
import { rawTable } from '../ingest/rawTable';

/** Thirty ordinary orders over three days of November 2023, then whatever rows the case adds. */
function orders(extra: (readonly CellValue[])[]) {
  const rows: (readonly CellValue[])[] = [];
  for (let i = 0; i < 30; i++) {
    const day = `2023-11-${10 + (i % 3)} 10:00`;
    rows.push([`A${i}`, `c${i}`, day, day, 100 + i, '已付款', 'SKU1', 1]);
  }
  return ordersSheet([...rows, ...extra]);
}

describe('a far-off date cannot stretch the campaign period', () => {
  test.each<[string, CellValue]>([
    ['9999-12-31 as text', '9999-12-31'],
    ['serial 2958465 (9999-12-31)', 2_958_465],
    ['1900-01-01 as text', '1900-01-01'],
    ['serial 1', 1],
  ])('%s is a rejected row with its reason, and the period stays in 2023', (_name, far) => {
    const result = run([orders([['Z1', 'cz', far, null, 50, '已付款', 'SKU1', 1]])]);
    const campaign = result.data!.campaign;
    expect(campaign.periodSource).toBe('orders');
    expect([isoDay(campaign.period.start), isoDay(campaign.period.end)]).toEqual([
      '2023-11-10',
      '2023-11-12',
    ]);
    expect(rejections(result)).toEqual([[32, 'date_out_of_range']]);
    const reason = result.rejected[0]!.reason;
    expect(reason['en-US']).toMatch(/far from the rest of the data/);
    expect(reason['zh-CN']).toMatch(/远离其余数据/);
    const table = result.tables[0]!;
    expect(table.rowsRead).toBe(table.rowsUsed + table.rowsRejected);
    expect(table.rowsRejected).toBe(1);
  });

  test('a far-off pay time rejects its row too', () => {
    const result = run([orders([['Z1', 'cz', '2023-11-11', '9999-12-31', 50, '已付款', 'SKU1', 1]])]);
    expect(rejections(result)).toEqual([[32, 'date_out_of_range']]);
    expect(rangeLength(result.data!.campaign.period)).toBe(3);
  });

  test('the whole analysis of such a file stays small (it took 4.4 GB before)', () => {
    const before = process.memoryUsage().heapUsed;
    const result = analyzeCampaign([orders([['Z1', 'cz', '9999-12-31', null, 50, '已付款', 'SKU1', 1]])]);
    expect(result.ingest.data).not.toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  test('a calendar period longer than the limit is not used, with a warning', () => {
    const calendar = rawTable(
      '活动节奏',
      ['阶段', '名称', '开始日期', '结束日期'],
      [['活动', '千年', '1900-01-01', '9999-12-31']],
    );
    const result = run([orders([]), calendar]);
    expect(warningCodes(result)).toContain('period_too_long');
    expect(result.data!.campaign.periodSource).toBe('orders');
    expect(rangeLength(result.data!.campaign.period)).toBeLessThanOrEqual(MAX_PERIOD_DAYS);
  });

  test('a baseline or phase far from the period is not used: the days between would be series too', () => {
    const calendar = rawTable(
      '活动节奏',
      ['阶段', '名称', '开始日期', '结束日期'],
      [
        ['活动', '双11', '2023-11-10', '2023-11-12'],
        ['基准期', null, '9999-12-01', '9999-12-31'],
        ['预热期', null, '1900-01-01', '1900-01-05'],
      ],
    );
    const result = run([orders([]), calendar]);
    expect(warningCodes(result).filter((c) => c === 'period_too_long')).toHaveLength(2);
    expect(result.data!.campaign.baseline).toBeNull();
    expect(result.data!.campaign.phases).toEqual([]);
    expect(isoDay(result.data!.campaign.period.start)).toBe('2023-11-10');
  });

  test('a settings period longer than the limit is not used, with a warning', () => {
    const period = { start: dayFromYmd(1900, 1, 1), end: dayFromYmd(9999, 12, 31) };
    const result = run([orders([])], { campaign: { period } });
    expect(warningCodes(result)).toContain('period_too_long');
    expect(result.data!.campaign.periodSource).toBe('orders');
  });
});

describe('Excel serials', () => {
  test('serial 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01 (the fake 29 February skipped)', () => {
    const day = (serial: number) => isoDay(Math.floor(timestampFromNumber(serial) / MS_PER_DAY) as Day);
    expect(day(1)).toBe('1900-01-01');
    expect(day(59)).toBe('1900-02-28');
    expect(day(61)).toBe('1900-03-01');
    expect(day(45000)).toBe('2023-03-15');
  });
});
