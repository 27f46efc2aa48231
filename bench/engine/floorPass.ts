import { createDictionary, encodeTexts } from '../../src/core/ingest/read/dictionary';
import type { CellValue } from '../../src/core/model/raw';
import type { BenchCampaign } from '../data/benchCampaign';
import { columnOf } from '../data/columnOf';

const MS_PER_DAY = 86_400_000;
/** Excel's serial day 25569 is 1970-01-01. */
const EPOCH_SERIAL = 25_569;

/**
 * A reference for the ingest target, not a product path: a plain row-by-row pass that turns the benchmark's
 * orders into the columns ingest produces (order ids grouped, order-level values kept, line values summed,
 * small columns coded, customers encoded, ids kept as texts), with none of ingest's checks: no parsing of
 * text cells, no rejected rows, no duplicate-row or conflict checks, no warnings. It is not a proven lower
 * bound; a tighter variant (ids hashed in place, last-value caches on the small columns) measured the same.
 * It trusts the generated cells (serial dates, plain numbers), so it is only run on them, and it must find
 * as many orders as ingest does. Returns the order count.
 */
export function floorPass(campaign: BenchCampaign): number {
  const sheet = campaign.orders;
  const rows = sheet.table.rows;
  const at = (field: Parameters<typeof columnOf<'orders'>>[2]) =>
    columnOf(sheet, 'orders', field, campaign.locale);
  const c = {
    id: at('order_id'),
    time: at('order_time'),
    pay: at('pay_time'),
    customer: at('customer_id'),
    amount: at('amount'),
    status: at('status'),
    channel: at('channel'),
    category: at('category'),
    sku: at('sku'),
    quantity: at('quantity'),
    listPrice: at('list_price'),
    discount: at('discount'),
    coupon: at('coupon'),
    refund: at('refund_amount'),
    cogs: at('cogs'),
    isNew: at('is_new'),
    device: at('device_id'),
    ip: at('ip'),
    address: at('address_hash'),
  };
  const size = rows.length;
  const ids = createDictionary(size);
  const idOfRow = encodeTexts(
    ids,
    rows.map((row) => row[c.id] as string),
  );
  const capacity = ids.values.length;
  const orderOfId = new Int32Array(capacity).fill(-1);
  const orderTime = new Float64Array(capacity);
  const payTime = new Float64Array(capacity);
  const amount = new Float64Array(capacity);
  const quantity = new Float64Array(capacity);
  const listPrice = new Float64Array(capacity);
  const discount = new Float64Array(capacity);
  const refund = new Float64Array(capacity);
  const cogs = new Float64Array(capacity);
  const status = new Int8Array(capacity);
  const isNew = new Int8Array(capacity);
  const channel = new Int32Array(capacity);
  const texts = () => new Array<string | null>(capacity).fill(null);
  const customer = texts();
  const device = texts();
  const ip = texts();
  const address = texts();
  const line = {
    order: new Int32Array(size),
    amount: new Float64Array(size),
    category: new Int32Array(size),
  };
  const sku = new Int32Array(size);
  const small = new Map<CellValue, number>();
  const code = (cell: CellValue): number => {
    let found = small.get(cell);
    if (found === undefined) small.set(cell, (found = small.size));
    return found;
  };
  const num = (row: readonly CellValue[], column: number) => row[column] as number;
  const text = (row: readonly CellValue[], column: number) => (row[column] as string | null) ?? null;
  let n = 0;
  for (let i = 0; i < size; i++) {
    const row = rows[i] as readonly CellValue[];
    const id = idOfRow[i] as number;
    let k = orderOfId[id] as number;
    const paid = num(row, c.amount);
    if (k < 0) {
      k = n++;
      orderOfId[id] = k;
      orderTime[k] = (num(row, c.time) - EPOCH_SERIAL) * MS_PER_DAY;
      payTime[k] = (num(row, c.pay) - EPOCH_SERIAL) * MS_PER_DAY;
      status[k] = code(row[c.status] ?? null);
      channel[k] = code(row[c.channel] ?? null);
      isNew[k] = code(row[c.isNew] ?? null);
      amount[k] = paid;
      quantity[k] = num(row, c.quantity);
      listPrice[k] = num(row, c.listPrice);
      discount[k] = num(row, c.discount) + num(row, c.coupon);
      refund[k] = num(row, c.refund);
      cogs[k] = num(row, c.cogs);
      customer[k] = text(row, c.customer);
      device[k] = text(row, c.device);
      ip[k] = text(row, c.ip);
      address[k] = text(row, c.address);
    } else {
      amount[k] = (amount[k] as number) + paid;
      quantity[k] = (quantity[k] as number) + num(row, c.quantity);
      listPrice[k] = (listPrice[k] as number) + num(row, c.listPrice);
      discount[k] = (discount[k] as number) + num(row, c.discount) + num(row, c.coupon);
      refund[k] = (refund[k] as number) + num(row, c.refund);
      cogs[k] = (cogs[k] as number) + num(row, c.cogs);
    }
    line.order[i] = k;
    line.amount[i] = paid;
    line.category[i] = code(row[c.category] ?? null);
    sku[i] = code(row[c.sku] ?? null);
  }
  encodeTexts(createDictionary(), customer, n);
  return n;
}
