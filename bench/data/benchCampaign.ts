import type { Locale } from '../../src/core/locale';
import type { DayRange } from '../../src/core/model/day';
import type { RawTable } from '../../src/core/model/raw';
import { SAMPLE_CALENDAR, SAMPLE_DAY_COUNT } from '../../src/core/sample/calendar';
import { generateSampleCampaign } from '../../src/core/sample/generateSampleCampaign';
import { MAX_ORDER_ROWS } from '../../src/core/sample/resolveOptions';
import type { SampleSheet } from '../../src/core/sample/types';
import type { SampleTableKind } from '../../src/core/sample/vocabulary';
import { columnOf } from './columnOf';
import { extendDays } from './extendDays';
import { withExtraOrderRow } from './extraOrderRow';

export interface BenchCampaignOptions {
  readonly locale: Locale;
  /** Order rows; one more than the generator's 1,048,575 is built by copying the last row. */
  readonly orderRows: number;
  /** Days of traffic and spend, at least the sample's 60. */
  readonly days: number;
}

/** The benchmark's campaign: the tables the engine reads, and what the baselines need to know about them. */
export interface BenchCampaign {
  readonly locale: Locale;
  /** Orders, traffic, spend, targets and the campaign calendar, in workbook order. */
  readonly sheets: readonly SampleSheet[];
  readonly orders: SampleSheet;
  readonly traffic: SampleSheet;
  readonly spend: SampleSheet;
  /** Order rows from the sample generator, and rows the benchmark built on top. */
  readonly generatedOrderRows: number;
  readonly builtOrderRows: number;
  readonly days: number;
  readonly channels: number;
  /** The campaign period and the baseline, as the campaign sheet states them. */
  readonly period: DayRange;
  readonly baseline: DayRange;
}

const KEPT: readonly SampleTableKind[] = ['orders', 'traffic', 'spend', 'targets', 'campaign'];

/**
 * The sample campaign (8 channels) cut to the tables of the benchmark: orders, traffic and spend by
 * channel and day over `days` days, the targets and the calendar. Customers, inventory and touchpoints are
 * left out: the workload is orders + traffic + spend.
 */
export function benchCampaign(options: BenchCampaignOptions): BenchCampaign {
  const { locale, orderRows, days } = options;
  const generated = Math.min(orderRows, MAX_ORDER_ROWS);
  if (orderRows - generated > 1) throw new RangeError(`bench: at most ${MAX_ORDER_ROWS + 1} order rows`);
  if (days < SAMPLE_DAY_COUNT) throw new RangeError(`bench: at least ${SAMPLE_DAY_COUNT} days`);
  const sample = generateSampleCampaign({ locale, orders: generated, channels: 8 });
  const sheet = (kind: SampleTableKind): SampleSheet => {
    const found = sample.sheets.find((s) => s.kind === kind);
    if (!found) throw new Error(`bench: the sample has no ${kind} sheet`);
    return found;
  };
  const extra = days - SAMPLE_DAY_COUNT;
  const sampleOrders = sheet('orders');
  const orders =
    orderRows > generated
      ? withExtraOrderRow(sampleOrders, columnOf(sampleOrders, 'orders', 'order_id', locale))
      : sampleOrders;
  const traffic = extendDays(sheet('traffic'), columnOf(sheet('traffic'), 'traffic', 'date', locale), extra);
  const spend = extendDays(sheet('spend'), columnOf(sheet('spend'), 'spend', 'date', locale), extra);
  const byKind: Partial<Record<SampleTableKind, SampleSheet>> = { orders, traffic, spend };
  return {
    locale,
    sheets: KEPT.map((kind) => byKind[kind] ?? sheet(kind)),
    orders,
    traffic,
    spend,
    generatedOrderRows: generated,
    builtOrderRows: orderRows - generated,
    days,
    channels: 8,
    period: SAMPLE_CALENDAR.campaign,
    baseline: SAMPLE_CALENDAR.baseline,
  };
}

export function rawTables(campaign: BenchCampaign): readonly RawTable[] {
  return campaign.sheets.map((s) => s.table);
}
