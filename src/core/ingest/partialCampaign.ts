import type { CampaignData, OrderLinesTable, OrdersTable } from '../model/campaign';
import { MS_PER_DAY } from '../model/day';
import type { TableKind } from '../model/tableKinds';

/**
 * A campaign without orders (traffic only, an experiment log only, paths only …) is still a campaign: its
 * orders are an empty table, `ordersMissing` says why, every order KPI is null with that reason, and each
 * analysis gives what the other tables support. These helpers build the empty orders and find the period's
 * days in whatever tables are there.
 */

const NO_ROWS = 0;

export function emptyOrders(): { readonly orders: OrdersTable; readonly lines: OrderLinesTable } {
  return {
    orders: {
      size: NO_ROWS,
      orderId: [],
      orderTime: new Float64Array(0),
      payTime: null,
      total: null,
      day: new Int32Array(0),
      customer: null,
      amount: new Float64Array(0),
      status: new Uint8Array(0),
      refund: null,
      discount: null,
      listPrice: null,
      cogs: null,
      quantity: null,
      channel: null,
      isNew: null,
      device: null,
      ip: null,
      address: null,
      variant: null,
      sourceRow: new Int32Array(0),
    },
    lines: {
      size: NO_ROWS,
      order: new Int32Array(0),
      amount: new Float64Array(0),
      quantity: null,
      category: null,
      sku: null,
    },
  };
}

/** The tables whose rows are dated, without orders: what a partial campaign's period is read from. */
export type DatedTables = Pick<
  CampaignData,
  'traffic' | 'spend' | 'refunds' | 'inventory' | 'touchpoints' | 'experiment'
>;

/** Every known day of the dated tables (undated rows left out), and which kinds gave at least one. */
export function daysOfTables(tables: DatedTables): {
  readonly days: Int32Array;
  readonly kinds: TableKind[];
} {
  const days: number[] = [];
  const kinds: TableKind[] = [];
  const add = (kind: TableKind, column: ArrayLike<number> | undefined, perDay = true): void => {
    if (column === undefined) return;
    const before = days.length;
    for (let i = 0; i < column.length; i++) {
      const v = column[i] as number;
      const day = perDay ? v : Math.floor(v / MS_PER_DAY);
      if (Number.isFinite(day) && day >= 0) days.push(day);
    }
    if (days.length > before) kinds.push(kind);
  };
  add('traffic', tables.traffic?.day);
  add('spend', tables.spend?.day);
  add('refunds', tables.refunds?.day);
  add('inventory', tables.inventory?.day);
  add('touchpoints', tables.touchpoints?.time, false);
  add('experiment', tables.experiment?.day);
  return { days: Int32Array.from(days), kinds };
}
