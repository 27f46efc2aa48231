import path from 'node:path';
import { ingest } from '../../../../src/core/ingest';
import { STATUS_CODE, type IngestResult } from '../../../../src/core/model/campaign';
import type { RawTable } from '../../../../src/core/model/raw';
import { readCsvFolder } from '../../../../src/xlsx/readCsv';
import { kpisJsonOf } from '../../../cli/support/runCli';

/**
 * The Olist sample (../shared/data/olist, see its SOURCE.md): four CSV files, orders without an amount,
 * order items, payments and customers. The figures below are SOURCE.md's, computed there with pandas.
 */
const OLIST = path.join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'olist');

let tables: readonly RawTable[];
let result: IngestResult;

beforeAll(async () => {
  const read = await readCsvFolder(OLIST);
  if (!read.ok) throw new Error(read.error.message['en-US']);
  tables = read.tables;
  result = ingest(tables);
});

function table(kind: string) {
  const found = result.tables.find((t) => t.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} table`);
  return found;
}

function raw(sheet: string): RawTable {
  const found = tables.find((t) => t.source.sheet === sheet);
  if (found === undefined) throw new Error(`no sheet ${sheet}`);
  return found;
}

/** The cells of one column of a raw table, by its header. */
function column(t: RawTable, header: string): unknown[] {
  const j = t.header.indexOf(header);
  return t.rows.map((row) => row[j]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('the Olist sample as four CSV files', () => {
  test('each file is recognised as its kind and every row is used: 0 orphans', () => {
    expect(result.tables.map((t) => [t.kind, t.rowsRead, t.rowsUsed]).sort()).toEqual(
      [
        ['customers', 8000, 8000],
        ['order_lines', 9116, 9116],
        ['orders', 8000, 8000],
        ['payments', 8349, 8349],
      ].sort(),
    );
    expect(result.rejected).toEqual([]);
    expect(table('orders').mapping.amount).toBeUndefined();
    expect(result.data?.orders.size).toBe(8000);
  });

  test('97.16 % of the orders are delivered (the engine’s orders, their status cell in the source)', () => {
    const orders = result.data!.orders;
    const source = raw(table('orders').source.sheet);
    const status = column(source, table('orders').mapping.status!);
    let delivered = 0;
    for (let k = 0; k < orders.size; k++) {
      const index = orders.sourceRow[k]! - source.source.headerRow - 1;
      if (status[index] === 'delivered') delivered++;
    }
    expect(((delivered / orders.size) * 100).toFixed(2)).toBe('97.16');
    // Every Olist status word is read: delivered, shipped, invoiced and processing are paid.
    const paid = orders.status.filter((s) => s === STATUS_CODE.paid).length;
    expect(paid).toBe(7773 + 80 + 25 + 15);
    expect(orders.status.filter((s) => s === STATUS_CODE.cancelled).length).toBe(60 + 47);
  });

  test('order value is Σ payment_value per order: mean 160.81, median 105.52', () => {
    const orders = result.data!.orders;
    const paidIds = new Set(column(raw(table('payments').source.sheet), 'order_id'));
    const values: number[] = [];
    for (let k = 0; k < orders.size; k++) if (paidIds.has(orders.orderId[k])) values.push(orders.amount[k]!);
    expect(values).toHaveLength(7999);
    const sum = values.reduce((a, b) => a + b, 0);
    expect(sum.toFixed(2)).toBe('1286330.90');
    expect((sum / values.length).toFixed(2)).toBe('160.81');
    expect(median(values).toFixed(2)).toBe('105.52');
    const notice = result.warnings.find((w) => w.code === 'order_amount_from_relations');
    expect(notice?.text['en-US']).toContain('7999 order(s) take the sum of their payments');
    expect(notice?.text['en-US']).toContain('1 order(s) take the sum of their lines');
    expect(notice?.text['zh-CN']).toContain('7999 个订单取支付表');
  });

  test('the lines are the order items: Σ price 1,089,660.09 over 9,116 lines, by SKU', () => {
    const lines = result.data!.lines;
    let sum = 0;
    let items = 0;
    for (let m = 0; m < lines.size; m++) {
      if ((lines.sku?.codes[m] ?? -1) < 0) continue;
      sum += lines.amount[m]!;
      items++;
    }
    expect(items).toBe(9116);
    expect(sum.toFixed(2)).toBe('1089660.09');
    // The 68 orders without items keep one line each, so every order has a line.
    expect(lines.size).toBe(9116 + 68);
  });

  test('customers count as persons (customer_unique_id): 7,969, of whom 31 ordered twice or more', () => {
    const customer = result.data!.orders.customer!;
    const ordersOf = new Map<number, number>();
    for (const code of customer.codes) ordersOf.set(code, (ordersOf.get(code) ?? 0) + 1);
    expect(ordersOf.size).toBe(7969);
    expect([...ordersOf.values()].filter((n) => n >= 2)).toHaveLength(31);
    expect(result.warnings.map((w) => w.code)).toContain('customers_mapped_to_persons');
  });

  test('through the CLI, the folder gives the orders, paid orders and buyers', async () => {
    const json = await kpisJsonOf([OLIST]);
    expect(json.rejected_rows.total).toBe(0);
    expect(json.tables.map((t) => t.kind).sort()).toEqual(['customers', 'order_lines', 'orders', 'payments']);
    expect(json.kpis.orders).toBe(8000);
    expect(json.kpis.paid_orders).toBe(7773 + 80 + 25 + 15);
    // Buyers: the persons (customer_unique_id) behind the paid orders, joined here from the raw files.
    const customers = raw('olist_customers_dataset.csv');
    const personOf = new Map(
      column(customers, 'customer_id').map((id, i) => [id, column(customers, 'customer_unique_id')[i]]),
    );
    const orders = raw('olist_orders_dataset.csv');
    const statuses = column(orders, 'order_status');
    const paidPersons = new Set(
      column(orders, 'customer_id')
        .filter((_, i) => ['delivered', 'shipped', 'invoiced', 'processing'].includes(String(statuses[i])))
        .map((id) => personOf.get(id)),
    );
    expect(json.kpis.buyers).toBe(paidPersons.size);
    expect(json.period).toEqual({ start: '2016-09-15', end: '2018-10-03' });
  }, 60_000);
});
