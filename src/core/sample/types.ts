import type { Locale } from '../locale';
import type { Day, DayRange } from '../model/day';
import type { KpiId } from '../metrics/kpiIds';
import type { RawTable } from '../model/raw';
import type { SampleChannelKey } from './channels';
import type { SampleStatus } from './statuses';
import type { SampleTableKind } from './vocabulary';

export interface SampleOptions {
  readonly locale: Locale;
  /** Default 20251212. Any integer; it is taken modulo 2^32. */
  readonly seed?: number;
  /**
   * Rows of the orders table (order lines; about 80 % of orders have one line), 5,000 … 1,048,575
   * (Excel's last row below the header). Default 50,000.
   */
  readonly orders?: number;
  /** How many of the eight channels to use, 2 … 8, in sheet order (see channels.ts). Default 8. */
  readonly channels?: number;
}

export interface SampleSheet {
  readonly kind: SampleTableKind;
  /** Localised sheet name (订单 / Orders …). */
  readonly name: string;
  /** source.sheet = name, source.table = the Excel table name, header on row 1 from column A. */
  readonly table: RawTable;
  /** Excel number format per column (null: General), for the writers. */
  readonly numberFormats?: readonly (string | null)[];
}

export interface SampleCampaign {
  readonly sheets: readonly SampleSheet[];
  readonly truth: SampleTruth;
}

/** KPIs of one period, computed from the generated cells by the definitions of docs/kpi-definitions.md. */
export interface SampleKpis {
  readonly gmv: number;
  readonly paidSales: number;
  readonly refunds: number;
  readonly netSales: number;
  readonly orders: number;
  readonly paidOrders: number;
  /** Distinct customers with a paid order in the period. */
  readonly buyers: number;
  /** Buyers with a paid order flagged new in the period. */
  readonly newCustomers: number;
  readonly aov: number;
  readonly arppu: number;
  /** Σ daily UV (visitor-days) and Σ daily PV over all channels. */
  readonly uv: number;
  readonly pv: number;
  /** Σ_days distinct paying buyers / Σ UV. */
  readonly cvr: number;
  /** Σ discount + coupon over paid orders. */
  readonly discountCost: number;
  /** Σ cost of goods over paid orders. */
  readonly cogs: number;
  readonly spend: number;
  readonly roas: number;
}

export interface SampleDayTruth {
  readonly day: Day;
  readonly gmv: number;
  readonly paidSales: number;
  readonly orders: number;
  readonly paidOrders: number;
  /** Distinct paying buyers that day, over all channels. */
  readonly buyers: number;
  readonly uv: number;
  readonly spend: number;
}

export interface SampleChannelTruth {
  readonly key: SampleChannelKey;
  readonly name: string;
  /** Over the campaign period. */
  readonly paidSales: number;
  readonly spend: number;
  /** null for a channel without spend. */
  readonly roas: number | null;
  readonly designRoas: number | null;
}

export type TargetStatus = 'exceeded' | 'nearly_met' | 'missed';

export interface SampleTargetTruth {
  readonly kpi: KpiId;
  /** The metric cell as written in the targets sheet. */
  readonly metric: string;
  readonly target: number;
  /** Over the campaign period. */
  readonly actual: number;
  /** actual / target (every target here is higher-is-better). */
  readonly attainment: number;
  readonly status: TargetStatus;
}

export type SampleAnomaly =
  | {
      readonly kind: 'payment_outage';
      readonly day: Day;
      /** Excel serials of the outage window. */
      readonly from: number;
      readonly to: number;
      readonly paidSales: number;
      /** Median paid sales of the baseline days, for scale. */
      readonly baselineMedianPaidSales: number;
    }
  | {
      readonly kind: 'traffic_spike';
      readonly day: Day;
      readonly channel: string;
      /** The day's UV over all channels, and the spiking channel's. */
      readonly uv: number;
      readonly channelUv: number;
      /** Median daily UV (all channels) of the baseline days, for scale. */
      readonly baselineMedianUv: number;
    };

export interface SampleCouponAbuse {
  readonly accounts: readonly string[];
  readonly devices: readonly string[];
  readonly ips: readonly string[];
  readonly addresses: readonly string[];
  readonly orderIds: readonly string[];
  /** Excel serials of the first and last registration of the burst. */
  readonly registeredFrom: number;
  readonly registeredTo: number;
  /** Σ coupon / Σ list price over the cluster's orders. */
  readonly couponShare: number;
  readonly channel: string;
  readonly sku: string;
}

export interface SampleStockout {
  readonly sku: string;
  readonly category: string;
  readonly day: Day;
  /** Excel serial of the order that took the last unit; no order holds the SKU after it until the restock. */
  readonly lastSale: number;
  readonly restockDay: Day;
  readonly unitsSoldOnDay: number;
  readonly reroutedLines: number;
}

export interface SampleVariantTruth {
  readonly variant: 'A' | 'B';
  readonly orders: number;
  readonly paidOrders: number;
  /** paidOrders / orders. */
  readonly paidRate: number;
  readonly paidSales: number;
}

export interface SampleAbTest {
  readonly window: DayRange;
  readonly variants: readonly [SampleVariantTruth, SampleVariantTruth];
  /** paidRate(B) / paidRate(A) − 1. */
  readonly lift: number;
}

export interface SampleTouchpointsTruth {
  readonly paths: number;
  readonly rows: number;
  readonly conversions: number;
  readonly value: number;
  /** Conversions credited to each channel name by last touch and by first touch. */
  readonly lastTouch: Readonly<Record<string, number>>;
  readonly firstTouch: Readonly<Record<string, number>>;
}

/** What the sample holds, exactly — for tests, the benchmarks and the demo's narration. */
export interface SampleTruth {
  readonly seed: number;
  readonly locale: Locale;
  readonly options: { readonly orders: number; readonly channels: number };
  readonly calendar: {
    readonly window: DayRange;
    readonly baseline: DayRange;
    readonly campaign: DayRange;
    readonly warmup: DayRange;
    readonly peak: DayRange;
    readonly tail: DayRange;
    readonly bigDay: Day;
  };
  /** Data rows per sheet. */
  readonly rows: Readonly<Record<SampleTableKind, number>>;
  readonly orders: {
    readonly rows: number;
    readonly distinctOrders: number;
    /** Orders with more than one row. */
    readonly multiLineOrders: number;
    readonly customers: number;
    /** Distinct orders per status. */
    readonly statuses: Readonly<Record<SampleStatus, number>>;
  };
  readonly baseline: SampleKpis;
  readonly campaign: SampleKpis;
  readonly daily: readonly SampleDayTruth[];
  readonly channels: readonly SampleChannelTruth[];
  /** Channel names, by campaign ROAS among channels with spend. */
  readonly bestChannel: string;
  readonly worstChannel: string;
  readonly targets: readonly SampleTargetTruth[];
  readonly anomalies: readonly SampleAnomaly[];
  readonly couponAbuse: SampleCouponAbuse;
  readonly stockout: SampleStockout;
  readonly abTest: SampleAbTest;
  readonly touchpoints: SampleTouchpointsTruth;
}
