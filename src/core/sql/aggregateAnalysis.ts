import type { CampaignAnalysis } from '../analyze';
import type { AnalysisResults } from '../analysis';
import { unavailable } from '../analysis/result';
import { needsRowLevel } from '../messages/analysis';
import { ordersExcluded } from '../messages/sql';
import type { TargetThresholds } from '../metrics/report';
import { computeVerdict } from '../retro/verdict';
import { ANALYSIS_IDS } from '../model/analysisVocabulary';
import type { CampaignData, DictColumn, IngestResult, IngestWarning, TargetRow } from '../model/campaign';
import { emptyOrders } from '../ingest/partialCampaign';
import type { AggregateRows } from './aggregatesToCubes';
import { aggregatesToReport } from './aggregatesToReport';
import type { SqlMapping } from './mapping';

const NO_ROWS = { codes: new Int32Array(0), values: [] } as const satisfies DictColumn;
const none = new Float64Array(0);

/**
 * The campaign as the aggregates know it: its calendar, and which tables and columns it had, without a row.
 * The planners read the report for every figure; they look at the data only for its calendar and for
 * which columns exist.
 */
function rowlessData(mapping: SqlMapping, targets: readonly TargetRow[]): CampaignData {
  const { orders, traffic, spend } = mapping.tables;
  const empty = emptyOrders();
  return {
    // Empty orders, with the customer and channel columns the mapping has: planners check which exist.
    orders: {
      ...empty.orders,
      customer: orders.columns.customer_id !== undefined ? NO_ROWS : null,
      channel: orders.columns.channel !== undefined ? NO_ROWS : null,
    },
    lines: empty.lines,
    traffic: traffic
      ? {
          size: 0,
          day: new Int32Array(0),
          channel: traffic.columns.channel !== undefined ? NO_ROWS : null,
          uv: none,
          pv: null,
          sessions: null,
          bounces: null,
          bounceRate: null,
          addToCart: null,
          funnelView: null,
          funnelCart: null,
          funnelOrder: null,
          funnelPay: null,
        }
      : null,
    spend: spend
      ? {
          size: 0,
          channel: NO_ROWS,
          day: new Int32Array(0),
          spend: none,
          impressions: null,
          clicks: null,
          budget: null,
        }
      : null,
    targets,
    campaign: { name: null, ...mapping.calendar, periodSource: 'options' },
    refunds: null,
    returns: null,
    customers: null,
    inventory: null,
    touchpoints: null,
    experiment: null,
    ordersMissing: null,
    paths: null,
  };
}

/**
 * What the retro planners take, from the aggregate tables: the KPI report and verdict as the engine makes
 * them; each diagnostic analysis unavailable, saying it needs row-level data; no source table and no
 * rejected row (the SQL does not list rows), but a warning counting the order rows the SQL left out.
 */
export function aggregateAnalysis(
  rows: AggregateRows,
  mapping: SqlMapping,
  targets: readonly TargetRow[] = [],
  thresholds: TargetThresholds = { exceeded: 1, nearlyMet: 0.9 },
): { readonly ingest: IngestResult; readonly analysis: CampaignAnalysis } {
  const report = aggregatesToReport(rows, mapping, targets, { thresholds });
  const verdict = computeVerdict(
    report.targets.map((t) => ({ kpi: t.kpi, attainment: t.attainment.value })),
    { met: thresholds.exceeded, nearlyMet: thresholds.nearlyMet },
  );
  const analyses = Object.fromEntries(
    ANALYSIS_IDS.map((id) => [id, unavailable(needsRowLevel(id))]),
  ) as unknown as AnalysisResults;
  const data = rowlessData(mapping, targets);
  const facts = rows.fupan_facts?.[0] ?? {};
  const orderRows = Number(facts.order_rows ?? 0);
  const excluded = orderRows - Number(facts.orders_used ?? 0);
  const warnings: IngestWarning[] =
    excluded > 0 ? [{ code: 'sql_orders_excluded', text: ordersExcluded(excluded, orderRows) }] : [];
  return {
    ingest: { data, tables: [], rejected: [], warnings },
    analysis: { data, report, verdict, thresholds, analyses },
  };
}
