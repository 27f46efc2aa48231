import path from 'node:path';
import { ingest } from '../../../../src/core/ingest';
import { computeKpis } from '../../../../src/core/metrics/computeKpis';
import { isPaidStatusCode } from '../../../../src/core/model/campaign';
import { readCsv } from '../../../../src/xlsx/readCsv';

/**
 * The Tmall order report (../shared/data/tmall-orders-2020-02): no status column, a blank 订单付款时间 for
 * orders never paid, 总金额 beside 买家实际支付金额, and paid amounts already net of refunds. The figures
 * are the publisher's (SOURCE.md); every one is computed here from the file.
 */
const FILE = path.join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'shared',
  'data',
  'tmall-orders-2020-02',
  'tmall_order_report.csv',
);

async function load() {
  const read = await readCsv(FILE);
  if (!read.ok) throw new Error(read.error.message['en-US']);
  const result = ingest(read.tables);
  if (result.data === null) throw new Error('no data');
  return { result, data: result.data, report: computeKpis(result.data) };
}

describe('the Tmall order report', () => {
  let loaded: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    loaded = await load();
  });

  test('every row is an order; the mapping takes both amounts', () => {
    const { result } = loaded;
    expect(result.tables).toHaveLength(1);
    const table = result.tables[0]!;
    expect(table.kind).toBe('orders');
    expect(table.rowsRead).toBe(28_010);
    expect(table.rowsUsed).toBe(28_010);
    expect(result.rejected).toEqual([]);
    expect(table.mapping).toMatchObject({
      amount: '买家实际支付金额',
      total_amount: '总金额',
      refund_amount: '退款金额',
    });
    expect(table.mapping.pay_time?.trim()).toBe('订单付款时间');
  });

  test('a blank pay time is an order placed, not paid', () => {
    const { data, report, result } = loaded;
    expect(report.total.kpis.orders.value).toBe(28_010);
    expect(report.total.kpis.paid_orders.value).toBe(24_087);
    let withPayTime = 0;
    let disagree = 0;
    for (let k = 0; k < data.orders.size; k++) {
      const hasPayTime = !Number.isNaN(data.orders.payTime![k]!);
      if (hasPayTime) withPayTime++;
      if (isPaidStatusCode(data.orders.status[k]!) !== hasPayTime) disagree++;
    }
    expect(withPayTime).toBe(24_087);
    expect(disagree).toBe(0);
    expect(report.total.kpis.paid_rate.value).toBeCloseTo(24_087 / 28_010, 12);
    expect(Math.round(report.total.kpis.paid_rate.value! * 10_000) / 100).toBe(85.99);
    expect(result.warnings.map((w) => w.code)).toContain('status_from_pay_time');
  });

  test('paid sales sum the paid amount, gmv the order totals of every order placed', () => {
    const { report } = loaded;
    expect(report.total.kpis.paid_sales.value).toBeCloseTo(1_902_487.15, 2);
    expect(report.total.kpis.gmv.value).toBeCloseTo(2_995_760.61, 2);
  });

  test('refunds: 5,646 orders, 572,335.92; the publisher-style 退款率 is refund orders over all orders', () => {
    const { report } = loaded;
    expect(report.total.measures.refunded_orders.value).toBe(5_646);
    expect(report.total.kpis.refunds.value).toBeCloseTo(572_335.92, 2);
    expect(report.total.kpis.return_rate_orders.value).toBeCloseTo(5_646 / 24_087, 12);
    const publisherRate = report.total.measures.refunded_orders.value! / report.total.kpis.orders.value!;
    expect(Math.round(publisherRate * 10_000) / 100).toBe(20.16);
    // return_rate_orders × paid_rate = refund orders ÷ all orders
    expect(report.total.kpis.return_rate_orders.value! * report.total.kpis.paid_rate.value!).toBeCloseTo(
      publisherRate,
      12,
    );
  });

  test('the paid amounts are detected as net of refunds: net sales are not reduced twice', () => {
    const { data, report, result } = loaded;
    expect(data.orders.total?.paidNetOfRefunds).toBe(true);
    const warning = result.warnings.find((w) => w.code === 'paid_net_of_refunds');
    expect(warning?.text['zh-CN']).toContain('5646/5646');
    expect(warning?.text['en-US']).toContain('5646 of the 5646');
    expect(report.total.kpis.net_sales.value).toBeCloseTo(1_902_487.15, 2);
    expect(report.total.measures.refunds_deducted.value).toBe(0);
  });
});
