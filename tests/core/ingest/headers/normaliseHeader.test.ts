import {
  headerSaysPercent,
  headerSaysTenThousand,
  normaliseHeader,
} from '../../../../src/core/ingest/headers/normaliseHeader';

describe('normaliseHeader', () => {
  test.each([
    ['实付金额（元）', '实付金额'],
    ['实付金额(元)', '实付金额'],
    ['跳失率（%）', '跳失率'],
    ['Spend [USD]', 'spend'],
    ['Amount spent (USD)', 'amountspent'],
    ['  Order  ID ', 'orderid'],
    ['ORDER_ID', 'orderid'],
    ['Add-to-cart Visitors', 'addtocartvisitors'],
    ['Impr.', 'impr'],
    ['买家ＩＤ', '买家id'],
    ['【订单号】', ''],
    ['Session source / medium', 'sessionsourcemedium'],
  ])('%p becomes %p', (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });
});

describe('units in headers', () => {
  test('a percent unit is noticed in any form', () => {
    expect(headerSaysPercent('跳失率(%)')).toBe(true);
    expect(headerSaysPercent('Bounce rate ％')).toBe(true);
    expect(headerSaysPercent('Bounce rate')).toBe(false);
  });

  test('a ten-thousand unit is noticed only in brackets', () => {
    expect(headerSaysTenThousand('目标值(万元)')).toBe(true);
    expect(headerSaysTenThousand('目标值（万）')).toBe(true);
    expect(headerSaysTenThousand('万相台花费')).toBe(false);
  });
});
