import { allocate } from './allocate';
import { at } from './at';
import { PHASE_OF_INDEX, SAMPLE_DAY_COUNT, SECONDS_PER_DAY } from './calendar';
import { SAMPLE_SKUS, SAMPLE_CATEGORIES, skuIndex } from './catalog';
import type { SampleChannel } from './channels';
import type { AbusePlan } from './couponAbuse';
import type { DayLevels } from './dayLevels';
import { SAMPLE_EVENTS } from './events';
import { hash32 } from './hash';
import { hourProfiles } from './intraday';
import type { OrderLedger } from './ledger';
import { drawStatus, paidStatus, payDelay } from './orderStatus';
import { cumulative, type Random } from './random';
import { SALT } from './salts';
import { isPaidCode } from './statuses';

export interface OrderGenerationInput {
  /** Rows of the orders table (order lines). */
  readonly rows: number;
  readonly channels: readonly SampleChannel[];
  readonly seed: number;
  readonly levels: DayLevels;
  readonly abuse: AbusePlan;
  readonly random: Random;
}

/** Customers from before the window, per order row. */
const POOL_PER_ROW = 0.3;
/**
 * Share of orders by a first-time customer of an earlier day coming back, once there are many of them; it
 * ramps up as they accumulate (half of it after about 3 days' worth of rows). The rest come from the pool.
 */
const REPEAT_SHARE = 0.15;
const REPEAT_RAMP_DAYS = 3;
const LINES = cumulative([0.8, 0.14, 0.06]);
const QUANTITY = cumulative([0.86, 0.11, 0.03]);
/** From this list price up, a second unit is rare and a third never bought. */
const PRICEY = 500;
const PRICEY_QUANTITY = cumulative([0.97, 0.03]);
const WINDOW_END = SAMPLE_DAY_COUNT * SECONDS_PER_DAY - 1;

/**
 * The orders: rows are split over the days by their volume, each day's orders get times from its hourly
 * profile and are generated in time order (so "new customer" can mean "no paid order before"), with the
 * abuse cluster's orders merged in. Prices come later (priceLines.ts), after the stock-out has rerouted
 * the hero SKU.
 */
export function generateOrders(input: OrderGenerationInput): OrderLedger {
  const { rows, channels, seed, levels, abuse, random } = input;
  const pool = Math.max(300, Math.round(rows * POOL_PER_ROW));
  const abuseFirst = pool;
  const freshFirst = pool + abuse.accounts;
  const ledger = emptyLedger(rows, pool, abuse.accounts);
  const hasPaid = new Uint8Array(freshFirst + rows);
  const channelPick = [0, 1, 2, 3].map((phase) => cumulative(channels.map((c) => c.share[phase] ?? 0)));
  const skuPick = [0, 1, 2, 3].map((phase) => cumulative(SAMPLE_SKUS.map((s) => s.weight[phase] ?? 0)));
  const affiliate = channels.findIndex((c) => c.key === SAMPLE_EVENTS.couponAbuse.channel);
  const abuseChannel = affiliate >= 0 ? affiliate : channels.length - 1;
  const abuseSku = skuIndex(SAMPLE_EVENTS.couponAbuse.sku);
  const hours = hourProfiles();
  const dayRows = normalRowsPerDay(rows, levels, abuse);
  const maxDay = dayRows.reduce((max, value) => Math.max(max, value), 0);
  const seconds = new Int32Array(maxDay);
  const lineCounts = new Uint8Array(maxDay);
  let order = 0;
  let line = 0;
  let fresh = freshFirst;
  let nextAbuse = 0;

  const addOrder = (
    second: number,
    channel: number,
    customer: number,
    lines: number,
    abusive: boolean,
  ): void => {
    const day = Math.floor(second / SECONDS_PER_DAY);
    const phase = PHASE_OF_INDEX[day] ?? 0;
    const experiment = SAMPLE_EVENTS.abTest;
    const variant =
      day >= experiment.fromIndex && day <= experiment.toIndex
        ? hash32(seed, customer, SALT.variant) & 1
        : -1;
    ledger.firstLine[order] = line;
    ledger.lines[order] = lines;
    let refundFactor = 1;
    for (let j = 0; j < lines; j++) {
      const sku = abusive
        ? abuseSku
        : distinctSku(random, at(skuPick, phase), ledger.sku, ledger.firstLine[order] ?? 0, line);
      ledger.lineOrder[line] = order;
      ledger.sku[line] = sku;
      const item = at(SAMPLE_SKUS, sku);
      ledger.quantity[line] = abusive
        ? 1
        : random.pick(item.listPrice >= PRICEY ? PRICEY_QUANTITY : QUANTITY) + 1;
      refundFactor = Math.max(refundFactor, at(SAMPLE_CATEGORIES, item.category).refundFactor);
      line++;
    }
    const status = abusive
      ? paidStatus(random, day, 0, 0)
      : drawStatus(random, phase, second, variant, refundFactor);
    const paid = isPaidCode(status);
    ledger.orderSecond[order] = second;
    ledger.paySecond[order] = paid ? Math.min(second + payDelay(random), WINDOW_END) : -1;
    ledger.customer[order] = customer;
    ledger.channel[order] = channel;
    ledger.status[order] = status;
    ledger.variant[order] = variant;
    ledger.isNew[order] = customer >= pool && hasPaid[customer] === 0 ? 1 : 0;
    if (paid) hasPaid[customer] = 1;
    order++;
  };

  /** First-time customers seen before today: the ones who can come back. */
  let returning = 0;
  const returningScale = (REPEAT_RAMP_DAYS * rows) / SAMPLE_DAY_COUNT;
  const chooseCustomer = (channel: number): number => {
    const r = random.next();
    const newShare = channels[channel]?.newShare ?? 0.5;
    if (r < newShare) return fresh++;
    const repeat = (REPEAT_SHARE * returning) / (returning + returningScale);
    if (r < newShare + repeat) return freshFirst + random.int(returning);
    return random.int(pool);
  };

  for (let day = 0; day < SAMPLE_DAY_COUNT; day++) {
    const phase = PHASE_OF_INDEX[day] ?? 0;
    const target = dayRows[day] ?? 0;
    returning = fresh - freshFirst;
    let count = 0;
    for (let placed = 0; placed < target; count++) {
      const lines = Math.min(random.pick(LINES) + 1, target - placed);
      lineCounts[count] = lines;
      placed += lines;
    }
    const profile = at(hours, day);
    for (let k = 0; k < count; k++) seconds[k] = random.pick(profile) * 3600 + random.int(3600);
    seconds.subarray(0, count).sort();
    const dayEnd = (day + 1) * SECONDS_PER_DAY;
    for (let k = 0; ;) {
      const abusive = abuse.orders[nextAbuse];
      const normalSecond = k < count ? day * SECONDS_PER_DAY + (seconds[k] ?? 0) : dayEnd;
      if (abusive && abusive.second < dayEnd && abusive.second <= normalSecond) {
        addOrder(abusive.second, abuseChannel, abuseFirst + abusive.account, 1, true);
        nextAbuse++;
      } else if (k < count) {
        const channel = random.pick(at(channelPick, phase));
        addOrder(normalSecond, channel, chooseCustomer(channel), lineCounts[k] ?? 1, false);
        k++;
      } else break;
    }
  }
  return { ...ledger, orderCount: order, lineCount: line, customerCount: fresh };
}

/** Normal rows per day: the day's share of all rows, less the abuse cluster's rows that day. */
function normalRowsPerDay(rows: number, levels: DayLevels, abuse: AbusePlan): Int32Array {
  const perDay = allocate(rows, levels.actual);
  for (const order of abuse.orders) {
    const day = Math.floor(order.second / SECONDS_PER_DAY);
    perDay[day] = (perDay[day] ?? 0) - 1;
    if ((perDay[day] ?? 0) < 0) throw new RangeError('Too few order rows for the sample campaign');
  }
  return perDay;
}

/** A SKU not yet on this order. */
function distinctSku(
  random: Random,
  pick: Float64Array,
  skus: Uint8Array,
  first: number,
  line: number,
): number {
  for (;;) {
    const sku = random.pick(pick);
    let seen = false;
    for (let j = first; j < line; j++) if (skus[j] === sku) seen = true;
    if (!seen) return sku;
  }
}

function emptyLedger(rows: number, pool: number, abuseAccounts: number): OrderLedger {
  return {
    orderCount: 0,
    lineCount: 0,
    orderSecond: new Int32Array(rows),
    paySecond: new Int32Array(rows),
    customer: new Int32Array(rows),
    channel: new Uint8Array(rows),
    status: new Uint8Array(rows),
    isNew: new Uint8Array(rows),
    variant: new Int8Array(rows),
    firstLine: new Int32Array(rows),
    lines: new Uint8Array(rows),
    lineOrder: new Int32Array(rows),
    sku: new Uint8Array(rows),
    quantity: new Uint8Array(rows),
    listCents: new Int32Array(rows),
    discountCents: new Int32Array(rows),
    couponCents: new Int32Array(rows),
    amountCents: new Int32Array(rows),
    refundCents: new Int32Array(rows),
    cogsCents: new Int32Array(rows),
    customerCount: 0,
    pool,
    abuseFirst: pool,
    abuseAccounts,
  };
}
