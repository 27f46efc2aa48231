import { recogniseTable } from '../../../src/core/ingest/headers/recogniseTable';
import { pathSeparator, pathSteps } from '../../../src/core/ingest/parse/pathSteps';
import type { PathsTable } from '../../../src/core/model/campaign';
import { ordersSheet, rejections, run } from './fixtures';
import { rawTable } from './rawTable';

const ORDERS = ordersSheet([['A1', 'u1', '2023-11-10 10:00', '2023-11-10 10:01', 100, '交易成功', 'S1', 1]]);
const CA_HEADER = ['path', 'total_conversions', 'total_conversion_value', 'total_null'];

/** Each row of a paths table as [steps joined by '|', conversions, value, nulls]. */
function rows(paths: PathsTable): [string, number, number | null, number | null][] {
  return Array.from({ length: paths.size }, (_, i) => [
    Array.from(paths.steps.subarray(paths.offsets[i], paths.offsets[i + 1]), (c) => paths.channels[c]).join(
      '|',
    ),
    paths.conversions[i] as number,
    paths.value ? (paths.value[i] as number) : null,
    paths.nulls ? (paths.nulls[i] as number) : null,
  ]);
}

describe('recognising a paths table', () => {
  const source = { sheet: 'Sheet1', headerRow: 1, firstColumn: 0 };

  test.each([
    [CA_HEADER],
    [['路径', '转化数', '转化金额', '未转化数']],
    [['Path', 'Conversions', 'Conversion Value', 'Non-conversions']],
    [['转化路径', '转化次数', '未转化']],
    [['path', 'total_conversions']],
    [['MCF Channel Grouping Path', 'Conversions', 'Conversion Value']],
  ])('takes %j for a paths table, never for orders', (header) => {
    const r = recogniseTable({ header, source });
    expect(r.kind).toBe('paths');
    expect(r.columns).toMatchObject({ path: 0, conversions: 1 });
  });

  test('a touchpoints table with a conversion column stays a touchpoints table', () => {
    const r = recogniseTable({ header: ['用户路径ID', '触点时间', '渠道', '转化'], source });
    expect(r.kind).toBe('touchpoints');
  });

  test('a GA4 traffic-acquisition export (channel group, sessions, conversions) is not a paths table', () => {
    const header = ['Session default channel group', 'Sessions', 'Conversions', 'Total revenue'];
    expect(recogniseTable({ header, source }).kind).not.toBe('paths');
  });

  test('maps the ChannelAttribution columns to their fields', () => {
    expect(recogniseTable({ header: CA_HEADER, source }).columns).toEqual({
      path: 0,
      conversions: 1,
      value: 2,
      nulls: 3,
    });
  });

  test('a paths-only workbook is read as paths, not turned away as an orders table', () => {
    const result = run([rawTable('Sheet1', CA_HEADER, [['a > b', 3, 30, 2]])]);
    expect(result.tables.map((t) => t.kind)).toEqual(['paths']);
    expect(result.warnings.map((w) => w.code)).not.toContain('table_unrecognised');
    expect(result.tables[0]).toMatchObject({ rowsRead: 1, rowsUsed: 1, rowsRejected: 0 });
  });
});

describe('path separators', () => {
  test.each([
    ['a > b > c', '>'],
    ['a>b', '>'],
    ['a → b', '→'],
    ['a -> b', '->'],
    ['a,b', ','],
  ])('%s is split at %s', (path, sep) => {
    expect(pathSeparator([path])).toBe(sep);
    expect(pathSteps(path, pathSeparator([path]))).toEqual(path.includes('c') ? ['a', 'b', 'c'] : ['a', 'b']);
  });

  test('one separator per table: the most common, so a comma inside a channel name survives', () => {
    const sep = pathSeparator(['Paid, Brand > Email', 'Email > Social', 'Social']);
    expect(sep).toBe('>');
    expect(pathSteps('Paid, Brand > Email', sep)).toEqual(['Paid, Brand', 'Email']);
  });

  test('a run of arrows is one separator (pychattr writes "A >>> B")', () => {
    expect(pathSteps('A >>> B >>> A', pathSeparator(['A >>> B >>> A']))).toEqual(['A', 'B', 'A']);
  });

  test('"Direct × 3" (Google Analytics) is three Direct steps; "× 0" is an empty step', () => {
    expect(pathSteps('Organic Search × 2 > Direct', '>')).toEqual([
      'Organic Search',
      'Organic Search',
      'Direct',
    ]);
    expect(pathSteps('Direct ×3', '>')).toEqual(['Direct', 'Direct', 'Direct']);
    expect(pathSteps('Box', '>')).toEqual(['Box']);
    expect(pathSteps('a × 0 > b', '>')).toBeNull();
  });

  test('arrows are interchangeable within a table', () => {
    expect(pathSteps('a -> b → c', pathSeparator(['a > b', 'a -> b → c']))).toEqual(['a', 'b', 'c']);
  });

  test('no separator anywhere: every path is one step', () => {
    expect(pathSeparator(['Email', 'Social'])).toBeNull();
    expect(pathSteps('Email', null)).toEqual(['Email']);
  });

  test('an empty step makes the path unreadable', () => {
    expect(pathSteps('a > > b', '>')).toBeNull();
    expect(pathSteps('a >', '>')).toBeNull();
  });
});

describe('reading a paths table', () => {
  test('reads steps, counts, value and nulls; empty value and nulls read as 0', () => {
    const result = run([
      ORDERS,
      rawTable('路径', CA_HEADER, [
        ['Search > Social > Email', 3, '1,200', 5],
        ['Email', 0, 0, 4],
        ['Social -> x', 1, null, null],
      ]),
    ]);
    expect(rejections(result)).toEqual([]);
    expect(rows(result.data!.paths!)).toEqual([
      ['Search|Social|Email', 3, 1200, 5],
      ['Email', 0, 0, 4],
      // The table's separator is '>': the arrow '->' of the third row means the same.
      ['Social|x', 1, 0, 0],
    ]);
  });

  test('zh headers with a → separator', () => {
    const result = run([
      ORDERS,
      rawTable(
        '归因',
        ['路径', '转化数', '转化金额', '未转化数'],
        [
          ['搜索 → 直播 → 短信', 2, 300, 1],
          ['直播', 1, 99, 0],
        ],
      ),
    ]);
    expect(rows(result.data!.paths!)).toEqual([
      ['搜索|直播|短信', 2, 300, 1],
      ['直播', 1, 99, 0],
    ]);
    expect(result.data!.paths!.channels).toEqual(['搜索', '直播', '短信']);
  });

  test('rejects empty paths, empty steps, negative and unreadable numbers, with sheet, row, column', () => {
    const result = run([
      ORDERS,
      rawTable('paths', CA_HEADER, [
        ['a > b', 1, 10, 1], // row 2 ok
        ['', 1, 10, 1], // 3 empty path
        ['a > > b', 1, 10, 1], // 4 empty step
        ['a', -1, 10, 1], // 5 negative conversions
        ['a', 1, 10, -2], // 6 negative nulls
        ['a', 'many', 10, 1], // 7 not a number
        ['b', null, 10, 1], // 8 conversions missing
        ['a > b', 1, 10, 1], // 9 duplicate of row 2
        ['b', 2, -5, 0], // 10 negative value
      ]),
    ]);
    expect(rejections(result)).toEqual([
      [3, 'missing_value'],
      [4, 'empty_path_step'],
      [5, 'negative_value'],
      [6, 'negative_value'],
      [7, 'not_a_number'],
      [8, 'missing_value'],
      [9, 'duplicate_row'],
      [10, 'negative_value'],
    ]);
    const byRow = new Map(result.rejected.map((r) => [r.row, r]));
    expect(byRow.get(4)).toMatchObject({ kind: 'paths', sheet: 'paths', column: 'path' });
    expect(byRow.get(6)).toMatchObject({ column: 'total_null' });
    expect(byRow.get(10)).toMatchObject({ column: 'total_conversion_value' });
    expect(byRow.get(4)!.reason['zh-CN']).toContain('a > > b');
    expect(byRow.get(5)!.reason['en-US']).toContain('-1 is negative');
    const table = result.tables.find((t) => t.kind === 'paths')!;
    expect(table).toMatchObject({ rowsRead: 9, rowsUsed: 1, rowsRejected: 8 });
    expect(rows(result.data!.paths!)).toEqual([['a|b', 1, 10, 1]]);
  });

  test('several paths tables share one channel dictionary', () => {
    const result = run([
      ORDERS,
      rawTable('p1', CA_HEADER, [['a > b', 1, 10, 1]]),
      rawTable('p2', ['path', 'total_conversions'], [['b > c', 2]]),
    ]);
    const paths = result.data!.paths!;
    expect(paths.channels).toEqual(['a', 'b', 'c']);
    expect(rows(paths)).toEqual([
      ['a|b', 1, 10, 1],
      ['b|c', 2, 0, 0],
    ]);
  });
});
