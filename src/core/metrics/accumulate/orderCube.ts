import { STATUS_CODE, type OrdersTable } from '../../model/campaign';
import type { ChannelIndex } from '../channelIndex';
import type { DayWindow } from '../dayWindow';
import { orderRecord, type BuyerRecords } from './buyerRecords';

/** The additive order aggregates, in the order they sit in each cube cell. */
export const ORDER_SUM = {
  gmv: 0,
  orders: 1,
  paidSales: 2,
  paidOrders: 3,
  refunds: 4,
  refundedOrders: 5,
  discount: 6,
  cogs: 7,
  cogsMissing: 8,
  partialRefundUnknown: 9,
  newFlagUnknown: 10,
  amountMissing: 11,
  paidWithoutCustomer: 12,
  refundsDeducted: 13,
} as const;
export const ORDER_SUM_WIDTH = 14;

/** Per-order flags kept for the later passes. */
export const ORDER_FLAG = { inPeriod: 1, inBaseline: 2, paid: 4, refunded: 8 } as const;

/** No day: larger than any real day, so that `min` ignores it. */
export const NO_DAY = 0x7fffffff;

export interface OrderCube {
  /** Cell (slot × channels + channel) × ORDER_SUM_WIDTH + ORDER_SUM.x. */
  readonly sums: Float64Array;
  /** Rows per unified channel, whatever their date. */
  readonly rowsByChannel: Int32Array;
  readonly flags: Uint8Array;
  /** Per customer code: day of the customer's earliest paid order in all the data (NO_DAY when none). */
  readonly firstPaidDay: Int32Array | null;
  /** One record per paid order of the window that has a customer (for the distinct-buyer walk). */
  readonly buyers: BuyerRecords;
  /** Orders in neither the campaign period nor the baseline, and the earliest order day in the data. */
  readonly outside: number;
  readonly firstDay: number;
}

/**
 * One pass over the orders: every additive aggregate lands in a day × channel cube, from which totals,
 * days, phases, the baseline and channels are all cheap sums. Refunds per order follow the contract: the
 * refund cell when there is one, else the full amount of a refunded order; a partial refund without an
 * amount adds nothing and is counted so that it can be reported.
 */
export function accumulateOrders(orders: OrdersTable, window: DayWindow, channels: ChannelIndex): OrderCube {
  const n = orders.size;
  const { start, length, inPeriod, inBaseline } = window;
  const width = channels.size;
  const sums = new Float64Array(length * width * ORDER_SUM_WIDTH);
  const rowsByChannel = new Int32Array(width);
  const flags = new Uint8Array(n);
  const { day, amount, status, refund, discount, cogs, isNew } = orders;
  // Two amounts: gmv sums the order total where known; net paid amounts already have refunds taken off.
  const total = orders.total?.values ?? null;
  const deductRefunds = orders.total?.paidNetOfRefunds !== true;
  const channelCodes = orders.channel?.codes ?? null;
  const channelMap = channels.codes.orders;
  const customerCodes = orders.customer?.codes ?? null;
  const customerCount = orders.customer?.values.length ?? 0;
  const firstPaidDay = customerCodes ? new Int32Array(customerCount).fill(NO_DAY) : null;
  const buyerCustomer = new Int32Array(customerCodes ? n : 0);
  const buyerRecord = new Int32Array(customerCodes ? n : 0);
  let buyerCount = 0;
  let outside = 0;
  let firstDay = NO_DAY;

  for (let i = 0; i < n; i++) {
    const d = day[i]!;
    const st = status[i]!;
    const paid = st === 0 || st >= 3;
    const customer = customerCodes ? customerCodes[i]! : -1;
    if (d < firstDay) firstDay = d;
    if (paid && customer >= 0 && d < firstPaidDay![customer]!) firstPaidDay![customer] = d;
    const channel = channelCodes && channelMap ? channelMap[channelCodes[i]! + 1]! : channels.unattributed;
    rowsByChannel[channel]!++;
    const slot = d - start;
    if (slot < 0 || slot >= length) {
      outside++;
      continue;
    }
    if ((inPeriod[slot]! | inBaseline[slot]!) === 0) outside++;
    let flag = inPeriod[slot]! * ORDER_FLAG.inPeriod + inBaseline[slot]! * ORDER_FLAG.inBaseline;
    const base = (slot * width + channel) * ORDER_SUM_WIDTH;
    const a = amount[i]!;
    const value = a === a ? a : 0;
    if (a !== a) sums[base + ORDER_SUM.amountMissing]!++;
    const t = total ? total[i]! : NaN;
    sums[base + ORDER_SUM.gmv]! += t === t ? t : value;
    sums[base + ORDER_SUM.orders]!++;
    if (!paid) {
      flags[i] = flag;
      continue;
    }
    flag |= ORDER_FLAG.paid;
    sums[base + ORDER_SUM.paidSales]! += value;
    sums[base + ORDER_SUM.paidOrders]!++;
    const cell = refund ? refund[i]! : NaN;
    let refunded = 0;
    if (cell === cell) refunded = cell;
    else if (st === STATUS_CODE.refunded) refunded = value;
    else if (st === STATUS_CODE.partially_refunded) sums[base + ORDER_SUM.partialRefundUnknown]!++;
    sums[base + ORDER_SUM.refunds]! += refunded;
    if (deductRefunds) sums[base + ORDER_SUM.refundsDeducted]! += refunded;
    if (refunded > 0 || st === STATUS_CODE.refunded || st === STATUS_CODE.partially_refunded) {
      flag |= ORDER_FLAG.refunded;
      sums[base + ORDER_SUM.refundedOrders]!++;
    }
    if (discount) {
      const x = discount[i]!;
      if (x === x) sums[base + ORDER_SUM.discount]! += x;
    }
    if (cogs) {
      const x = cogs[i]!;
      if (x === x) sums[base + ORDER_SUM.cogs]! += x;
      else sums[base + ORDER_SUM.cogsMissing]!++;
    }
    if (isNew && isNew[i]! < 0) sums[base + ORDER_SUM.newFlagUnknown]!++;
    if (customer >= 0) {
      buyerCustomer[buyerCount] = customer;
      buyerRecord[buyerCount++] = orderRecord(
        slot * width + channel,
        inPeriod[slot]!,
        inBaseline[slot]!,
        isNew !== null && isNew[i] === 1 ? 1 : 0,
      );
    } else {
      sums[base + ORDER_SUM.paidWithoutCustomer]!++;
    }
    flags[i] = flag;
  }
  return {
    sums,
    rowsByChannel,
    flags,
    firstPaidDay,
    buyers: { customer: buyerCustomer, record: buyerRecord, size: buyerCount },
    outside,
    firstDay,
  };
}
