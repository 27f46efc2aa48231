import { ingest } from '../../../../src/core/ingest';
import { computeKpis } from '../../../../src/core/metrics/computeKpis';
import { STATUS_CODE } from '../../../../src/core/model/campaign';
import type { CellValue } from '../../../../src/core/model/raw';
import { isCancellationInvoice } from '../../../../src/core/ingest/tables/orders/returnLines';
import { rawTable } from '../rawTable';

/** A synthetic export in the UCI Online Retail shape, with its quirks. */
const HEADER = [
  'InvoiceNo',
  'StockCode',
  'Description',
  'Quantity',
  'InvoiceDate',
  'UnitPrice',
  'CustomerID',
  'Country',
];
const ROWS: CellValue[][] = [
  [
    '536365',
    '85123A',
    'WHITE HANGING HEART T-LIGHT HOLDER',
    '6',
    '12/1/2010 8:26',
    '2.55',
    '17850',
    'United Kingdom',
  ],
  ['536365', '71053', 'WHITE METAL LANTERN', '6', '12/1/2010 8:26', '3.39', '17850', 'United Kingdom'],
  ['536366', '22633', 'HAND WARMER UNION JACK', '6', '12/1/2010 8:28', '1.85', '', 'United Kingdom'],
  ['536367', 'POST', 'POSTAGE', '1', '12/1/2010 8:34', '18', '12583', 'France'],
  ['536367', '22745', "POPPY'S PLAYHOUSE BEDROOM", '6', '12/1/2010 8:34', '2.1', '12583', 'France'],
  ['C536379', 'D', 'Discount', '-1', '12/1/2010 9:41', '27.5', '14527', 'United Kingdom'],
  [
    'C536383',
    '35004C',
    'SET OF 3 COLOURED  FLYING DUCKS',
    '-1',
    '12/2/2010 9:49',
    '4.65',
    '15311',
    'United Kingdom',
  ],
  ['536589', '21777', '?', '-10', '12/2/2010 10:03', '0', '', 'United Kingdom'],
  ['A563186', 'B', 'Adjust bad debt', '1', '12/2/2010 14:51', '-11062.06', '', 'United Kingdom'],
  ['536368', '22960', 'JAM MAKING SET WITH JARS', '3', '12/2/2010 11:00', '4.25', '13047', 'United Kingdom'],
];

function run(rows: CellValue[][] = ROWS) {
  return ingest([rawTable('Online Retail', HEADER, rows)]);
}

describe('an invoice-line export (UCI Online Retail shape)', () => {
  test('is read as orders: amount = quantity × unit price', () => {
    const result = run();
    expect(result.tables[0]?.kind).toBe('orders');
    expect(result.tables[0]?.mapping).toMatchObject({
      order_id: 'InvoiceNo',
      order_time: 'InvoiceDate',
      sku: 'StockCode',
      quantity: 'Quantity',
      unit_price: 'UnitPrice',
      customer_id: 'CustomerID',
    });
    expect(result.tables[0]?.mapping.amount).toBeUndefined();
    const orders = result.data!.orders;
    expect([...orders.orderId]).toEqual(['536365', '536366', '536367', '536368']);
    // Each line's product is rounded to 1e-8 (6 × 1.85 is 11.100000000000001 in binary): amounts as invoiced.
    expect([...orders.amount]).toEqual([15.3 + 20.34, 11.1, 18 + 12.6, 12.75]);
    // No status, no pay time: every sale is paid (and the data-quality sheet says so).
    expect([...orders.status].every((s) => s === STATUS_CODE.paid)).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain('status_absent_read_as_paid');
    expect(result.data!.lines.size).toBe(6);
  });

  test('every row is accounted for: sale lines and return lines are used, none is dropped', () => {
    const result = run();
    const table = result.tables[0]!;
    expect(table.rowsRead).toBe(ROWS.length);
    expect(table.rowsUsed + table.rowsRejected).toBe(ROWS.length);
    expect(table.rowsRejected).toBe(0);
  });

  test('C invoices, negative quantities and negative prices are returns on their day, not negative sales', () => {
    const result = run();
    const returns = result.data!.returns!;
    expect(returns.invoice).toEqual(['C536379', 'C536383', '536589', 'A563186']);
    expect([...returns.amount]).toEqual([27.5, 4.65, 0, 11062.06]);
    expect([...returns.sourceRow]).toEqual([7, 8, 9, 10]);
    const warning = result.warnings.find((w) => w.code === 'return_lines');
    expect(warning?.text['en-US']).toContain('4 line(s) in 4 invoice(s)');
    expect(warning?.text['zh-CN']).toContain('4 行');

    const report = computeKpis(result.data!);
    const sales = 6 * 2.55 + 6 * 3.39 + 6 * 1.85 + 18 + 6 * 2.1 + 3 * 4.25;
    expect(report.total.kpis.orders.value).toBe(4);
    expect(report.total.kpis.paid_sales.value).toBeCloseTo(sales, 9);
    expect(report.total.kpis.gmv.value).toBeCloseTo(sales, 9);
    expect(report.total.kpis.refunds.value).toBeCloseTo(27.5 + 4.65 + 11062.06, 9);
    expect(report.total.kpis.net_sales.value).toBeCloseTo(sales - (27.5 + 4.65 + 11062.06), 9);
    // No order was refunded: returns are not tied to an order.
    expect(report.total.kpis.return_rate_orders.value).toBe(0);
    const day2 = report.byDay.find((d) => d.iso === '2010-12-02')!;
    expect(day2.measures.refunds.value).toBeCloseTo(4.65 + 11062.06, 9);
  });

  test('lines without a customer id count in sales and are flagged with their count', () => {
    const result = run();
    const warning = result.warnings.find((w) => w.code === 'lines_without_customer');
    expect(warning?.text['en-US']).toContain('1 sale line(s) have an empty "CustomerID"');
    const report = computeKpis(result.data!);
    expect(report.total.kpis.paid_orders.value).toBe(4);
    expect(report.total.kpis.buyers.value).toBe(3);
  });

  test('M/D/YYYY H:MM dates are read as month first', () => {
    const result = run();
    const days = [...result.data!.orders.day].map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    expect(days).toEqual(['2010-12-01', '2010-12-01', '2010-12-01', '2010-12-02']);
  });

  test('a return line without a date or a quantity is rejected with the reason, not dropped', () => {
    const result = run([
      ...ROWS.slice(0, 2),
      ['C536380', '22086', 'PAPER CHAIN KIT', '-2', '', '2.95', '14527', 'United Kingdom'],
    ]);
    expect(result.rejected.map((r) => [r.row, r.code, r.column])).toEqual([
      [4, 'missing_value', 'InvoiceDate'],
    ]);
    expect(result.data!.returns).toBeNull();
  });

  test('an identical return line is a duplicate: counted once, rejected with the row it repeats', () => {
    const result = run([...ROWS, ROWS[6]!]);
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([[ROWS.length + 2, 'duplicate_row']]);
    expect(result.data!.returns!.size).toBe(4);
    expect(result.rejected[0]?.reason['en-US']).toContain('8');
  });

  test('the C prefix rule', () => {
    expect(isCancellationInvoice('C536379')).toBe(true);
    expect(isCancellationInvoice('c536379')).toBe(true);
    expect(isCancellationInvoice('536379')).toBe(false);
    expect(isCancellationInvoice('CUST1')).toBe(false);
    expect(isCancellationInvoice('')).toBe(false);
  });

  test('a table with an amount column keeps it, negative quantities included', () => {
    const result = ingest([
      rawTable(
        'Orders',
        ['Order ID', 'Order Date', 'Amount', 'Quantity', 'Unit Price'],
        [
          ['A1', '2024-11-11', '100', '2', '40'],
          ['C2', '2024-11-11', '50', '-1', '50'],
        ],
      ),
    ]);
    expect([...result.data!.orders.amount]).toEqual([100, 50]);
    expect(result.data!.returns).toBeNull();
  });
});
