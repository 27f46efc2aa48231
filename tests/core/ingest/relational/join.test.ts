import { STATUS_CODE } from '../../../../src/core/model/campaign';
import { planQualitySheet } from '../../../../src/core/plan/sheets/qualitySheet';
import { orderRows, rejections, run, warningCodes } from '../fixtures';
import { rawTable } from '../rawTable';

const HEADERS = ['订单号', '买家ID', '下单时间', '订单状态'];
const headers = (rows: (string | null)[][]) => rawTable('订单', HEADERS, rows);
const payments = (rows: (string | number)[][]) =>
  rawTable('支付', ['订单号', '支付序号', '支付方式', '支付金额'], rows);
const lines = (
  rows: (string | number | null)[][],
  header = ['订单号', '子订单号', '商品SKU', '类目', '数量', '单价', '运费'],
) => rawTable('订单明细', header, rows);

const amounts = (result: ReturnType<typeof run>) => orderRows(result).map((o) => [o.id, o.amount]);

describe('an order header without an amount', () => {
  const H = headers([
    ['A1', 'u1', '2025-12-01 10:00', '已付款'],
    ['A2', 'u2', '2025-12-01 11:00', '已付款'],
    ['A3', 'u3', '2025-12-01 12:00', '已取消'],
  ]);

  test('takes the sum of its payments, and a notice says so in both languages', () => {
    const result = run([
      H,
      payments([
        ['A1', 1, '信用卡', 60],
        ['A1', 2, '优惠券', 40],
        ['A2', 1, '信用卡', 55],
        ['A3', 1, '信用卡', 9],
      ]),
    ]);
    expect(amounts(result)).toEqual([
      ['A1', 100],
      ['A2', 55],
      ['A3', 9],
    ]);
    expect(result.rejected).toEqual([]);
    const notice = result.warnings.find((w) => w.code === 'order_amount_from_relations');
    expect(notice?.text['zh-CN']).toContain('3 个订单取支付表（「支付」）');
    expect(notice?.text['en-US']).toContain('3 order(s) take the sum of their payments');
    // The notice and the rejected rows reach the data-quality sheet, in the sheet's language.
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const texts = planQualitySheet(result, locale).blocks.flatMap((b) =>
        b.cells.flat().map((c) => (typeof c === 'string' ? c : '')),
      );
      expect(texts).toContain(notice?.text[locale]);
    }
  });

  test('named as orders by the user, under a sheet name no rule knows, it still takes its payments', () => {
    const renamed = rawTable('Sheet1', HEADERS, [
      ['A1', 'u1', '2025-12-01 10:00', '已付款'],
      ['A2', 'u2', '2025-12-01 11:00', '已付款'],
    ]);
    const result = run(
      [
        renamed,
        payments([
          ['A1', 1, '信用卡', 60],
          ['A2', 1, '信用卡', 55],
        ]),
      ],
      {
        tables: [{ sheet: 'Sheet1', kind: 'orders' }],
      },
    );
    expect(result.tables.find((t) => t.source.sheet === 'Sheet1')?.kind).toBe('orders');
    expect(amounts(result)).toEqual([
      ['A1', 60],
      ['A2', 55],
    ]);
  });

  test('named as orders with neither payments nor lines, its orders say they have no amount', () => {
    const result = run([headers([['A1', 'u1', '2025-12-01 10:00', '已付款']])], {
      tables: [{ sheet: '订单', kind: 'orders' }],
    });
    expect(result.tables[0]?.kind).toBe('orders');
    expect(warningCodes(result)).toContain('orders_without_amount');
  });

  test('takes the sum of its lines (unit price × quantity, plus freight) when it has no payment', () => {
    const result = run([
      H,
      payments([['A1', 1, '信用卡', 100]]),
      lines([
        ['A1', 1, 'S1', '鞋', 1, 30, 5],
        ['A2', 1, 'S1', '鞋', 2, 30, 5],
        ['A2', 2, 'S2', '包', null, 10, null],
      ]),
    ]);
    // A1: payments win over lines; A2: 2 × 30 + 5 + 10 × 1; A3: neither, amount 0 with a notice.
    expect(amounts(result)).toEqual([
      ['A1', 100],
      ['A2', 75],
      ['A3', 0],
    ]);
    expect(warningCodes(result)).toEqual(
      expect.arrayContaining(['order_amount_from_relations', 'orders_without_amount']),
    );
    const notice = result.warnings.find((w) => w.code === 'order_amount_from_relations');
    expect(notice?.text['en-US']).toContain('(line amounts plus freight)');
    expect(notice?.text['zh-CN']).toContain('（商品金额加运费）');
    const missing = result.warnings.find((w) => w.code === 'orders_without_amount');
    expect(missing?.text['en-US']).toContain('1 order(s)');
    expect(missing?.text['en-US']).toContain('row 4');
  });

  test('says freight is not included when the lines have no freight column', () => {
    const result = run([H, lines([['A1', 'L1', 49.5]], ['订单号', '子订单号', '商品金额'])]);
    expect(amounts(result)[0]).toEqual(['A1', 49.5]);
    const notice = result.warnings.find((w) => w.code === 'order_amount_from_relations');
    expect(notice?.text['en-US']).toContain('no freight');
  });

  test('lines give the category and SKU breakdown, and the orders their quantity', () => {
    const result = run([
      H,
      lines([
        ['A1', 1, 'S1', '鞋', 1, 30, 5],
        ['A1', 2, 'S2', '包', 3, 10, 0],
      ]),
    ]);
    const data = result.data!;
    const real = Array.from({ length: data.lines.size }, (_, m) => m).filter(
      (m) => data.lines.sku!.codes[m]! >= 0,
    );
    expect(
      real.map((m) => [
        data.lines.order[m],
        data.lines.sku!.values[data.lines.sku!.codes[m]!],
        data.lines.category!.values[data.lines.category!.codes[m]!],
        data.lines.amount[m],
      ]),
    ).toEqual([
      [0, 'S1', '鞋', 30],
      [0, 'S2', '包', 30],
    ]);
    // A2 and A3 have no lines: one line each, of their amount, without a category.
    expect(data.lines.size).toBe(4);
    expect(orderRows(result)[0]?.quantity).toBe(4);
  });
});

describe('an order header with an amount', () => {
  test('keeps it: payments and lines do not replace it', () => {
    const H = rawTable('订单', ['订单号', '下单时间', '实付金额'], [['A1', '2025-12-01', 88]]);
    const result = run([H, payments([['A1', 1, '信用卡', 100]]), lines([['A1', 1, 'S1', '鞋', 1, 30, 5]])]);
    expect(amounts(result)).toEqual([['A1', 88]]);
    expect(warningCodes(result)).not.toContain('order_amount_from_relations');
  });
});

describe('orphans and duplicates', () => {
  const H = headers([['A1', 'u1', '2025-12-01 10:00', '已付款']]);

  test('a payment or a line of an order not among the headers is rejected, with its reason', () => {
    const result = run([
      H,
      payments([
        ['A1', 1, '信用卡', 10],
        ['Z9', 1, '信用卡', 20],
      ]),
      lines([
        ['Z8', 1, 'S1', '鞋', 1, 30, 5],
        ['A1', 1, 'S1', '鞋', 1, 30, 5],
      ]),
    ]);
    expect(rejections(result)).toEqual([
      [3, 'unknown_order'],
      [2, 'unknown_order'],
    ]);
    expect(result.rejected.map((r) => r.kind)).toEqual(['payments', 'order_lines']);
    expect(result.rejected[0]?.reason['zh-CN']).toContain('订单号 Z9 不在订单表中，这笔支付');
    expect(result.rejected[1]?.reason['en-US']).toContain(
      'order ID Z8 is not in the orders table, so this line',
    );
    expect(amounts(result)).toEqual([['A1', 10]]);
    const accounting = result.tables.map((t) => [t.kind, t.rowsRead, t.rowsUsed, t.rowsRejected]);
    expect(accounting).toEqual([
      ['orders', 1, 1, 0],
      ['payments', 2, 1, 1],
      ['order_lines', 2, 1, 1],
    ]);
  });

  test('a payment row identical to an earlier one of its order is a duplicate, counted once', () => {
    const result = run([
      H,
      payments([
        ['A1', 1, '信用卡', 10],
        ['A1', 1, '信用卡', 10],
        ['A1', 2, '信用卡', 10],
      ]),
    ]);
    expect(rejections(result)).toEqual([[3, 'duplicate_row']]);
    expect(amounts(result)).toEqual([['A1', 20]]);
  });

  test('a line with neither an amount nor a unit price is rejected', () => {
    const result = run([
      H,
      lines([
        ['A1', 1, 'S1', '鞋', 1, null, 5],
        ['A1', 2, 'S1', '鞋', 1, 7, 0],
      ]),
    ]);
    expect(rejections(result)).toEqual([[2, 'line_without_value']]);
    expect(result.rejected[0]?.reason['en-US']).toContain('neither a line amount nor a unit price');
    expect(amounts(result)).toEqual([['A1', 7]]);
  });
});

describe('customers mapped to persons', () => {
  const H = headers([
    ['A1', 'c1', '2025-12-01 10:00', '已付款'],
    ['A2', 'c2', '2025-12-02 10:00', '已付款'],
    ['A3', 'c3', '2025-12-03 10:00', '已付款'],
  ]);
  const P = payments([
    ['A1', 1, '卡', 10],
    ['A2', 1, '卡', 20],
    ['A3', 1, '卡', 30],
  ]);

  test('count buyers as persons: two customer IDs of one person are one buyer', () => {
    const customers = rawTable(
      '客户',
      ['customer_id', 'customer_unique_id'],
      [
        ['c1', 'p1'],
        ['c2', 'p1'],
        ['c3', 'p2'],
      ],
    );
    const result = run([H, P, customers]);
    expect(orderRows(result).map((o) => o.customer)).toEqual(['p1', 'p1', 'p2']);
    expect(result.data?.customers?.customerId).toEqual(['p1', 'p1', 'p2']);
    const notice = result.warnings.find((w) => w.code === 'customers_mapped_to_persons');
    expect(notice?.text['en-US']).toContain('3 customer ID(s) belong to 2 person(s)');
  });

  test('a customer ID given two persons keeps the first; the other row is rejected', () => {
    const customers = rawTable(
      '客户',
      ['买家ID', '统一会员ID'],
      [
        ['c1', 'p1'],
        ['c1', 'p9'],
        ['c2', 'p1'],
      ],
    );
    const result = run([H, P, customers]);
    expect(rejections(result)).toEqual([[3, 'conflicting_person_id']]);
    expect(orderRows(result).map((o) => o.customer)).toEqual(['p1', 'p1', 'c3']);
    expect(result.warnings.find((w) => w.code === 'customers_mapped_to_persons')?.text['zh-CN']).toContain(
      '另有 1 个订单上的买家ID不在客户表中',
    );
  });
});

describe('export shapes', () => {
  test('ERP 订单 + 订单明细: the detail sheet is lines even with an order time and an amount', () => {
    const orders = rawTable(
      '订单',
      ['订单号', '下单时间', '实付金额', '订单状态'],
      [
        ['E1', '2025-12-01', 120, '已完成'],
        ['E2', '2025-12-01', 30, '已完成'],
      ],
    );
    const detail = rawTable(
      '订单明细',
      ['订单号', '下单时间', '商品编码', '数量', '单价', '金额'],
      [
        ['E1', '2025-12-01', 'S1', 2, 50, 100],
        ['E1', '2025-12-01', 'S2', 1, 20, 20],
        ['E2', '2025-12-01', 'S1', 1, 30, 30],
      ],
    );
    const result = run([orders, detail]);
    expect(result.tables.map((t) => t.kind)).toEqual(['orders', 'order_lines']);
    expect(amounts(result)).toEqual([
      ['E1', 120],
      ['E2', 30],
    ]);
    expect(result.data?.lines.size).toBe(3);
    expect(result.data?.orders.quantity).toEqual(Float64Array.from([3, 1]));
  });

  test('Douyin 主订单 + 子订单: sub-orders are lines of their main order', () => {
    const main = rawTable(
      '主订单',
      ['主订单编号', '下单时间', '订单状态', '买家ID'],
      [['D1', '2025-12-01 09:00', '已发货', 'u1']],
    );
    const sub = rawTable(
      '子订单',
      ['主订单编号', '子订单编号', '商品ID', '商品数量', '商品单价', '运费'],
      [
        ['D1', 'D1-1', 'G1', 1, 99, 0],
        ['D1', 'D1-2', 'G2', 2, 10.5, 6],
      ],
    );
    const result = run([main, sub]);
    expect(result.tables.map((t) => [t.kind, t.mapping.line_id])).toEqual([
      ['orders', undefined],
      ['order_lines', '子订单编号'],
    ]);
    expect(amounts(result)).toEqual([['D1', 126]]);
    expect(orderRows(result)[0]?.status).toBe(STATUS_CODE.paid);
  });

  test('Shopify: one table with a row per line item stays an orders table', () => {
    const shopify = rawTable(
      'orders_export',
      ['Name', 'Created at', 'Total', 'Lineitem quantity', 'Lineitem price', 'Lineitem sku', 'Shipping'],
      [
        ['#1001', '2025-12-01 10:00', 70, 1, 50, 'S1', 5],
        ['#1001', '', '', 1, 15, 'S2', ''],
      ],
    );
    const result = run([shopify]);
    expect(result.tables.map((t) => t.kind)).toEqual(['orders']);
    expect(amounts(result)).toEqual([['#1001', 70]]);
  });

  test('payments alone, without order headers, are not read: the warning says what an orders table lacks', () => {
    const result = run([payments([['A1', 1, '卡', 10]])]);
    expect(result.tables).toEqual([]);
    expect(warningCodes(result)).toEqual(expect.arrayContaining(['table_unrecognised', 'no_orders_table']));
    expect(result.warnings.find((w) => w.code === 'table_unrecognised')?.text['zh-CN']).toContain(
      '「下单时间」',
    );
  });
});
