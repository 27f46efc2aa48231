import { recogniseTable } from '../../../../src/core/ingest/headers/recogniseTable';
import type { CellValue } from '../../../../src/core/model/raw';
import { rawTable } from '../rawTable';

function recognise(header: readonly CellValue[], sheet = 'Sheet1', table?: string) {
  return recogniseTable(rawTable(sheet, header, [], 1, table));
}

/** field → header text, for readable expectations. */
function mapping(header: readonly CellValue[], sheet = 'Sheet1'): Record<string, string> {
  const { columns } = recognise(header, sheet);
  return Object.fromEntries(
    Object.entries(columns).map(([field, column]) => [field, String(header[column])]),
  );
}

describe('recognising an orders table', () => {
  test('reads the canonical headers in Chinese and in English', () => {
    expect(recognise(['订单号', '下单时间', '实付金额']).kind).toBe('orders');
    expect(recognise(['Order ID', 'Order Time', 'Paid Amount']).kind).toBe('orders');
  });

  test('maps a Tmall (千牛) order export', () => {
    const header = [
      '订单编号',
      '买家会员名',
      '买家支付宝账号',
      '买家应付货款',
      '总金额',
      '买家实际支付金额',
      '订单状态',
      '收货地址 ',
      '订单创建时间',
      '订单付款时间 ',
      '宝贝标题 ',
      '宝贝总数量',
      '店铺名称',
      '退款金额',
      '特权订金订单id',
    ];
    expect(recognise(header).kind).toBe('orders');
    expect(mapping(header)).toEqual({
      order_id: '订单编号',
      order_time: '订单创建时间',
      pay_time: '订单付款时间 ',
      customer_id: '买家会员名',
      amount: '买家实际支付金额',
      status: '订单状态',
      channel: '店铺名称',
      quantity: '宝贝总数量',
      refund_amount: '退款金额',
      total_amount: '总金额',
      address_hash: '收货地址 ',
    });
  });

  test('maps a JD order export', () => {
    const header = [
      '订单号',
      '商品ID',
      '商品名称',
      '订购数量',
      '下单时间',
      '京东价',
      '订单金额',
      '应付金额',
      '订单状态',
      '下单帐号',
      '付款确认时间',
    ];
    expect(mapping(header)).toEqual({
      order_id: '订单号',
      order_time: '下单时间',
      pay_time: '付款确认时间',
      customer_id: '下单帐号',
      amount: '应付金额',
      total_amount: '订单金额',
      status: '订单状态',
      sku: '商品ID',
      quantity: '订购数量',
      list_price: '京东价',
    });
  });

  test('maps a Shopify orders export', () => {
    const header = [
      'Name',
      'Email',
      'Financial Status',
      'Paid at',
      'Fulfillment Status',
      'Currency',
      'Subtotal',
      'Shipping',
      'Taxes',
      'Total',
      'Discount Code',
      'Discount Amount',
      'Created at',
      'Lineitem quantity',
      'Lineitem name',
      'Lineitem price',
      'Lineitem sku',
      'Lineitem fulfillment status',
      'Shipping Address1',
      'Refunded Amount',
      'Id',
      'Source',
    ];
    expect(recognise(header).kind).toBe('orders');
    expect(mapping(header)).toEqual({
      order_id: 'Name',
      order_time: 'Created at',
      pay_time: 'Paid at',
      customer_id: 'Email',
      amount: 'Total',
      status: 'Financial Status',
      channel: 'Source',
      sku: 'Lineitem sku',
      quantity: 'Lineitem quantity',
      unit_price: 'Lineitem price',
      discount: 'Discount Amount',
      refund_amount: 'Refunded Amount',
      address_hash: 'Shipping Address1',
    });
  });

  test('ignores case, spaces, full-width characters and units', () => {
    expect(mapping(['ＯＲＤＥＲ ＩＤ', 'order_time', 'Paid Amount (USD)'])).toEqual({
      order_id: 'ＯＲＤＥＲ ＩＤ',
      order_time: 'order_time',
      amount: 'Paid Amount (USD)',
    });
  });
});

describe('recognising the other kinds', () => {
  test.each([
    [['日期', '访客数', '浏览量', '跳失率(%)'], 'traffic'],
    [
      ['Date', 'Sessions', 'Users', 'Bounce rate', 'Add to carts', 'Session default channel group'],
      'traffic',
    ],
    [['统计日期', '流量来源', '访客数', '加购人数', '支付买家数'], 'traffic'],
    [['日期', '计划名称', '展现量', '点击量', '花费'], 'spend'],
    [['Day', 'Campaign', 'Impr.', 'Clicks', 'Cost'], 'spend'],
    [['Reporting starts', 'Campaign name', 'Impressions', 'Amount spent (USD)'], 'spend'],
    [['渠道', '消耗', '展现', '点击'], 'spend'],
    [['指标', '目标值'], 'targets'],
    [['Metric', 'Target', 'Channel'], 'targets'],
    [['阶段', '名称', '开始日期', '结束日期'], 'campaign'],
    [['Phase', 'Start', 'End'], 'campaign'],
    [['订单号', '退款金额', '退款时间'], 'refunds'],
    [['买家ID', '首单日期', '注册日期'], 'customers'],
    [['SKU', '日期', '库存'], 'inventory'],
    [['用户路径ID', '触点时间', '渠道', '是否转化'], 'touchpoints'],
  ])('%p is a %s table', (header, kind) => {
    expect(recognise(header).kind).toBe(kind);
  });

  test('a refunds table is not taken for orders, nor an orders table with refunds for refunds', () => {
    expect(recognise(['Order ID', 'Refund Amount', 'Refund Date']).kind).toBe('refunds');
    expect(recognise(['Order ID', 'Order Time', 'Paid Amount', 'Refund Amount']).kind).toBe('orders');
  });

  test('one lone column is not enough to recognise a table', () => {
    expect(recognise(['Customer ID']).kind).toBeNull();
  });
});

describe('unrecognised tables', () => {
  test('say which kind they look like and which required columns they lack', () => {
    const result = recognise(['订单号', '实付金额', '备注']);
    expect(result.kind).toBeNull();
    expect(result.closest).toEqual({ kind: 'orders', missing: ['order_time'] });
  });

  test('say nothing when nothing matches', () => {
    expect(recognise(['备注', '负责人']).closest).toBeNull();
  });
});

describe('sheet and table names', () => {
  test('break a tie between kinds', () => {
    const header = ['Date', 'Channel', 'Spend', 'UV'];
    expect(recognise(header, '流量').kind).toBe('traffic');
    expect(recognise(header, '投放').kind).toBe('spend');
    expect(recognise(header, 'Sheet1', 'AdSpend').kind).toBe('spend');
  });

  test('do not overrule clear headers', () => {
    expect(recognise(['订单号', '下单时间', '实付金额', '买家ID', '订单状态'], '目标').kind).toBe('orders');
  });
});

describe('the user mapping', () => {
  test('fixes the kind and the columns it names, and recognises the rest', () => {
    const table = rawTable('Data', ['单据', '时间', '钱', '买家ID'], []);
    const result = recogniseTable(table, {
      sheet: 'Data',
      kind: 'orders',
      columns: { order_id: '单据', order_time: '时间', amount: '钱' },
    });
    expect(result.kind).toBe('orders');
    expect(result.columns).toEqual({ order_id: 0, order_time: 1, amount: 2, customer_id: 3 });
  });

  test('reports headers it names that the table lacks, and unknown fields', () => {
    const table = rawTable('Data', ['订单号', '下单时间', '实付金额'], []);
    const result = recogniseTable(table, {
      sheet: 'Data',
      kind: 'orders',
      columns: { customer_id: '买家', bogus: '订单号' },
    });
    expect(result.kind).toBe('orders');
    expect(result.unknownHeaders).toEqual([
      { field: 'customer_id', header: '买家' },
      { field: 'bogus', header: '订单号' },
    ]);
  });

  test('leaves a table unread when the kind it names lacks a required column', () => {
    const table = rawTable('Data', ['订单号', '实付金额'], []);
    const result = recogniseTable(table, { sheet: 'Data', kind: 'orders' });
    expect(result).toMatchObject({ kind: null, closest: { kind: 'orders', missing: ['order_time'] } });
  });
});
