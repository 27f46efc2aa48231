import { ingest } from '../../../../src/core/ingest';
import { metricKpi } from '../../../../src/core/ingest/tables/targets/metricKpi';
import { computeKpis } from '../../../../src/core/metrics/computeKpis';
import { STATUS_CODE } from '../../../../src/core/model/campaign';
import type { CellValue } from '../../../../src/core/model/raw';
import { rawTable } from '../rawTable';

function run(header: readonly string[], rows: readonly (readonly CellValue[])[]) {
  const result = ingest([rawTable('订单', header, rows)]);
  return { result, data: result.data!, report: computeKpis(result.data!) };
}

const codes = (result: ReturnType<typeof run>['result']) => result.warnings.map((w) => w.code);

describe('payment status without a status column', () => {
  const header = ['订单编号', '订单创建时间', '订单付款时间', '实付金额'];
  const rows = [
    ['1', '2020-02-01 10:00', '2020-02-01 10:01', '100'],
    ['2', '2020-02-01 11:00', '', '40'],
    ['3', '2020-02-02 09:00', '2020-02-02 09:05', '60'],
  ];

  test('a pay time makes an order paid; a blank one leaves it placed and unpaid', () => {
    const { data, report, result } = run(header, rows);
    expect([...data.orders.status]).toEqual([STATUS_CODE.paid, STATUS_CODE.unpaid, STATUS_CODE.paid]);
    expect(report.total.kpis.orders.value).toBe(3);
    expect(report.total.kpis.paid_orders.value).toBe(2);
    expect(report.total.kpis.paid_rate.value).toBeCloseTo(2 / 3, 12);
    expect(report.total.kpis.gmv.value).toBe(200);
    expect(report.total.kpis.paid_sales.value).toBe(160);
    const warning = result.warnings.find((w) => w.code === 'status_from_pay_time');
    expect(warning?.text['en-US']).toContain('The 2 order(s) with a pay time are paid; the 1 with an empty');
    expect(warning?.text['zh-CN']).toContain('「订单付款时间」');
    expect(codes(result)).not.toContain('status_absent_read_as_paid');
  });

  test('an item-level order takes its pay time from any line, without a status clash', () => {
    const { data, result } = run(header, [
      ['1', '2020-02-01 10:00', '', '30'],
      ['1', '2020-02-01 10:00', '2020-02-01 10:01', '70'],
    ]);
    expect(result.rejected).toEqual([]);
    expect([...data.orders.status]).toEqual([STATUS_CODE.paid]);
    expect([...data.orders.amount]).toEqual([100]);
  });

  test('with a status column, the status decides as before', () => {
    const { data } = run(
      ['订单编号', '订单创建时间', '订单付款时间', '实付金额', '订单状态'],
      [['1', '2020-02-01 10:00', '', '30', '交易成功']],
    );
    expect([...data.orders.status]).toEqual([STATUS_CODE.paid]);
  });

  test('with neither column every order is paid, and a warning says so', () => {
    const { data, result } = run(['订单编号', '订单创建时间', '实付金额'], [['1', '2020-02-01 10:00', '30']]);
    expect([...data.orders.status]).toEqual([STATUS_CODE.paid]);
    const warning = result.warnings.find((w) => w.code === 'status_absent_read_as_paid');
    expect(warning?.text['en-US']).toContain('neither a status nor a pay-time column');
    expect(warning?.text['zh-CN']).toContain('既没有订单状态列也没有付款时间列');
  });
});

describe('two amounts', () => {
  test('gmv sums the order total over every order placed, paid sales the paid amount over paid orders', () => {
    const { report, result, data } = run(
      ['订单号', '下单时间', '订单状态', '总金额', '实付金额', '退款金额'],
      [
        ['1', '2020-02-01', '交易成功', '120', '100', '0'], // 20 of discount: total ≠ paid, no refund
        ['2', '2020-02-01', '待付款', '50', '0', '0'],
        ['3', '2020-02-01', '交易成功', '80', '80', '30'], // a refund on a gross paid amount
      ],
    );
    expect(result.tables[0]?.mapping).toMatchObject({ amount: '实付金额', total_amount: '总金额' });
    expect(data.orders.total?.paidNetOfRefunds).toBe(false);
    expect(report.total.kpis.gmv.value).toBe(250);
    expect(report.total.kpis.paid_sales.value).toBe(180);
    expect(report.total.kpis.refunds.value).toBe(30);
    expect(report.total.kpis.net_sales.value).toBe(150);
    expect(codes(result)).toContain('two_amounts');
    expect(codes(result)).not.toContain('paid_net_of_refunds');
  });

  test('paid amounts already net of refunds are detected, named, and not reduced twice', () => {
    const { report, result, data } = run(
      ['订单号', '下单时间', '订单状态', '订单金额', '买家实际支付金额', '退款金额'],
      [
        ['1', '2020-02-01', '交易成功', '120', '120', '0'],
        ['2', '2020-02-01', '交易成功', '80', '50', '30'],
        ['3', '2020-02-01', '交易成功', '99.9', '0', '99.9'],
        ['4', '2020-02-01', '待付款', '40', '0', '0'],
      ],
    );
    expect(data.orders.total?.paidNetOfRefunds).toBe(true);
    expect(report.total.kpis.paid_sales.value).toBe(170);
    expect(report.total.kpis.refunds.value).toBeCloseTo(129.9, 9);
    expect(report.total.kpis.net_sales.value).toBe(170);
    expect(report.total.kpis.gmv.value).toBeCloseTo(339.9, 9);
    const warning = result.warnings.find((w) => w.code === 'paid_net_of_refunds');
    expect(warning?.text['en-US']).toContain('on 2 of the 2 paid order(s) with a refund');
    expect(warning?.text['en-US']).toContain('买家实际支付金额 + refund = 订单金额');
    expect(warning?.text['zh-CN']).toContain('2/2');
  });

  test('the rule must hold on nearly all refunded orders: one in two is not enough', () => {
    const { data, report } = run(
      ['订单号', '下单时间', '订单状态', '总金额', '实付金额', '退款金额'],
      [
        ['1', '2020-02-01', '交易成功', '80', '50', '30'],
        ['2', '2020-02-01', '交易成功', '80', '80', '30'],
      ],
    );
    expect(data.orders.total?.paidNetOfRefunds).toBe(false);
    expect(report.total.kpis.net_sales.value).toBe(130 - 60);
  });

  test('a lone total-like column is the amount, as before', () => {
    for (const header of ['总金额', '订单金额', 'Total', 'Order Total', '应付金额']) {
      const { result, data } = run(['订单号', '下单时间', header], [['1', '2020-02-01', '88']]);
      expect(result.tables[0]?.mapping).toEqual({
        order_id: '订单号',
        order_time: '下单时间',
        amount: header,
      });
      expect(data.orders.total).toBeNull();
      expect([...data.orders.amount]).toEqual([88]);
    }
  });

  test('an amount payable beside a paid amount is the total; beside a gross 订单金额 it is the paid amount', () => {
    const beside = run(['订单号', '下单时间', '应付金额', '实付金额'], [['1', '2020-02-01', '100', '90']]);
    expect(beside.result.tables[0]?.mapping).toMatchObject({ amount: '实付金额', total_amount: '应付金额' });
    const jd = run(['订单号', '下单时间', '订单金额', '应付金额'], [['1', '2020-02-01', '100', '90']]);
    expect(jd.result.tables[0]?.mapping).toMatchObject({ amount: '应付金额', total_amount: '订单金额' });
  });

  test('an empty total counts the paid amount in gmv', () => {
    const { report } = run(
      ['订单号', '下单时间', '总金额', '实付金额'],
      [
        ['1', '2020-02-01', '', '90'],
        ['2', '2020-02-01', '50', '40'],
      ],
    );
    expect(report.total.kpis.gmv.value).toBe(140);
  });
});

describe('paid_rate as a target metric', () => {
  test.each(['成交率', '付款率', 'Paid rate', '成交率(%)'])('%s is paid_rate', (name) => {
    expect(metricKpi(name).kpi).toBe('paid_rate');
  });
});
