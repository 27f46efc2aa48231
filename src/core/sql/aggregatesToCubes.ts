import { indexChannels, type ChannelSource } from '../metrics/channelIndex';
import type { Cubes } from '../metrics/cubes';
import { dayWindow } from '../metrics/dayWindow';
import { groupLayout, type GroupLayout } from '../metrics/groupLayout';
import { CATEGORY_SUM, CATEGORY_SUM_WIDTH } from '../metrics/accumulate/categoryTotals';
import type { NewCustomerSource } from '../metrics/accumulate/newCustomerBasis';
import { NO_DAY, ORDER_SUM, ORDER_SUM_WIDTH } from '../metrics/accumulate/orderCube';
import { TRAFFIC_SUM, TRAFFIC_SUM_WIDTH } from '../metrics/accumulate/trafficCube';
import type { SourceInfo } from '../metrics/measureAvailability';
import { dayFromYmd } from '../model/day';
import type { SqlMapping } from './mapping';
import { hasCategories } from './queries';
import { snake, type AggregateTable } from './schema';

/** A row of an aggregate table as read back: numbers, bigints, text (CSV) or null. */
export type AggregateRow = Readonly<Record<string, unknown>>;
export type AggregateRows = Readonly<Partial<Record<AggregateTable, readonly AggregateRow[]>>>;

/** A sum cell: NULL (a SUM over no value) adds nothing. */
function num(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0;
  return typeof value === 'bigint' ? Number(value) : Number(value);
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value);
  return s === '' ? null : s;
}

/** 'YYYY-MM-DD' (or a date-time starting so) → day number; null for a row without a date. */
function dayOf(value: unknown): number | null {
  const s = text(value);
  if (s === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!match) throw new Error(`Broken contract: aggregate day '${s}' is not YYYY-MM-DD.`);
  return dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Which tables and columns the mapping gives: what decides whether each measure exists (sourceInfo). */
function sourcesOf(mapping: SqlMapping, spendUndatedRows: number): SourceInfo {
  const { orders, traffic, spend } = mapping.tables;
  const has = (columns: Readonly<Record<string, string | undefined>>, field: string) =>
    columns[field] !== undefined;
  const t = traffic?.columns ?? {};
  return {
    ordersMissing: null,
    customers: has(orders.columns, 'customer_id'),
    discount: has(orders.columns, 'discount') || has(orders.columns, 'coupon'),
    cogs: has(orders.columns, 'cogs'),
    ordersChannel: has(orders.columns, 'channel'),
    traffic: traffic
      ? {
          pv: has(t, 'pv'),
          sessions: has(t, 'sessions'),
          bounces: has(t, 'bounces'),
          bounceRate: has(t, 'bounce_rate'),
          addToCart: has(t, 'add_to_cart') || has(t, 'funnel_cart'),
          channel: has(t, 'channel'),
        }
      : null,
    spend: spend ? { undatedRows: spendUndatedRows } : null,
  };
}

/** Each source's channel labels as a dictionary (sorted by key), for indexChannels to unify. */
function channelDictionary(rows: readonly AggregateRow[] | undefined) {
  if (!rows) return null;
  const labels = new Map<string, string>();
  for (const row of rows) {
    const key = text(row.channel);
    if (key !== null && !labels.has(key)) labels.set(key, text(row.channel_label) ?? key);
  }
  const keys = [...labels.keys()].sort();
  const codeOf = new Map(keys.map((key, code) => [key, code]));
  return { codes: new Int32Array(0), values: keys.map((k) => labels.get(k)!), codeOf };
}

/**
 * The engine's cubes from the aggregate tables of the generated SQL: the same accumulators the engine's
 * passes fill, so that the KPI report is then built by the same code (kpiReport). Days outside the
 * campaign's window are counted as the engine counts them (rows per channel, orders outside the periods).
 */
export function aggregatesToCubes(rows: AggregateRows, mapping: SqlMapping): Cubes {
  const window = dayWindow({ ...mapping.calendar, name: null, periodSource: 'options' });
  const orderRows = rows.fupan_order_cube ?? [];
  const dicts = {
    orders: mapping.tables.orders.columns.channel !== undefined ? channelDictionary(orderRows) : null,
    traffic:
      mapping.tables.traffic?.columns.channel !== undefined
        ? channelDictionary(rows.fupan_traffic_cube)
        : null,
    spend: mapping.tables.spend ? channelDictionary(rows.fupan_spend_cube) : null,
  };
  const channels = indexChannels(dicts);
  const width = channels.size;
  const channelOf = (source: ChannelSource, row: AggregateRow): number => {
    const dict = dicts[source];
    const map = channels.codes[source];
    const key = text(row.channel);
    if (!dict || !map || key === null) return channels.unattributed;
    return map[dict.codeOf.get(key)! + 1]!;
  };
  const slotOf = (day: number | null): number =>
    day === null || day < window.start || day >= window.start + window.length ? -1 : day - window.start;

  const orderCube = {
    sums: new Float64Array(window.length * width * ORDER_SUM_WIDTH),
    rowsByChannel: new Int32Array(width),
    outside: 0,
    firstDay: NO_DAY,
  };
  const orderSlots = Object.entries(ORDER_SUM);
  for (const row of orderRows) {
    const day = dayOf(row.day);
    const channel = channelOf('orders', row);
    const count = num(row.orders);
    orderCube.rowsByChannel[channel]! += count;
    if (day !== null && day < orderCube.firstDay) orderCube.firstDay = day;
    const slot = slotOf(day);
    if (slot < 0 || (window.inPeriod[slot]! | window.inBaseline[slot]!) === 0) orderCube.outside += count;
    if (slot < 0) continue;
    const base = (slot * width + channel) * ORDER_SUM_WIDTH;
    for (const [key, at] of orderSlots) orderCube.sums[base + at]! += num(row[snake(key)]);
  }

  let trafficCube: Cubes['trafficCube'] = null;
  if (mapping.tables.traffic) {
    const sums = new Float64Array(window.length * width * TRAFFIC_SUM_WIDTH);
    const rowsByChannel = new Int32Array(width);
    const periodUv = new Float64Array(width);
    const hasPeriodUv = new Uint8Array(width);
    const trafficSlots = Object.entries(TRAFFIC_SUM);
    for (const row of rows.fupan_traffic_cube ?? []) {
      const channel = channelOf('traffic', row);
      rowsByChannel[channel]! += num(row.row_count);
      const day = dayOf(row.day);
      if (day === null) {
        periodUv[channel]! += num(row.uv);
        hasPeriodUv[channel] = 1;
        continue;
      }
      const slot = slotOf(day);
      if (slot < 0) continue;
      const base = (slot * width + channel) * TRAFFIC_SUM_WIDTH;
      for (const [key, at] of trafficSlots) sums[base + at]! += num(row[snake(key)]);
    }
    trafficCube = { sums, rowsByChannel, periodUv, hasPeriodUv };
  }

  let spendCube: Cubes['spendCube'] = null;
  if (mapping.tables.spend) {
    const sums = new Float64Array(window.length * width);
    const rowsByChannel = new Int32Array(width);
    const undated = new Float64Array(width);
    let undatedRows = 0;
    for (const row of rows.fupan_spend_cube ?? []) {
      const channel = channelOf('spend', row);
      const count = num(row.row_count);
      rowsByChannel[channel]! += count;
      const day = dayOf(row.day);
      if (day === null) {
        undatedRows += count;
        undated[channel]! += num(row.spend);
        continue;
      }
      const slot = slotOf(day);
      if (slot >= 0) sums[slot * width + channel]! += num(row.spend);
    }
    spendCube = { sums, rowsByChannel, undated, undatedRows };
  }

  let categories: Cubes['categories'] = null;
  let categorySums: Float64Array | null = null;
  if (hasCategories(mapping)) {
    const categoryRows = rows.fupan_category_sums ?? [];
    const values = [
      ...new Set(categoryRows.map((r) => text(r.category)).filter((c): c is string => c !== null)),
    ].sort();
    categories = { values };
    categorySums = new Float64Array((values.length + 1) * CATEGORY_SUM_WIDTH);
    const slotOfCategory = new Map(values.map((v, k) => [v, k]));
    for (const row of categoryRows) {
      const name = text(row.category);
      const base = (name === null ? values.length : slotOfCategory.get(name)!) * CATEGORY_SUM_WIDTH;
      for (const [key, at] of Object.entries(CATEGORY_SUM)) categorySums[base + at]! += num(row[snake(key)]);
    }
  }

  const layout = groupLayout(window, width, categories ? categories.values.length + 1 : 0);
  const facts = rows.fupan_facts?.[0] ?? {};
  const source = basisOf(mapping, facts);
  const distinct =
    source === null
      ? null
      : countsOf(rows.fupan_buyers ?? [], source, layout, {
          slotOf,
          channelOf: (row) => channelOf('orders', row),
          categoryOf: (row) => {
            const name = text(row.category);
            return name === null ? categories!.values.length : categories!.values.indexOf(name);
          },
        });
  return {
    window,
    channels,
    layout,
    categories,
    orderCube,
    trafficCube,
    spendCube,
    categorySums,
    basis: source === null ? null : { source },
    distinct,
    sources: sourcesOf(mapping, spendCube?.undatedRows ?? 0),
  };
}

/** The engine's new-customer rule (newCustomerBasis.ts), decided by the facts the SQL counted. */
function basisOf(mapping: SqlMapping, facts: AggregateRow): NewCustomerSource | null {
  if (mapping.tables.orders.columns.customer_id === undefined) return null;
  if (num(facts.new_flag_values) > 0) return 'new_customer_flag';
  if (num(facts.customer_first_days) > 0) return 'customers_table';
  return 'first_paid_order';
}

interface Placement {
  readonly slotOf: (day: number | null) => number;
  readonly channelOf: (row: AggregateRow) => number;
  readonly categoryOf: (row: AggregateRow) => number;
}

/** The per-group counts of fupan_buyers, placed in the engine's group layout. */
function countsOf(
  rows: readonly AggregateRow[],
  source: NewCustomerSource,
  layout: GroupLayout,
  place: Placement,
): NonNullable<Cubes['distinct']> {
  const buyers = new Int32Array(layout.size);
  const repeatBuyers = new Int32Array(layout.size);
  const newBuyers = new Int32Array(layout.size);
  let notInTable = 0;
  for (const row of rows) {
    const g = groupOf(row, layout, place);
    if (g < 0) continue;
    buyers[g]! += num(row.buyers);
    repeatBuyers[g]! += num(row.repeat_buyers);
    newBuyers[g]! += num(source === 'new_customer_flag' ? row.new_by_flag : row.new_by_first_order);
    if (g === layout.total && source === 'customers_table') notInTable += num(row.not_in_table);
  }
  return { buyers, repeatBuyers, newBuyers, notInTable };
}

function groupOf(row: AggregateRow, layout: GroupLayout, place: Placement): number {
  switch (text(row.grp)) {
    case 'total':
      return layout.total;
    case 'baseline':
      return layout.baseline;
    case 'phase':
      return layout.phase0 + num(row.phase);
    case 'channel':
      return layout.channel0 + place.channelOf(row);
    case 'day': {
      const slot = place.slotOf(dayOf(row.day));
      return slot < 0 ? -1 : layout.day0 + slot;
    }
    case 'day_channel': {
      const slot = place.slotOf(dayOf(row.day));
      return slot < 0 ? -1 : layout.cell0 + slot * layout.channels + place.channelOf(row);
    }
    case 'category':
      return layout.category0 + place.categoryOf(row);
    default:
      return -1;
  }
}
