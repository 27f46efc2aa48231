import { detectHeaderRow } from '../../src/excel/headerRow';

describe('finding the header row of a plain range', () => {
  it('takes the first row when the range starts with its header', () => {
    expect(
      detectHeaderRow([
        ['订单号', '金额'],
        ['T1', 1],
      ]),
    ).toBe(0);
  });

  it('passes over a title, a period line and a blank row', () => {
    const rows = [
      ['2024 双11 订单', null, null, null],
      ['周期：', '2024-11-01', '至', null],
      [null, null, null, null],
      ['订单号', '下单时间', '实付金额', '渠道'],
      ['T1', 45_600, 100, '抖音'],
    ];
    expect(detectHeaderRow(rows)).toBe(3);
  });

  it('falls back to the first full-width row when headers are numbers', () => {
    const rows = [['利润表'], [], ['指标', 2023, 2024], ['GMV', 1, 2]];
    expect(detectHeaderRow(rows)).toBe(2);
  });

  it('handles a one-column range and an empty one', () => {
    expect(detectHeaderRow([[null], ['SKU'], ['A-1']])).toBe(1);
    expect(detectHeaderRow([])).toBe(0);
  });
});
