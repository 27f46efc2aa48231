import type { CellValue } from '../../src/core/model/raw';
import type { DayRange } from '../../src/core/model/day';
import { STATUS_WORDS } from '../../src/core/sample/statuses';
import { word } from '../../src/core/sample/vocabulary';
import type { BenchCampaign } from '../data/benchCampaign';
import { columnOf } from '../data/columnOf';

type Rows = readonly (readonly CellValue[])[];

/**
 * What arquero and DuckDB start from: the very cell arrays Fupan's ingest reads, with the columns they
 * need located by header, and the two facts a hand-written query must be told (which status words mean
 * "not paid", and the calendar). Dates are Excel serials, as in the sheets.
 */
export interface BaselineInput {
  readonly orders: {
    readonly rows: Rows;
    readonly orderId: number;
    readonly orderTime: number;
    readonly payTime: number;
    readonly customer: number;
    readonly amount: number;
    readonly status: number;
    readonly channel: number;
    readonly refund: number;
  };
  readonly traffic: {
    readonly rows: Rows;
    readonly date: number;
    readonly channel: number;
    readonly uv: number;
  };
  readonly spend: {
    readonly rows: Rows;
    readonly date: number;
    readonly channel: number;
    readonly spend: number;
  };
  /** Status words of unpaid and cancelled orders; every other status is paid (docs/metrics.md). */
  readonly unpaid: string;
  readonly cancelled: string;
  readonly period: DayRange;
  readonly baseline: DayRange;
}

export function baselineInput(campaign: BenchCampaign): BaselineInput {
  const { orders, traffic, spend, locale } = campaign;
  return {
    orders: {
      rows: orders.table.rows,
      orderId: columnOf(orders, 'orders', 'order_id', locale),
      orderTime: columnOf(orders, 'orders', 'order_time', locale),
      payTime: columnOf(orders, 'orders', 'pay_time', locale),
      customer: columnOf(orders, 'orders', 'customer_id', locale),
      amount: columnOf(orders, 'orders', 'amount', locale),
      status: columnOf(orders, 'orders', 'status', locale),
      channel: columnOf(orders, 'orders', 'channel', locale),
      refund: columnOf(orders, 'orders', 'refund_amount', locale),
    },
    traffic: {
      rows: traffic.table.rows,
      date: columnOf(traffic, 'traffic', 'date', locale),
      channel: columnOf(traffic, 'traffic', 'channel', locale),
      uv: columnOf(traffic, 'traffic', 'uv', locale),
    },
    spend: {
      rows: spend.table.rows,
      date: columnOf(spend, 'spend', 'date', locale),
      channel: columnOf(spend, 'spend', 'channel', locale),
      spend: columnOf(spend, 'spend', 'spend', locale),
    },
    unpaid: word(STATUS_WORDS.unpaid, locale),
    cancelled: word(STATUS_WORDS.cancelled, locale),
    period: campaign.period,
    baseline: campaign.baseline,
  };
}

/** Every day of the baseline and of the campaign period, ascending, without repeats. */
export function windowDays(input: BaselineInput): number[] {
  const days = new Set<number>();
  for (const range of [input.baseline, input.period]) {
    for (let d: number = range.start; d <= range.end; d++) days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}
