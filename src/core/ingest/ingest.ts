import type { IngestResult, IngestWarning, RecognisedTable, RejectedRow } from '../model/campaign';
import { FIELDS } from '../model/fields';
import type { RawTable, RawTableSource } from '../model/raw';
import type { TableKind } from '../model/tableKinds';
import { fieldName, ingestMessages } from '../messages';
import { withDerivedAmount, type DerivedTable } from './derive/withDerivedAmount';
import { recogniseTable } from './headers/recogniseTable';
import type { IngestOptions, TableOverride } from './options';
import { accounting, createReadContext, type ReadContext } from './read/context';
import { dateWindowOf } from './read/dateWindow';
import { campaignInfo } from './tables/campaign/campaignInfo';
import { readsAsLabelValue } from './tables/campaign/labelValue/labelValueLayout';
import { readCampaignTables } from './tables/campaign/readCampaignTables';
import { readCustomers } from './tables/customers';
import { readExperiment } from './tables/experiment/readExperiment';
import { readInventory } from './tables/inventory';
import { assembleOrders } from './tables/orders/assembleOrders';
import { createOrderDictionaries } from './tables/orders/orderDictionaries';
import { openOrderTable } from './tables/orders/openOrderTable';
import { withOrderTotals } from './tables/orders/orderTotals';
import { readPaths } from './tables/paths';
import { readRefunds, withRefunds } from './tables/refunds';
import { readSpend } from './tables/spend';
import { readTargets } from './tables/targets/readTargets';
import { readTouchpoints } from './tables/touchpoints';
import { readTraffic } from './tables/traffic';
import { joinRelations } from './tables/relational/joinRelations';
import { customersAsPersons, mapPersons, withPersons } from './tables/relational/persons';
import { settleKinds, type KindEntry } from './tables/relational/settleKinds';
import { daysOfTables, emptyOrders } from './partialCampaign';

/**
 * Raw tables in, campaign data out, every row accounted for:
 *
 *   raw tables ──recognise──▶ kind + field→column per table (the settings' overrides first), or a
 *                             label–value block of campaign facts
 *              ──read───────▶ one pass per column: typed arrays, dictionary codes; blank rows skipped,
 *                             unreadable rows rejected with sheet, row, column and reason
 *   orders     ──assemble───▶ rows grouped by order id: lines summed, duplicates and conflicts rejected
 *   refunds    ──merge──────▶ refund amounts per order
 *   calendar + settings + orders' dates ──▶ campaign period, phases, baseline
 *
 * For every recognised table, rowsRead = rowsUsed + rowsRejected, and each rejected row is in `rejected`.
 * User data never makes it throw: what cannot be read becomes a rejected row or a warning.
 */
export function ingest(tables: readonly RawTable[], options: IngestOptions = {}): IngestResult {
  const overrides = options.tables ?? [];
  const usedOverrides = new Set<TableOverride>();
  const contexts: ReadContext[] = [];
  const warnings: IngestWarning[] = [];
  const entries: (KindEntry & {
    readonly raw: RawTable;
    readonly overrideKind: TableKind | undefined;
    readonly derivationMissing: DerivedTable['missing'];
    readonly position: number;
  })[] = [];
  // Contexts keep the tables' order: where two tables give the same fact, the earlier one wins.
  const placed: { readonly position: number; readonly ctx: ReadContext }[] = [];
  for (const [position, raw] of tables.entries()) {
    const override = overrides.find((o) => matchesSource(o, raw.source));
    if (override !== undefined) usedOverrides.add(override);
    const overrideKind = override?.kind;
    if (overrideKind === 'ignore') continue;
    if (readsAsLabelValue(raw, override)) {
      placed.push({ position, ctx: createReadContext('campaign', raw, {}, 'labelValue') });
      continue;
    }
    const derived = withDerivedAmount(raw, override);
    entries.push({
      raw: derived.raw,
      overrideKind,
      recognition: recogniseTable(derived.raw, derived.override),
      overridden: override !== undefined,
      derivationMissing: derived.missing,
      position,
    });
  }
  // Lines, payments and order headers are told apart by looking at every table together.
  const settled = settleKinds(entries);
  entries.forEach(({ raw, overrideKind, derivationMissing, position }, e) => {
    const recognition = settled[e] ?? entries[e]?.recognition;
    if (recognition === undefined) return;
    for (const { field, header } of [...derivationMissing, ...recognition.unknownHeaders]) {
      const kind = overrideKind ?? 'orders';
      warnings.push({
        code: 'override_header_missing',
        text: ingestMessages.overrideHeaderMissing(kind, raw.source.sheet, fieldName(kind, field), header),
      });
    }
    if (recognition.kind === null) {
      const closest = recognition.closest;
      const missing =
        closest === null
          ? null
          : { kind: closest.kind, missing: closest.missing.map((f) => fieldName(closest.kind, f)) };
      warnings.push({
        code: 'table_unrecognised',
        text: ingestMessages.tableUnrecognised(raw.source.sheet, raw.source.table, missing, raw.source.block),
      });
      return;
    }
    placed.push({ position, ctx: createReadContext(recognition.kind, raw, recognition.columns) });
  });
  for (const { ctx } of placed.sort((a, b) => a.position - b.position)) contexts.push(ctx);
  for (const override of overrides) {
    if (!usedOverrides.has(override)) {
      warnings.push({
        code: 'override_source_missing',
        text: ingestMessages.overrideSourceMissing(override.sheet, override.table),
      });
    }
  }
  const of = <K extends TableKind>(kind: K): ReadContext<K>[] =>
    contexts.filter((ctx): ctx is ReadContext<K> => ctx.kind === kind);

  const orderContexts = of('orders');
  const dicts = createOrderDictionaries(orderContexts.reduce((n, ctx) => n + ctx.size, 0));
  // One far-off date must not stretch the period to centuries: dates far from the median are rejected.
  const orderWindow = dateWindowOf(orderContexts, 'order_time') ?? undefined;
  const orderTables = orderContexts.map((ctx) => openOrderTable(ctx, dicts, orderWindow));
  const related = { headers: orderContexts, lines: of('order_lines'), payments: of('payments') };
  const joined = joinRelations(assembleOrders(orderTables, dicts), related, dicts);
  const persons = mapPersons(of('customers'));
  const assembled = withPersons(joined, persons);
  const late: IngestWarning[] = [...assembled.warnings];
  const refunds = readRefunds(of('refunds'), assembled.orderIndexOf);
  const merged = refunds === null ? assembled.orders : withRefunds(assembled.orders, refunds.byOrder);
  const totals = withOrderTotals(merged, orderContexts);
  const orders = totals.orders;
  late.push(...totals.warnings);
  if (refunds !== null && assembled.orders.refund !== null) {
    late.push({
      code: 'refunds_replace_order_refunds',
      text: ingestMessages.refundsReplaceOrderRefunds(of('refunds').map((ctx) => ctx.source.sheet)),
    });
  }
  const traffic = readTraffic(of('traffic'));
  const spend = readSpend(of('spend'));
  const targets = readTargets(of('targets'));
  late.push(...targets.warnings);
  const calendar = readCampaignTables(of('campaign'));
  const customers = customersAsPersons(readCustomers(of('customers')), persons);
  const inventory = readInventory(of('inventory'));
  const touchpoints = readTouchpoints(of('touchpoints'));
  const experiment = readExperiment(of('experiment'));
  const paths = readPaths(of('paths'));

  let data: IngestResult['data'] = null;
  const ordersMissing = orderTables.length === 0 ? 'no_table' : orders.size === 0 ? 'no_usable_rows' : null;
  // Without orders, any other table still makes a (partial) campaign: see partialCampaign.ts.
  const others = [...new Set(contexts.map((ctx) => ctx.kind).filter((kind) => kind !== 'orders'))];
  if (ordersMissing === 'no_table' && others.length === 0) {
    late.push({
      code: 'no_orders_table',
      text: ingestMessages.noOrdersTable(tables.map((t) => t.source.sheet)),
    });
  } else if (ordersMissing === 'no_usable_rows') {
    late.push({
      code: 'no_usable_orders',
      text: ingestMessages.noUsableOrders(orderContexts.map((ctx) => ctx.source.sheet)),
    });
  }
  if (ordersMissing === null || others.length > 0) {
    const dated = { traffic, spend, refunds: refunds?.table ?? null, inventory, touchpoints, experiment };
    const fromData = ordersMissing === null ? null : daysOfTables(dated);
    const campaign = fromData
      ? campaignInfo(calendar, options.campaign, fromData.days, fromData.kinds)
      : campaignInfo(calendar, options.campaign, orders.day);
    late.push(...campaign.warnings);
    if (ordersMissing !== null)
      late.push({ code: 'orders_absent', text: ingestMessages.ordersAbsent(ordersMissing, others) });
    const empty = ordersMissing === null ? null : emptyOrders();
    data = {
      ...dated,
      orders: empty?.orders ?? orders,
      lines: empty?.lines ?? assembled.lines,
      targets: targets.rows,
      campaign: campaign.info,
      returns: assembled.returns,
      customers,
      ordersMissing,
      paths,
    };
  }

  const rejected: RejectedRow[] = [];
  // Appended one by one: spreading a table's rejected rows into push() overflows the stack past ~100k rows.
  for (const ctx of contexts)
    for (const row of [...ctx.rejected].sort((a, b) => a.row - b.row)) rejected.push(row);
  return {
    data,
    tables: contexts.map(recognised),
    rejected,
    warnings: [...warnings, ...contexts.flatMap((ctx) => ctx.warnings), ...late],
  };
}

function matchesSource(override: TableOverride, source: RawTableSource): boolean {
  return (
    override.sheet === source.sheet &&
    (override.table === undefined || override.table === source.table) &&
    (override.block === undefined || override.block === source.block)
  );
}

function recognised(ctx: ReadContext): RecognisedTable {
  const mapping: Record<string, string> = {};
  const mapped = new Set<number>();
  const columns = ctx.columns as Readonly<Record<string, number>>;
  for (const field of Object.keys(FIELDS[ctx.kind])) {
    const column = columns[field];
    if (column === undefined) continue;
    mapping[field] = ctx.headers[column] ?? '';
    mapped.add(column);
  }
  const unmappedHeaders = ctx.headers.filter((header, column) => header !== '' && !mapped.has(column));
  const layout = ctx.layout === undefined ? {} : { layout: ctx.layout };
  return { kind: ctx.kind, source: ctx.source, mapping, unmappedHeaders, ...accounting(ctx), ...layout };
}
