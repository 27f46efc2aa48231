import { splitSheetBlocks } from '../../../../src/core/ingest/blocks/splitSheetBlocks';
import type { CellValue } from '../../../../src/core/model/raw';

const KV_ZH: CellValue[][] = [
  ['活动名称', '双12'],
  ['开始日期', '2025-12-01'],
  ['结束日期', '2025-12-12'],
  ['基准期', '2025-11-01 ~ 2025-11-30'],
];
const PHASES: CellValue[][] = [
  ['阶段', '开始日期', '结束日期'],
  ['预热期', '2025-12-01', '2025-12-07'],
  ['爆发期', '2025-12-08', '2025-12-12'],
];
const ORDERS: CellValue[][] = [
  ['订单号', '下单时间', '实付金额', '渠道'],
  ['A1', '2025-12-01 10:00', 100, '天猫'],
  ['A2', '2025-12-02 10:00', 200, '京东'],
  ['A3', '2025-12-03 10:00', 300, '天猫'],
];

const shape = (blocks: ReturnType<typeof splitSheetBlocks>) =>
  blocks.map((b) => [b.top, b.bottom, b.left, b.right, b.layout, b.open]);

describe('splitting a sheet into blocks', () => {
  test('a label–value block, a blank row, then a phase table are two blocks', () => {
    const blocks = splitSheetBlocks([...KV_ZH, [], ...PHASES], false);
    expect(shape(blocks)).toEqual([
      [0, 4, 0, 2, 'labelValue', false],
      [5, 8, 0, 3, 'table', false],
    ]);
  });

  test('a label–value block beside an orders table, with a blank column between, are two blocks', () => {
    const orders = [...ORDERS, ['A4', '2025-12-04 10:00', 400, '京东']];
    const rows = orders.map((row, i) => [...(KV_ZH[i] ?? [null, null]), null, ...row]);
    const blocks = splitSheetBlocks(rows, true);
    expect(shape(blocks)).toEqual([
      [0, 4, 0, 2, 'labelValue', false],
      [0, 5, 3, 7, 'table', true],
    ]);
  });

  test('a title row and a blank row above a label–value block and a table belong to neither', () => {
    const blocks = splitSheetBlocks([['双12大促复盘'], [], ...KV_ZH, [], ...ORDERS], true);
    expect(shape(blocks)).toEqual([
      [2, 6, 0, 2, 'labelValue', false],
      [7, 11, 0, 4, 'table', true],
    ]);
  });

  test('a title above a label–value block alone is left out of the block', () => {
    expect(shape(splitSheetBlocks([['Campaign facts'], [], ...KV_ZH], false))).toEqual([
      [2, 6, 0, 2, 'labelValue', false],
    ]);
  });

  test('a label–value block above a phase table, beside an orders table, are three blocks', () => {
    const orders = [...ORDERS, ...ORDERS.slice(1), ...ORDERS.slice(1)];
    const left = [['双12大促复盘'], [], ...KV_ZH, [], ...PHASES];
    const rows = orders.map((row, i) => {
      const l = left[i + 2] ?? [];
      return [l[0] ?? null, l[1] ?? null, l[2] ?? null, null, ...row];
    });
    expect(shape(splitSheetBlocks([['双12大促复盘'], [], ...rows], true))).toEqual([
      [2, 6, 0, 2, 'labelValue', false],
      [7, 10, 0, 3, 'table', false],
      [2, 12, 4, 8, 'table', true],
    ]);
  });

  test('a stray blank row inside a table does not cut it', () => {
    const rows = [...ORDERS.slice(0, 2), [], ...ORDERS.slice(2)];
    expect(shape(splitSheetBlocks(rows, true))).toEqual([[0, 5, 0, 4, 'table', true]]);
  });

  test('a title over a table stays with it, as header detection skips it', () => {
    expect(shape(splitSheetBlocks([['Orders export'], [], ...ORDERS], false))).toEqual([
      [0, 6, 0, 4, 'table', false],
    ]);
  });

  test('a blank column inside a table does not cut it', () => {
    const rows = ORDERS.map((row) => [row[0] ?? null, null, ...row.slice(1)]);
    expect(shape(splitSheetBlocks(rows, false))).toEqual([[0, 4, 0, 5, 'table', false]]);
  });

  test('a campaign calendar with a header is a table, not label–value pairs', () => {
    expect(shape(splitSheetBlocks(PHASES, false))).toEqual([[0, 3, 0, 3, 'table', false]]);
  });

  test('two tables of different columns, one under the other, are two blocks', () => {
    const targets = [
      ['指标', '目标值'],
      ['GMV', 1000000],
      ['订单数', 3000],
    ];
    expect(shape(splitSheetBlocks([...targets, [], ...ORDERS], false))).toEqual([
      [0, 3, 0, 2, 'table', false],
      [4, 8, 0, 4, 'table', false],
    ]);
  });

  test('a sheet that goes on below blank rows is not split: no block could take those rows', () => {
    const blocks = splitSheetBlocks([...KV_ZH, [], ...PHASES, [], ['note']], true);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.open).toBe(true);
  });

  test('a sheet that is one label–value block takes every row below the cells given', () => {
    expect(shape(splitSheetBlocks(KV_ZH, true))).toEqual([[0, 4, 0, 2, 'labelValue', true]]);
  });

  test('blank cells hold no block', () => {
    expect(splitSheetBlocks([[], [null, '  ']], false)).toEqual([]);
  });

  test('English labels make a label–value block too', () => {
    const kv = [
      ['Campaign Name', 'Black Friday'],
      ['Start Date', 46000],
      ['End Date', 46004],
      ['Owner', 'Ann'],
    ];
    expect(shape(splitSheetBlocks([...kv, [], ...ORDERS], true))).toEqual([
      [0, 4, 0, 2, 'labelValue', false],
      [5, 9, 0, 4, 'table', true],
    ]);
  });
});
