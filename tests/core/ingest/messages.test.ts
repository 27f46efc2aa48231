import { fieldName, ingestMessages as m, TABLE_KIND_NAMES } from '../../../src/core/messages';
import type { LocalizedText } from '../../../src/core/model/text';
import { TABLE_KINDS } from '../../../src/core/model/tableKinds';

const ref = { kind: 'orders', sheet: '订单', row: 12, column: '实付金额' } as const;

const rowMessages: [string, LocalizedText][] = [
  ['missingValue', m.missingValue(ref)],
  ['excelErrorInRequired', m.excelErrorInRequired(ref, '#N/A')],
  ['notANumber', m.notANumber(ref, 'abc')],
  ['notADate', m.notADate(ref, 'soon')],
  ['notAFlag', m.notAFlag(ref, 'maybe', 'new_customer')],
  ['unknownStatus', m.unknownStatus(ref, '等待买家付款')],
  ['unknownPhase', m.unknownPhase(ref, '中场')],
  ['rateOutOfRange', m.rateOutOfRange(ref, '120%')],
  ['duplicateRow', m.duplicateRow({ ...ref, column: null }, 3)],
  ['duplicateOrderId', m.duplicateOrderId(ref, 'A1', 3, 'u2', 'u1')],
  ['unknownOrder', m.unknownOrder({ ...ref, kind: 'refunds' }, 'A9')],
  ['endBeforeStart', m.endBeforeStart({ ...ref, kind: 'campaign' }, '2023-11-11', '2023-11-10')],
  ['duplicatePeriod', m.duplicatePeriod({ ...ref, kind: 'campaign' }, 'baseline', 3)],
  ['unknownLabel', m.unknownLabel({ ...ref, kind: 'campaign', column: null }, '预算')],
  ['duplicateLabel', m.duplicateLabel({ ...ref, kind: 'campaign', column: null }, '活动名称', 3)],
  ['labelWithoutValue', m.labelWithoutValue({ ...ref, kind: 'campaign', column: null }, '负责人')],
  ['halfDateRange', m.halfDateRange({ ...ref, kind: 'campaign', column: null }, '开始日期', 'end')],
  ['notADayRange', m.notADayRange({ ...ref, kind: 'campaign', column: null }, '基准期', 'soon')],
];

describe('row messages', () => {
  test.each(rowMessages)('%s names the sheet and row in both languages', (_name, text) => {
    expect(text['zh-CN']).toContain('（工作表「订单」）第 12 行');
    expect(text['en-US']).toContain('(sheet "订单"), row 12');
  });

  test('name the column when one column is to blame', () => {
    expect(m.notANumber(ref, 'abc')['zh-CN']).toContain('「实付金额」列');
    expect(m.notANumber(ref, 'abc')['en-US']).toContain('column "实付金额"');
  });

  test('shorten very long values', () => {
    const text = m.notANumber(ref, 'x'.repeat(500));
    expect(text['en-US'].length).toBeLessThan(400);
    expect(text['en-US']).toContain('…');
  });

  test('name the other sheet of a cross-sheet duplicate', () => {
    expect(m.duplicateRow({ ...ref, column: null }, 3, 'Sheet2')['en-US']).toContain(
      'row 3 of sheet "Sheet2"',
    );
  });
});

describe('warnings', () => {
  const warnings: [string, LocalizedText][] = [
    ['noOrdersTable', m.noOrdersTable(['流量', '目标'])],
    ['noUsableOrders', m.noUsableOrders(['订单'])],
    [
      'tableUnrecognised',
      m.tableUnrecognised('备注', undefined, {
        kind: 'orders',
        missing: [fieldName('orders', 'order_time')],
      }),
    ],
    ['tableUnrecognised (no guess)', m.tableUnrecognised('备注', 'Table1', null)],
    ['blankRowsSkipped', m.blankRowsSkipped('orders', '订单', [3, 4, 5, 6, 7, 8], 9)],
    ['excelErrorsReadAsEmpty', m.excelErrorsReadAsEmpty('orders', '订单', '数量', 2, 5, '#N/A')],
    ['percentScaleInferred', m.percentScaleInferred('traffic', '流量', '跳失率')],
    ['statusMissingReadAsPaid', m.statusMissingReadAsPaid('订单', 2, 7)],
    ['roiReadAsRoas', m.roiReadAsRoas('目标', 4, 'ROI')],
    ['unknownTargetMetric', m.unknownTargetMetric('目标', 5, '直播观看')],
    ['overrideSourceMissing', m.overrideSourceMissing('Gone', undefined)],
    [
      'overrideHeaderMissing',
      m.overrideHeaderMissing('orders', '订单', fieldName('orders', 'customer_id'), 'Buyer'),
    ],
    ['refundsReplaceOrderRefunds', m.refundsReplaceOrderRefunds(['售后'])],
    ['periodFromOrders', m.periodFromOrders('2023-11-01', '2023-11-11')],
    ['invalidCampaignOption', m.invalidCampaignOption('baseline', '2023-11-11', '2023-11-01')],
  ];

  test.each(warnings)('%s exists in both languages', (_name, text) => {
    expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(text['en-US']).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]/);
    expect(text['en-US'].length).toBeGreaterThan(20);
  });

  test('a long list of rows is cut with an ellipsis', () => {
    expect(m.blankRowsSkipped('orders', '订单', [3, 4, 5, 6, 7, 8], 9)['en-US']).toContain(
      'row 3, 4, 5, 6, 7, …',
    );
  });
});

describe('names', () => {
  test('every table kind has a name in both languages', () => {
    for (const kind of TABLE_KINDS) {
      expect(TABLE_KIND_NAMES[kind]['zh-CN']).not.toBe('');
      expect(TABLE_KIND_NAMES[kind]['en-US']).not.toBe('');
    }
  });

  test('a field is named by its canonical headers', () => {
    expect(fieldName('orders', 'amount')).toEqual({ 'zh-CN': '实付金额', 'en-US': 'Paid Amount' });
  });
});
