import { STATUS_CODE } from '../../../src/core/model/campaign';
import type { CellValue } from '../../../src/core/model/raw';
import { ORDER_HEADER, orderRows, ordersSheet, rejections, run, warningCodes } from './fixtures';
import { rawTable } from './rawTable';

describe('order-level rows', () => {
  test('become one order each, keeping their worksheet row', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-11 10:00', '2023-11-11 10:05', '¥100.50', '交易成功', 'S1', 1],
        ['A2', 'u2', '2023-11-11 11:00', null, 80, '待付款', 'S2', 2],
      ]),
    ]);
    expect(orderRows(result)).toEqual([
      {
        id: 'A1',
        customer: 'u1',
        amount: 100.5,
        status: STATUS_CODE.paid,
        day: '2023-11-11',
        quantity: 1,
        sourceRow: 2,
      },
      {
        id: 'A2',
        customer: 'u2',
        amount: 80,
        status: STATUS_CODE.unpaid,
        day: '2023-11-11',
        quantity: 2,
        sourceRow: 3,
      },
    ]);
    expect(result.rejected).toEqual([]);
  });
});

describe('the order day', () => {
  test('is the pay day for a paid order that has a pay time, else the order day', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-10 23:50', '2023-11-11 00:10', 100, '已付款', 'S1', 1],
        ['A2', 'u2', '2023-11-10 23:50', null, 100, '已付款', 'S1', 1],
        ['A3', 'u3', '2023-11-10 23:50', '2023-11-11 00:10', 100, '已取消', 'S1', 1],
        ['A4', 'u4', '2023-11-10 23:50', '2023-11-11 00:10', 100, '已退款', 'S1', 1],
      ]),
    ]);
    expect(orderRows(result).map((o) => o.day)).toEqual([
      '2023-11-11',
      '2023-11-10',
      '2023-11-10',
      '2023-11-11',
    ]);
  });
});

describe('item-level rows', () => {
  const sheet = ordersSheet([
    ['A1', 'u1', '2023-11-11 10:00', '2023-11-11 10:05', 100, '交易成功', 'S1', 1],
    ['A2', 'u2', '2023-11-11 11:00', '2023-11-11 11:05', 30, '交易成功', 'S1', 1],
    ['A1', 'u1', '2023-11-11 10:00', '2023-11-11 10:05', 50, '交易成功', 'S2', 2],
    ['A1', 'u1', '2023-11-11 10:00', '2023-11-11 10:05', 25, '交易成功', 'S3', 1],
  ]);

  test('are summed per order', () => {
    const result = run([sheet]);
    expect(orderRows(result).map((o) => [o.id, o.amount, o.quantity, o.sourceRow])).toEqual([
      ['A1', 175, 4, 2],
      ['A2', 30, 1, 3],
    ]);
  });

  test('are kept per line with their SKU', () => {
    const lines = run([sheet]).data!.lines;
    expect(lines.size).toBe(4);
    expect(Array.from(lines.order)).toEqual([0, 1, 0, 0]);
    expect(Array.from(lines.amount)).toEqual([100, 30, 50, 25]);
    expect(Array.from(lines.sku!.codes, (c) => lines.sku!.values[c])).toEqual(['S1', 'S1', 'S2', 'S3']);
  });

  test('may leave order-level cells empty on later lines (Shopify style)', () => {
    const header = [
      'Name',
      'Email',
      'Financial Status',
      'Paid at',
      'Total',
      'Created at',
      'Lineitem quantity',
      'Lineitem sku',
    ];
    const result = run([
      rawTable('orders_export', header, [
        [
          '#1001',
          'a@x.com',
          'paid',
          '2023-11-11 10:05:00 +0800',
          '120.00',
          '2023-11-11 10:00:00 +0800',
          1,
          'S1',
        ],
        ['#1001', '', '', '', '', '2023-11-11 10:00:00 +0800', 2, 'S2'],
        ['#1002', 'b@x.com', 'pending', '', '40.00', '2023-11-12 09:00:00 +0800', 1, 'S1'],
      ]),
    ]);
    expect(result.rejected).toEqual([]);
    expect(orderRows(result).map((o) => [o.id, o.customer, o.amount, o.status, o.quantity])).toEqual([
      ['#1001', 'a@x.com', 120, STATUS_CODE.paid, 3],
      ['#1002', 'b@x.com', 40, STATUS_CODE.unpaid, 1],
    ]);
    expect(result.data!.lines.size).toBe(3);
  });

  test('fill an order-level value the first line left empty', () => {
    const result = run([
      ordersSheet([
        ['A1', '', '2023-11-11 10:00', null, 100, '交易成功', 'S1', 1],
        ['A1', 'u7', '2023-11-11 10:00', null, 50, '交易成功', 'S2', 1],
      ]),
    ]);
    expect(orderRows(result).map((o) => o.customer)).toEqual(['u7']);
  });
});

describe('duplicate rows', () => {
  test('a row identical to another in every column is counted once, the copy rejected', () => {
    const row = ['A1', 'u1', '2023-11-11 10:00', null, 100, '交易成功', 'S1', 1];
    const result = run([
      ordersSheet([row, ['A2', 'u2', '2023-11-11 10:00', null, 5, '交易成功', 'S1', 1], [...row]]),
    ]);
    expect(orderRows(result).map((o) => [o.id, o.amount])).toEqual([
      ['A1', 100],
      ['A2', 5],
    ]);
    expect(rejections(result)).toEqual([[4, 'duplicate_row']]);
    expect(result.rejected[0]!.reason['en-US']).toContain('identical to row 2');
  });

  test('an identical row counts as a duplicate even when the numbers are written differently', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-11 10:00', null, 100, '交易成功', 'S1', 1],
        ['A1', 'u1', '2023-11-11 10:00', null, '100', '交易成功', 'S1', 1],
      ]),
    ]);
    expect(rejections(result)).toEqual([]);
    expect(orderRows(result)[0]!.amount).toBe(200);
  });

  test('every copy of a long order is found', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      'A1',
      'u1',
      '2023-11-11 10:00',
      null,
      1,
      '交易成功',
      `S${i}`,
      1,
    ]);
    const result = run([ordersSheet([...rows, rows[3]!, rows[39]!, rows[0]!])]);
    expect(rejections(result)).toEqual([
      [42, 'duplicate_row'],
      [43, 'duplicate_row'],
      [44, 'duplicate_row'],
    ]);
    expect(orderRows(result)[0]!.amount).toBe(40);
  });

  test('rows of two sheets with the same headers are compared too', () => {
    const row = ['A1', 'u1', '2023-11-11 10:00', null, 100, '交易成功', 'S1', 1];
    const result = run([ordersSheet([row]), rawTable('订单 (2)', ORDER_HEADER, [row])]);
    expect(rejections(result)).toEqual([[2, 'duplicate_row']]);
    expect(result.rejected[0]!.sheet).toBe('订单 (2)');
    expect(result.rejected[0]!.reason['zh-CN']).toContain('工作表「订单」第 2 行');
  });
});

describe('an order id repeated with different order-level values', () => {
  test('is reported on the conflicting row, not merged', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-11 10:00', null, 100, '交易成功', 'S1', 1],
        ['A1', 'u2', '2023-11-11 10:00', null, 50, '交易成功', 'S2', 1],
      ]),
    ]);
    expect(orderRows(result).map((o) => [o.id, o.customer, o.amount])).toEqual([['A1', 'u1', 100]]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ row: 3, column: '买家ID', code: 'duplicate_order_id' }),
    ]);
    expect(result.rejected[0]!.reason['en-US']).toContain('"u2" here, "u1" there');
  });

  test('is reported for a different status or order time too', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-11 10:00', null, 100, '交易成功', 'S1', 1],
        ['A1', 'u1', '2023-11-11 10:00', null, 50, '已退款', 'S2', 1],
        ['A1', 'u1', '2023-11-12 10:00', null, 50, '交易成功', 'S3', 1],
      ]),
    ]);
    expect(result.rejected.map((r) => [r.row, r.code, r.column])).toEqual([
      [3, 'duplicate_order_id', '订单状态'],
      [4, 'duplicate_order_id', '下单时间'],
    ]);
  });
});

describe('device, IP and address on an order of several lines', () => {
  const header = ['订单号', '下单时间', '实付金额', '设备ID', 'IP地址', '收货地址', '商品编码'];
  const sheet = (rows: CellValue[][]) => rawTable('订单', header, rows);

  test('are taken from the first line that has them; a padded copy agrees', () => {
    const result = run([
      sheet([
        ['A1', '2023-11-11 10:00', 100, null, ' 10.0.0.1 ', 'addr-1', 'S1'],
        ['A1', '2023-11-11 10:00', 50, 'dev-1', '10.0.0.1', null, 'S2'],
        ['A2', '2023-11-11 11:00', 30, 'dev-1', null, 'addr-2', 'S1'],
      ]),
    ]);
    expect(result.rejected).toEqual([]);
    const orders = result.data!.orders;
    expect(orders.device).toEqual(['dev-1', 'dev-1']);
    expect(orders.ip).toEqual(['10.0.0.1', null]);
    expect(orders.address).toEqual(['addr-1', 'addr-2']);
  });

  test('a line that names another device is rejected, naming both values', () => {
    const result = run([
      sheet([
        ['A1', '2023-11-11 10:00', 100, 'dev-1', '10.0.0.1', 'addr-1', 'S1'],
        ['A1', '2023-11-11 10:00', 50, 'dev-2', '10.0.0.1', 'addr-1', 'S2'],
        ['A1', '2023-11-11 10:00', 20, 'dev-1', '10.0.0.9', 'addr-1', 'S3'],
      ]),
    ]);
    expect(result.rejected.map((r) => [r.row, r.code, r.column])).toEqual([
      [3, 'duplicate_order_id', '设备ID'],
      [4, 'duplicate_order_id', 'IP地址'],
    ]);
    expect(result.rejected[0]!.reason['en-US']).toContain('"dev-2" here, "dev-1" there');
    expect(result.data!.orders.amount[0]).toBe(100);
  });
});

describe('status words', () => {
  test('an unknown word rejects the row and is named', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-11 10:00', null, 100, '等待买家付款', 'S1', 1],
        ['A2', 'u2', '2023-11-11 10:00', null, 100, 'Shipped', 'S1', 1],
      ]),
    ]);
    expect(rejections(result)).toEqual([[2, 'unknown_status']]);
    expect(result.rejected[0]!.reason['zh-CN']).toContain('“等待买家付款”');
    expect(result.rejected[0]!.column).toBe('订单状态');
  });

  test('without a status column every order is paid', () => {
    const result = run([ordersSheet([['A1', '2023-11-11', 10]], ['订单号', '下单时间', '实付金额'])]);
    expect(orderRows(result).map((o) => o.status)).toEqual([STATUS_CODE.paid]);
    expect(warningCodes(result)).not.toContain('status_missing_read_as_paid');
  });

  test('an empty status is read as paid, with a warning', () => {
    const result = run([ordersSheet([['A1', 'u1', '2023-11-11 10:00', null, 100, '', 'S1', 1]])]);
    expect(orderRows(result).map((o) => o.status)).toEqual([STATUS_CODE.paid]);
    expect(warningCodes(result)).toContain('status_missing_read_as_paid');
  });
});

describe('required values', () => {
  test('a row without order id, order time or amount is rejected, naming the column', () => {
    const result = run([
      ordersSheet([
        ['', 'u1', '2023-11-11 10:00', null, 100, '交易成功', 'S1', 1],
        ['A2', 'u2', '', null, 100, '交易成功', 'S1', 1],
        ['A3', 'u3', '2023-11-11 10:00', null, '-', '交易成功', 'S1', 1],
        ['A4', 'u4', '2023-11-11 10:00', null, 1, '交易成功', 'S1', 1],
      ]),
    ]);
    expect(result.rejected.map((r) => [r.row, r.code, r.column])).toEqual([
      [2, 'missing_value', '订单号'],
      [3, 'missing_value', '下单时间'],
      [4, 'missing_value', '实付金额'],
    ]);
  });

  test('every one of several equal bad cells in a row of rows is rejected', () => {
    const result = run([
      ordersSheet([
        ['', 'u1', '2023-11-11 10:00', null, 1, '交易成功', 'S1', 1],
        ['', 'u1', '2023-11-11 10:00', null, 1, '交易成功', 'S1', 1],
        ['#N/A', 'u1', '2023-11-11 10:00', null, 1, '交易成功', 'S1', 1],
        ['#N/A', 'u1', '2023-11-11 10:00', null, 1, '交易成功', 'S1', 1],
        ['A1', 'u1', '2023-11-11 10:00', null, 1, '交易成功', 'S1', 1],
      ]),
    ]);
    expect(rejections(result)).toEqual([
      [2, 'missing_value'],
      [3, 'missing_value'],
      [4, 'excel_error'],
      [5, 'excel_error'],
    ]);
  });

  test('a quarter of a million unreadable rows are all listed, next to the rows that were read', () => {
    const bad = 250_000;
    const rows: CellValue[][] = Array.from({ length: bad }, (_, i) => [
      `B${i}`,
      'u1',
      '2023-11-11 10:00',
      null,
      'n/a yet',
      '交易成功',
      'S1',
      1,
    ]);
    rows.push(['A1', 'u1', '2023-11-11 10:00', null, 5, '交易成功', 'S1', 1]);
    const result = run([ordersSheet(rows)]);
    expect(result.rejected).toHaveLength(bad);
    expect(result.rejected[bad - 1]).toEqual(expect.objectContaining({ row: bad + 1, code: 'not_a_number' }));
    expect(result.data?.orders.size).toBe(1);
  });

  test('an unreadable value rejects the row, naming the value', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-11 10:00', null, '12,50', '交易成功', 'S1', 1],
        ['A2', 'u2', 'soon', null, 1, '交易成功', 'S1', 1],
        ['A3', 'u3', '2023-11-11 10:00', null, 1, '交易成功', 'S1', 'two'],
      ]),
    ]);
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([
      [2, 'not_a_number'],
      [3, 'not_a_date'],
      [4, 'not_a_number'],
    ]);
    expect(result.rejected[0]!.reason['en-US']).toContain('Use a point for decimals');
  });
});

describe('Excel error values', () => {
  test('reject the row in a required column', () => {
    const result = run([ordersSheet([['A1', 'u1', '2023-11-11 10:00', null, '#N/A', '交易成功', 'S1', 1]])]);
    expect(result.rejected.map((r) => [r.row, r.code, r.column])).toEqual([[2, 'excel_error', '实付金额']]);
    expect(result.rejected[0]!.reason['zh-CN']).toContain('#N/A');
  });

  test('read as empty in an optional column, with one warning for the column', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-11 10:00', '#REF!', 100, '交易成功', 'S1', '#VALUE!'],
        ['A2', 'u2', '2023-11-11 10:00', null, 100, '交易成功', 'S1', '#DIV/0!'],
      ]),
    ]);
    expect(result.rejected).toEqual([]);
    expect(orderRows(result).map((o) => o.quantity)).toEqual([NaN, NaN]);
    const warnings = result.warnings.filter((w) => w.code === 'excel_errors_read_as_empty');
    expect(warnings).toHaveLength(2);
    expect(warnings[1]!.text['en-US']).toContain(
      '"数量" holds 2 Excel error value(s) (e.g. #VALUE! in row 2)',
    );
  });
});

describe('columns the source does not have', () => {
  test('are null, never zeros', () => {
    const orders = run([ordersSheet([['A1', '2023-11-11', 10]], ['订单号', '下单时间', '实付金额'])]).data!
      .orders;
    expect(orders.payTime).toBeNull();
    expect(orders.customer).toBeNull();
    expect(orders.refund).toBeNull();
    expect(orders.quantity).toBeNull();
    expect(orders.isNew).toBeNull();
  });

  test('discount and coupon add up into the discount column', () => {
    const header = ['订单号', '下单时间', '实付金额', '优惠金额', '优惠券金额'];
    const orders = run([
      ordersSheet(
        [
          ['A1', '2023-11-11', 90, 5, 5],
          ['A2', '2023-11-11', 90, null, 3],
          ['A3', '2023-11-11', 90, null, null],
        ],
        header,
      ),
    ]).data!.orders;
    expect(Array.from(orders.discount!)).toEqual([10, 3, NaN]);
  });

  test('the new-customer flag reads 新客 / 老客', () => {
    const header = ['订单号', '下单时间', '实付金额', '是否新客'];
    const orders = run([
      ordersSheet(
        [
          ['A1', '2023-11-11', 1, '新客'],
          ['A2', '2023-11-11', 1, '老客'],
          ['A3', '2023-11-11', 1, ''],
        ],
        header,
      ),
    ]).data!.orders;
    expect(Array.from(orders.isNew!)).toEqual([1, 0, -1]);
  });
});
