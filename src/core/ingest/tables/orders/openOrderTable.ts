import { STATUS_CODE } from '../../../model/campaign';
import type { ColumnReader } from '../../read/columnReader';
import type { ReadContext } from '../../read/context';
import { NEW_CUSTOMER_CODING, STATUS_CODING } from '../../read/codings';
import { codedReader } from '../../read/readCoded';
import { dictValues } from '../../read/dictionary';
import { dictReader } from '../../read/readDict';
import { markReturns } from './returnLines';
import { numberReader } from '../../read/readNumbers';
import { emptyTexts, textReader } from '../../read/readTexts';
import type { DateWindow } from '../../read/dateWindow';
import { timeReader } from '../../read/readTimes';
import {
  ORDER_CODED_FIELDS,
  ORDER_ID_TEXTS,
  type OrderCodedField,
  type OrderDictionaries,
  type OrderIdText,
} from './orderDictionaries';

export const PAID_CODE = STATUS_CODE.paid;
/** Status of an order read from a table without a status column but with a pay-time column: decided by its pay time once assembled. */
export const BY_PAY_TIME_CODE = -2;
/**
 * Rows read per block: big enough for tight loops, small enough that a block's cells (row arrays, strings,
 * boxed numbers: about half a kilobyte a row of 20 columns) stay in the processor's cache while the block's
 * columns are read one after the other. With 32k-row blocks every column pass went back to memory.
 */
export const CHUNK_ROWS = 2048;

export type LineCodedField = Exclude<OrderCodedField, 'order_id'>;

/** Rows from..to of one orders table, column by column; row i is at index i - from. */
export interface OrderChunk {
  readonly ctx: ReadContext<'orders'>;
  /** Codes into the shared order-id dictionary for the whole table (-1 where rejected). */
  readonly orderId: Int32Array;
  from: number;
  to: number;
  readonly orderTime: Float64Array;
  readonly payTime: Float64Array | null;
  /** Codes into STATUS_CODE, -1 empty; null when the table has no status column (see statusWhenAbsent). */
  readonly status: Int8Array | null;
  /** The status of a row when the table has no status column: paid, or BY_PAY_TIME_CODE with a pay-time column. */
  readonly statusWhenAbsent: number;
  readonly isNew: Int8Array | null;
  /** The paid amount; quantity × unit price when the table has no amount column but has both. */
  readonly amount: Float64Array;
  /** The order total beside the paid amount (null when the table has no separate total). */
  readonly total: Float64Array | null;
  /**
   * Line-level tables (amount = quantity × unit price): 1 where the row is a cancellation or return line
   * (returnLines.ts), else 0. Null for tables with an amount column.
   */
  readonly isReturn: Uint8Array | null;
  readonly quantity: Float64Array | null;
  readonly listPrice: Float64Array | null;
  /** Discount + coupon of the row; NaN when both are empty. */
  readonly discount: Float64Array | null;
  readonly refund: Float64Array | null;
  readonly cogs: Float64Array | null;
  /** Dictionary codes per coded text field (-1 empty), null when the table lacks it. */
  readonly texts: Readonly<Record<LineCodedField, Int32Array | null>>;
  /** The order-level ids as texts (null empty), null when the table lacks the field. */
  readonly ids: Readonly<Record<OrderIdText, (string | null)[] | null>>;
}

/** An orders table opened for reading: order ids read whole, every other column block by block. */
export interface OrderTableReader {
  readonly ctx: ReadContext<'orders'>;
  readonly orderId: Int32Array;
  /** The block the rows are read into (reused): its null columns are those the table lacks. */
  readonly chunk: OrderChunk;
  /** Reads rows from..to into the chunk. */
  read(from: number, to: number): OrderChunk;
  finish(): void;
}

/**
 * Opens an orders table. Order time and amount may be empty on an order's later lines (a Shopify export
 * gives the total on the first line only), so their emptiness is judged when orders are assembled; an
 * Excel error in them still rejects the row. Order and pay times outside `window` reject their row.
 */
export function openOrderTable(
  ctx: ReadContext<'orders'>,
  dicts: OrderDictionaries,
  window?: DateWindow,
): OrderTableReader {
  const idReader = dictReader(ctx, 'order_id', dicts.order_id);
  const orderId = new Int32Array(ctx.size).fill(-1);
  idReader?.read(0, ctx.size, orderId);
  idReader?.finish();

  const size = Math.min(CHUNK_ROWS, ctx.size);
  const numbers = (reader: ColumnReader<Float64Array> | null) => ({
    reader,
    out: reader === null ? null : new Float64Array(size),
  });
  const orderTime = numbers(timeReader(ctx, 'order_time', 'inherited', window));
  const amount = numbers(numberReader(ctx, 'amount', 'inherited'));
  const total = numbers(numberReader(ctx, 'total_amount', 'inherited'));
  const unitPrice = numbers(amount.reader === null ? numberReader(ctx, 'unit_price') : null);
  const statusReader = codedReader(ctx, 'status', STATUS_CODING);
  const payTime = numbers(timeReader(ctx, 'pay_time', undefined, window));
  const isNewReader = codedReader(ctx, 'is_new', NEW_CUSTOMER_CODING);
  const quantity = numbers(numberReader(ctx, 'quantity'));
  const listPrice = numbers(numberReader(ctx, 'list_price'));
  const discount = numbers(numberReader(ctx, 'discount'));
  const coupon = numbers(numberReader(ctx, 'coupon'));
  const refund = numbers(numberReader(ctx, 'refund_amount'));
  const cogs = numbers(numberReader(ctx, 'cogs'));
  const textReaders = ORDER_CODED_FIELDS.filter((f): f is LineCodedField => f !== 'order_id').map((field) => {
    const reader = dictReader(ctx, field, dicts[field]);
    return { field, reader, out: reader === null ? null : new Int32Array(size) };
  });
  const texts = Object.fromEntries(textReaders.map((t) => [t.field, t.out])) as Record<
    LineCodedField,
    Int32Array | null
  >;
  const idReaders = ORDER_ID_TEXTS.map((field) => {
    const reader = textReader(ctx, field);
    return { field, reader, out: reader === null ? null : emptyTexts(size) };
  });
  const ids = Object.fromEntries(idReaders.map((t) => [t.field, t.out])) as Record<
    OrderIdText,
    (string | null)[] | null
  >;
  const discounts = discount.out ?? coupon.out;
  const factors = quantity.out !== null && unitPrice.out !== null ? [quantity.out, unitPrice.out] : null;
  const chunk: OrderChunk = {
    ctx,
    orderId,
    from: 0,
    to: 0,
    orderTime: orderTime.out ?? new Float64Array(size).fill(NaN),
    payTime: payTime.out,
    status: statusReader === null ? null : new Int8Array(size),
    statusWhenAbsent: payTime.reader === null ? PAID_CODE : BY_PAY_TIME_CODE,
    isNew: isNewReader === null ? null : new Int8Array(size),
    amount: amount.out ?? new Float64Array(size).fill(NaN),
    total: total.out,
    isReturn: factors === null ? null : new Uint8Array(size),
    quantity: quantity.out,
    listPrice: listPrice.out,
    discount: discounts,
    refund: refund.out,
    cogs: cogs.out,
    texts,
    ids,
  };
  const all = [
    orderTime,
    amount,
    total,
    unitPrice,
    payTime,
    quantity,
    listPrice,
    discount,
    coupon,
    refund,
    cogs,
  ];
  return {
    ctx,
    orderId,
    chunk,
    read(from, to) {
      chunk.from = from;
      chunk.to = to;
      for (const step of [orderTime, amount]) if (step.out) step.reader?.read(from, to, step.out);
      if (chunk.status) statusReader?.read(from, to, chunk.status);
      for (const step of [total, unitPrice, payTime, quantity, listPrice, discount, coupon, refund, cogs]) {
        if (step.out) step.reader?.read(from, to, step.out);
      }
      if (factors && chunk.isReturn) {
        multiplyInto(chunk.amount, factors[0]!, factors[1]!, to - from);
        markReturns(chunk.isReturn, chunk.amount, factors[0]!, orderId, from, to, dictValues(dicts.order_id));
      }
      if (chunk.isNew) isNewReader?.read(from, to, chunk.isNew);
      if (discount.out && coupon.out) addInto(discount.out, coupon.out, to - from);
      for (const text of textReaders) if (text.out) text.reader?.read(from, to, text.out);
      for (const id of idReaders) if (id.out) id.reader?.read(from, to, id.out);
      return chunk;
    },
    finish() {
      for (const step of all) step.reader?.finish();
      statusReader?.finish();
      isNewReader?.finish();
      for (const text of textReaders) text.reader?.finish();
      for (const id of idReaders) id.reader?.finish();
    },
  };
}

/**
 * a[i] × b[i] into out (NaN where either is empty). 3 × 19.99 is 59.970000000000006 in binary: the product
 * is rounded to 1e-8, far below a cent, so that amounts read as the invoice shows them.
 */
function multiplyInto(out: Float64Array, a: Float64Array, b: Float64Array, length: number): void {
  for (let i = 0; i < length; i++) out[i] = Math.round((a[i] ?? NaN) * (b[i] ?? NaN) * 1e8) / 1e8;
}

/** a[i] + b[i] into a, an empty side counting 0; NaN where both are empty. */
function addInto(a: Float64Array, b: Float64Array, length: number): void {
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? NaN;
    const y = b[i] ?? NaN;
    a[i] = Number.isNaN(x) && Number.isNaN(y) ? NaN : (x || 0) + (y || 0);
  }
}
