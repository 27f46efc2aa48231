import type { ChannelIndex } from './channelIndex';
import type { DayWindow } from './dayWindow';
import type { GroupLayout } from './groupLayout';
import type { DistinctBuyers } from './accumulate/distinctBuyers';
import type { NewCustomerSource } from './accumulate/newCustomerBasis';
import type { OrderCube } from './accumulate/orderCube';
import type { SpendCube } from './accumulate/spendCube';
import type { TrafficCube } from './accumulate/trafficCube';
import type { SourceInfo } from './measureAvailability';

/**
 * What the report's groups and warnings are summed from, whoever filled it: the engine's passes over the
 * rows (accumulateCampaign), or the aggregate tables of the generated SQL (core/sql/aggregatesToCubes).
 */
export interface Cubes {
  readonly window: DayWindow;
  readonly channels: ChannelIndex;
  readonly layout: GroupLayout;
  /** Category names (slot k = values[k], the last slot collects lines without one); null without a column. */
  readonly categories: { readonly values: readonly string[] } | null;
  readonly orderCube: Pick<OrderCube, 'sums' | 'rowsByChannel' | 'outside' | 'firstDay'>;
  readonly trafficCube: TrafficCube | null;
  readonly spendCube: SpendCube | null;
  /** Per category slot, CATEGORY_SUM layout; null without a category column. */
  readonly categorySums: Float64Array | null;
  readonly basis: { readonly source: NewCustomerSource } | null;
  readonly distinct: DistinctBuyers | null;
  /** Which tables and columns the data has: what decides whether a measure exists at all. */
  readonly sources: SourceInfo;
}
