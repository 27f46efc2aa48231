import { ORDER_HEADER, ordersSheet, rejections, run, warningCodes } from './fixtures';
import { rawTable } from './rawTable';

const ORDER = ['A1', 'u1', '2023-11-11 10:00', null, 100, '交易成功', 'S1', 1];

describe('blank rows', () => {
  test('are skipped, not counted as read, and reported in one warning', () => {
    const result = run([
      ordersSheet([ORDER, [null, '', '  '], [], ['A2', 'u2', '2023-11-11', null, 5, '交易成功', 'S1', 1]]),
    ]);
    expect(result.tables[0]).toMatchObject({ rowsRead: 2, rowsUsed: 2, rowsRejected: 0 });
    expect(result.rejected).toEqual([]);
    const warning = result.warnings.find((w) => w.code === 'blank_rows_skipped');
    expect(warning?.text['en-US']).toContain('2 blank row(s) (row 3, 4)');
  });

  test('a row holding only a placeholder or an error is not blank', () => {
    const result = run([ordersSheet([ORDER, ['-'], ['#N/A']])]);
    expect(result.tables[0]).toMatchObject({ rowsRead: 3, rowsUsed: 1, rowsRejected: 2 });
  });
});

describe('row numbers', () => {
  test('are worksheet rows: header row + 1 + index', () => {
    const table = rawTable(
      '订单',
      ORDER_HEADER,
      [ORDER, ['A2', 'u2', 'later', null, 5, '交易成功', 'S1', 1]],
      5,
    );
    const result = run([table]);
    expect(rejections(result)).toEqual([[7, 'not_a_date']]);
    expect(result.data!.orders.sourceRow[0]).toBe(6);
  });

  test('rejected rows are listed by table, then by row', () => {
    const result = run([
      ordersSheet([
        ['A1', 'u1', '2023-11-11', null, 'x', '交易成功', 'S1', 1],
        ['', 'u1', '2023-11-11', null, 1, '交易成功', 'S1', 1],
        ['A3', 'u1', '2023-11-11', null, 1, '未知', 'S1', 1],
      ]),
    ]);
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3, 4]);
  });
});

describe('the recognised tables', () => {
  test('list the mapping as written, the unmapped headers and the row accounting', () => {
    const table = rawTable(
      'Orders',
      ['Order ID', 'Created at', 'Total', 'Notes', ''],
      [
        ['A1', '2023-11-11', 10, 'gift', null],
        ['A2', '2023-11-11', 'ten', '', null],
      ],
    );
    const result = run([table]);
    expect(result.tables).toEqual([
      {
        kind: 'orders',
        source: table.source,
        mapping: { order_id: 'Order ID', order_time: 'Created at', amount: 'Total' },
        unmappedHeaders: ['Notes'],
        rowsRead: 2,
        rowsUsed: 1,
        rowsRejected: 1,
      },
    ]);
  });
});

describe('tables of unknown kind', () => {
  test('are listed in a warning naming the sheet and what they lack', () => {
    const result = run([ordersSheet([ORDER]), rawTable('备注', ['订单号', '实付金额'], [['A1', 5]])]);
    expect(result.tables.map((t) => t.source.sheet)).toEqual(['订单']);
    const warning = result.warnings.find((w) => w.code === 'table_unrecognised');
    expect(warning?.text['zh-CN']).toContain('工作表「备注」未被读取');
    expect(warning?.text['zh-CN']).toContain('「下单时间」');
  });
});

describe('without usable orders', () => {
  test('no orders table but another table gives a campaign without orders, and says so', () => {
    const result = run([rawTable('流量', ['日期', '访客数'], [['2023-11-11', 5]])]);
    expect(result.data?.ordersMissing).toBe('no_table');
    expect(result.data?.orders.size).toBe(0);
    expect(warningCodes(result)).toEqual(['period_from_data', 'orders_absent']);
    expect(result.tables.map((t) => [t.kind, t.rowsUsed])).toEqual([['traffic', 1]]);
  });

  test('an orders table whose every row is rejected, and nothing else, gives no data and a warning', () => {
    const result = run([ordersSheet([['A1', 'u1', 'never', null, 1, '交易成功', 'S1', 1]])]);
    expect(result.data).toBeNull();
    expect(warningCodes(result)).toContain('no_usable_orders');
    expect(rejections(result)).toEqual([[2, 'not_a_date']]);
  });

  test('nothing at all gives no data and no throw', () => {
    expect(run([]).data).toBeNull();
    expect(run([rawTable('Empty', [], [])]).warnings.map((w) => w.code)).toEqual([
      'table_unrecognised',
      'no_orders_table',
    ]);
  });
});

describe('several tables of one kind', () => {
  test('are read end to end, an order id shared across them being one order', () => {
    const result = run([
      ordersSheet([ORDER]),
      rawTable(
        'JD',
        ['订单号', '下单时间', '应付金额', '商品ID'],
        [
          ['A1', '2023-11-11 10:00', 50, 'S9'],
          ['J1', '2023-11-12', 70, 'S9'],
        ],
      ),
    ]);
    const orders = result.data!.orders;
    expect(orders.orderId).toEqual(['A1', 'J1']);
    expect(Array.from(orders.amount)).toEqual([150, 70]);
    expect(result.data!.lines.size).toBe(3);
  });
});

describe('the settings', () => {
  test('can map columns and set the kind of a table', () => {
    const table = rawTable(
      '导出',
      ['单据编号', '成交时间', '金额（元）', '会员'],
      [['X1', '2023-11-11', '12.5', 'm1']],
    );
    const result = run([table], {
      tables: [
        {
          sheet: '导出',
          kind: 'orders',
          columns: { order_id: '单据编号', order_time: '成交时间', amount: '金额（元）' },
        },
      ],
    });
    expect(result.data!.orders.orderId).toEqual(['X1']);
    expect(result.tables[0]!.mapping).toEqual({
      order_id: '单据编号',
      order_time: '成交时间',
      customer_id: '会员',
      amount: '金额（元）',
    });
  });

  test('can leave a table out', () => {
    const result = run([ordersSheet([ORDER]), rawTable('Old orders', ORDER_HEADER, [ORDER])], {
      tables: [{ sheet: 'Old orders', kind: 'ignore' }],
    });
    expect(result.tables).toHaveLength(1);
    expect(result.rejected).toEqual([]);
  });

  test('apply to one Excel table of a sheet when they name it', () => {
    const a = rawTable('Data', ORDER_HEADER, [ORDER], 1, 'Orders2023');
    const b = rawTable(
      'Data',
      ORDER_HEADER,
      [['B1', 'u1', '2023-11-11', null, 1, '交易成功', 'S1', 1]],
      10,
      'Orders2022',
    );
    const result = run([a, b], { tables: [{ sheet: 'Data', table: 'Orders2022', kind: 'ignore' }] });
    expect(result.data!.orders.orderId).toEqual(['A1']);
  });

  test('that name a missing sheet or header are reported', () => {
    const result = run([ordersSheet([ORDER])], {
      tables: [
        { sheet: 'Gone', kind: 'traffic' },
        { sheet: '订单', kind: 'orders', columns: { customer_id: 'Buyer' } },
      ],
    });
    expect(warningCodes(result)).toEqual(
      expect.arrayContaining(['override_source_missing', 'override_header_missing']),
    );
    expect(result.data!.orders.size).toBe(1);
  });
});

describe('odd shapes', () => {
  test('short rows, long rows and non-text headers do not throw', () => {
    const table = rawTable(
      '订单',
      ['订单号', '下单时间', '实付金额', 2023, null, true],
      [['A1', '2023-11-11'], ['A2', '2023-11-11', 5, 1, 2, 3, 4, 5, 6], []],
    );
    const result = run([table]);
    expect(result.tables[0]).toMatchObject({ rowsRead: 2, rowsUsed: 1, rowsRejected: 1 });
    expect(result.tables[0]!.unmappedHeaders).toEqual(['2023', 'true']);
  });
});
