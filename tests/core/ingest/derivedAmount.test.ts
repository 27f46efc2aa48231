import { orderRows, rejections, run, warningCodes } from './fixtures';
import { rawTable } from './rawTable';

const LINES = rawTable(
  'Invoices',
  ['InvoiceNo', 'InvoiceDate', 'Quantity', 'UnitPrice', 'CustomerID'],
  [
    ['536365', '2010-12-01 08:26', 6, 2.55, '17850'],
    ['536366', '2010-12-01 08:28', 3, '19.99', '17850'],
    ['536367', '2010-12-01 08:34', 'two', 3.39, '13047'],
    ['536368', '2010-12-01 08:34', 1, null, '13047'],
  ],
);

const DERIVED = {
  sheet: 'Invoices',
  kind: 'orders',
  columns: { order_id: 'InvoiceNo', order_time: 'InvoiceDate' },
  amountFrom: { quantity: 'Quantity', unitPrice: 'UnitPrice' },
} as const;

describe('an amount the user maps as quantity × unit price', () => {
  test('is computed row by row; a row whose factor is no number is rejected, naming the value', () => {
    const result = run([LINES], { tables: [DERIVED] });
    expect(orderRows(result).map((o) => [o.id, o.amount])).toEqual([
      ['536365', 15.3],
      ['536366', 59.97],
    ]);
    expect(rejections(result)).toEqual([
      [4, 'not_a_number'],
      [5, 'missing_value'],
    ]);
    expect(result.rejected[0]?.reason['en-US']).toContain('"two"');
    expect(result.tables[0]?.mapping).toMatchObject({ quantity: 'Quantity', unit_price: 'UnitPrice' });
    const table = result.tables[0]!;
    expect(table.rowsRead).toBe(table.rowsUsed + table.rowsRejected);
  });

  test('says which named column the table lacks', () => {
    const result = run([LINES], {
      tables: [{ ...DERIVED, amountFrom: { quantity: 'Qty', unitPrice: 'UnitPrice' } }],
    });
    expect(warningCodes(result)).toContain('override_header_missing');
    expect(result.warnings.find((w) => w.code === 'override_header_missing')?.text['en-US']).toContain('Qty');
  });
});
