import type { Locale } from '../locale';
import type { StockoutResult } from './applyStockout';
import type { SampleChannel } from './channels';
import type { ChannelDays } from './channelDays';
import type { AbusePlan } from './couponAbuse';
import type { Identities } from './identities';
import type { OrderLedger } from './ledger';
import type { OrderFacts } from './orderFacts';
import type { SpendNumbers } from './spend';
import type { TrafficNumbers } from './traffic';

/** Everything generated before the sheets are written, for the truth to be computed from. */
export interface SampleBuild {
  readonly seed: number;
  readonly locale: Locale;
  readonly channels: readonly SampleChannel[];
  readonly ledger: OrderLedger;
  readonly facts: OrderFacts;
  readonly days: ChannelDays;
  readonly visits: TrafficNumbers;
  readonly spent: SpendNumbers;
  readonly stockout: StockoutResult;
  readonly abuse: AbusePlan;
  readonly ids: readonly string[];
  readonly identities: Identities;
}
