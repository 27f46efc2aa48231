import { parseCampaignLabel } from '../../../src/core/ingest/tables/campaign/labelValue/campaignLabels';
import { parseDayRange } from '../../../src/core/ingest/parse/dayRange';
import type { IngestResult } from '../../../src/core/model/campaign';
import { dayFromYmd, isoDay, type Day } from '../../../src/core/model/day';
import type { CellValue, RawTable } from '../../../src/core/model/raw';
import { ordersSheet, rejections, run, warningCodes } from './fixtures';
import { rawTable } from './rawTable';

const ORDERS = ordersSheet([
  ['A1', 'u1', '2025-11-10 10:00', '2025-11-10 10:01', 100, '交易成功', 'S1', 1],
  ['A2', 'u2', '2025-12-02 10:00', '2025-12-02 10:01', 200, '交易成功', 'S2', 1],
  ['A3', 'u3', '2025-12-11 10:00', '2025-12-11 10:01', 300, '交易成功', 'S2', 1],
]);

/** A label–value block as a host hands it over: its first pair in the header row. */
function block(sheet: string, pairs: readonly (readonly CellValue[])[], firstRow = 1): RawTable {
  return {
    ...rawTable(sheet, pairs[0] ?? [], pairs.slice(1), firstRow),
    source: { sheet, headerRow: firstRow, firstColumn: 0, block: `A${firstRow}` },
  };
}

const ymd = (y: number, m: number, d: number): Day => dayFromYmd(y, m, d);
const phases = (result: IngestResult) =>
  result.data!.campaign.phases.map((p) => [p.kind, isoDay(p.start), isoDay(p.end)]);

describe('campaign labels', () => {
  test.each([
    ['活动名称', { fact: 'name' }],
    ['负责人：', { fact: 'owner' }],
    ['Owner', { fact: 'owner' }],
    ['开始日期', { fact: 'dates', item: 'campaign', part: 'start' }],
    ['活动开始', { fact: 'dates', item: 'campaign', part: 'start' }],
    ['结束日期', { fact: 'dates', item: 'campaign', part: 'end' }],
    ['活动周期', { fact: 'dates', item: 'campaign', part: 'range' }],
    ['基准期', { fact: 'dates', item: 'baseline', part: 'range' }],
    ['基准期开始', { fact: 'dates', item: 'baseline', part: 'start' }],
    ['基准期结束', { fact: 'dates', item: 'baseline', part: 'end' }],
    ['预热期', { fact: 'dates', item: 'warmup', part: 'range' }],
    ['Warm-up Start', { fact: 'dates', item: 'warmup', part: 'start' }],
    ['Baseline Period', { fact: 'dates', item: 'baseline', part: 'range' }],
    ['Campaign Name', { fact: 'name' }],
    ['Start Date', { fact: 'dates', item: 'campaign', part: 'start' }],
  ])('reads %s', (label, meaning) => {
    expect(parseCampaignLabel(label)).toEqual(meaning);
  });

  test.each(['预算', 'Budget', '', '备注'])('does not know %p', (label) => {
    expect(parseCampaignLabel(label)).toBeNull();
  });
});

describe('day ranges in one cell', () => {
  const range = (cell: CellValue) => {
    const r = parseDayRange(cell);
    return r.ok && r.value !== null ? [isoDay(r.value.start), isoDay(r.value.end)] : r;
  };

  test.each([
    ['2025-11-01 ~ 2025-11-30'],
    ['2025/11/01至2025/11/30'],
    ['2025-11-01 - 2025-11-30'],
    ['2025-11-01-2025-11-30'],
    ['2025年11月1日—2025年11月30日'],
    ['2025-11-01 to 2025-11-30'],
    ['2025-11-01～2025-11-30'],
  ])('reads %s', (text) => {
    expect(range(text)).toEqual(['2025-11-01', '2025-11-30']);
  });

  test('reads one date, or an Excel date, as a one-day range', () => {
    expect(range('2025-12-12')).toEqual(['2025-12-12', '2025-12-12']);
    expect(range(46003)).toEqual(['2025-12-12', '2025-12-12']);
  });

  test('says what is not a range', () => {
    expect(parseDayRange('soon ~ later')).toEqual({
      ok: false,
      problem: { code: 'not_a_date', value: 'soon ~ later' },
    });
    expect(parseDayRange('  ')).toEqual({ ok: true, value: null });
  });
});

describe('a label–value block of campaign facts', () => {
  test('gives the name, owner, period, baseline and phases (Chinese labels)', () => {
    const result = run([
      ORDERS,
      block(
        '活动信息',
        [
          ['活动名称', '双12'],
          ['负责人', '王芳'],
          ['开始日期', '2025-12-01'],
          ['结束日期', '2025-12-12'],
          ['基准期', '2025-11-01 ~ 2025-11-30'],
          ['预热期', '2025-12-01 ~ 2025-12-07'],
          ['爆发期', '2025-12-08 ~ 2025-12-12'],
        ],
        3,
      ),
    ]);
    const campaign = result.data!.campaign;
    expect(campaign).toMatchObject({
      name: '双12',
      owner: '王芳',
      period: { start: ymd(2025, 12, 1), end: ymd(2025, 12, 12) },
      baseline: { start: ymd(2025, 11, 1), end: ymd(2025, 11, 30) },
      periodSource: 'table',
    });
    expect(phases(result)).toEqual([
      ['warmup', '2025-12-01', '2025-12-07'],
      ['peak', '2025-12-08', '2025-12-12'],
    ]);
    expect(warningCodes(result)).not.toContain('period_from_orders');
    const table = result.tables.find((t) => t.kind === 'campaign');
    expect(table).toMatchObject({ layout: 'labelValue', rowsRead: 7, rowsUsed: 7, rowsRejected: 0 });
    expect(table?.source.block).toBe('A3');
  });

  test('gives them from English labels, Excel dates, start/end rows and a start | end pair', () => {
    const result = run([
      ORDERS,
      block('Campaign', [
        ['Campaign Name', 'Double 12'],
        ['Start Date', 46357],
        ['End Date', 46368],
        ['Baseline Start', '2025-11-01'],
        ['Baseline End', '2025-11-30'],
        ['Warm-up', '2025-12-01', '2025-12-07'],
      ]),
    ]);
    expect(result.data!.campaign).toMatchObject({
      name: 'Double 12',
      period: { start: ymd(2026, 12, 1), end: ymd(2026, 12, 12) },
      baseline: { start: ymd(2025, 11, 1), end: ymd(2025, 11, 30) },
    });
    expect(phases(result)).toEqual([['warmup', '2025-12-01', '2025-12-07']]);
    expect(result.rejected).toEqual([]);
  });

  test('accounts for every row: unknown labels, empty values, repeats, half ranges and bad dates are rejected', () => {
    const result = run([
      ORDERS,
      block(
        '活动信息',
        [
          ['活动名称', '双12'],
          ['预算', '100万'],
          ['负责人', null],
          ['活动名称', '双十二'],
          ['开始日期', '2025-12-01'],
          ['基准期开始', '2025-11-01'],
          ['结束日期', '2025-12-12'],
          ['预热期', 'soon'],
          ['收尾期', '2025-12-14 ~ 2025-12-13'],
        ],
        2,
      ),
    ]);
    expect(rejections(result)).toEqual([
      [3, 'unknown_label'],
      [4, 'missing_value'],
      [5, 'duplicate_label'],
      [7, 'missing_value'],
      [9, 'not_a_date'],
      [10, 'end_before_start'],
    ]);
    const table = result.tables.find((t) => t.kind === 'campaign')!;
    expect(table.rowsRead).toBe(table.rowsUsed + table.rowsRejected);
    expect(table.rowsRead).toBe(9);
    expect(result.data!.campaign.period).toEqual({ start: ymd(2025, 12, 1), end: ymd(2025, 12, 12) });
    expect(result.data!.campaign.baseline).toBeNull();
    const half = result.rejected.find((r) => r.row === 7)!;
    expect(half.reason['zh-CN']).toContain('基准期开始');
    expect(half.reason['en-US']).toContain('no matching end date');
  });

  test('gives way to an earlier calendar table, whose Campaign row wins', () => {
    const calendar = rawTable(
      '节奏',
      ['阶段', '开始日期', '结束日期'],
      [['活动', '2025-12-02', '2025-12-11']],
    );
    const result = run([
      ORDERS,
      calendar,
      block('活动信息', [
        ['活动周期', '2025-12-01 ~ 2025-12-12'],
        ['预热期', '2025-12-01 ~ 2025-12-01'],
      ]),
    ]);
    expect(result.data!.campaign.period).toEqual({ start: ymd(2025, 12, 2), end: ymd(2025, 12, 11) });
    expect(rejections(result)).toEqual([[1, 'duplicate_period']]);
    expect(phases(result)).toEqual([['warmup', '2025-12-01', '2025-12-01']]);
  });

  test('rejects both rows of a start/end pair the calendar refuses', () => {
    const result = run([
      ORDERS,
      block('活动信息', [
        ['活动周期', '2025-12-01 ~ 2025-12-12'],
        ['活动开始', '2025-12-02'],
        ['活动结束', '2025-12-11'],
      ]),
    ]);
    expect(rejections(result)).toEqual(
      [
        [3, 'duplicate_period'],
        [2, 'duplicate_period'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
  });

  test('a calendar table with a header row is still read as a table', () => {
    const result = run([
      ORDERS,
      rawTable(
        '节奏',
        ['阶段', '开始日期', '结束日期'],
        [
          ['预热期', '2025-12-01', '2025-12-07'],
          ['爆发期', '2025-12-08', '2025-12-12'],
        ],
      ),
    ]);
    expect(result.tables.find((t) => t.kind === 'campaign')?.layout).toBeUndefined();
    expect(result.data!.campaign.period).toEqual({ start: ymd(2025, 12, 1), end: ymd(2025, 12, 12) });
  });

  test('the user can pick a block as campaign facts, and tell blocks of one sheet apart', () => {
    const facts = block('Sheet1', [
      ['Promo', 'Winter'],
      ['From', '2025-12-01'],
      ['To', '2025-12-12'],
    ]);
    const other = block(
      'Sheet1',
      [
        ['开始日期', '2025-12-03'],
        ['结束日期', '2025-12-04'],
      ],
      9,
    );
    const result = run([ORDERS, facts, other], {
      tables: [
        { sheet: 'Sheet1', block: 'A1', kind: 'campaign', layout: 'labelValue' },
        { sheet: 'Sheet1', block: 'A9', kind: 'ignore' },
      ],
    });
    expect(result.data!.campaign.period).toEqual({ start: ymd(2025, 12, 1), end: ymd(2025, 12, 12) });
    expect(rejections(result)).toEqual([[1, 'unknown_label']]);
    expect(result.tables.filter((t) => t.kind === 'campaign')).toHaveLength(1);
    expect(warningCodes(result)).not.toContain('override_source_missing');
  });

  test('a block that is not read is named by its address', () => {
    const result = run([
      ORDERS,
      block(
        '活动信息',
        [
          ['阶段', '日期'],
          ['预热期', '12-01'],
        ],
        9,
      ),
    ]);
    const warning = result.warnings.find((w) => w.code === 'table_unrecognised')!;
    expect(warning.text['en-US']).toContain('The block at A9 on sheet "活动信息"');
    expect(warning.text['zh-CN']).toContain('工作表「活动信息」中从 A9 开始的区域');
  });

  test('a block named only as kind campaign is read the way it is laid out', () => {
    const result = run(
      [
        ORDERS,
        block('Sheet1', [
          ['开始日期', '2025-12-01'],
          ['结束日期', '2025-12-12'],
        ]),
      ],
      { tables: [{ sheet: 'Sheet1', kind: 'campaign' }] },
    );
    expect(result.data!.campaign.periodSource).toBe('table');
  });
});
