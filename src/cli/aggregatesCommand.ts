import type { Locale } from '../core/locale';
import { KPI_IDS } from '../core/metrics/kpiIds';
import type { CampaignOverride } from '../core/ingest/options';
import { computeVerdict } from '../core/retro/verdict';
import { aggregatesToReport } from '../core/sql/aggregatesToReport';
import { KPIS_JSON_SCHEMA, reportJson } from './kpisJson';
import { readAggregates } from './readAggregates';
import { loadSqlMapping } from './sqlCommand';
import { sqlMessages as msg } from './sqlMessages';

/**
 * `fupan kpis --aggregates DIR`: the KPI report from the aggregate tables that the queries of `fupan sql`
 * wrote where the data lives (a cluster, DuckDB), read back as CSV or Parquet. The mapping file gives the
 * calendar and which tables and columns the data had (what decides whether a measure exists at all).
 */
export async function kpisFromAggregates(
  dir: string,
  options: { readonly mapping?: string; readonly json?: boolean },
  calendar: Pick<CampaignOverride, 'period' | 'baseline'>,
  locale: Locale,
) {
  const mapping = await loadSqlMapping(options.mapping, calendar, locale);
  const rows = await readAggregates(dir, mapping, locale);
  const report = aggregatesToReport(rows, mapping);
  const verdict = computeVerdict(
    report.targets.map((t) => ({ kpi: t.kpi, attainment: t.attainment.value })),
    { met: 1, nearlyMet: 0.9 },
  );
  const facts = rows.fupan_facts?.[0] ?? {};
  const orderRows = Number(facts.order_rows ?? 0);
  const excluded = orderRows - Number(facts.orders_used ?? 0);
  const warnings = excluded > 0 ? [msg.ordersExcluded(excluded, orderRows)[locale]] : [];
  const json = {
    schema: KPIS_JSON_SCHEMA,
    input: dir,
    source: 'aggregates' as const,
    aggregate_warnings: warnings,
    ...reportJson(report, verdict, locale),
  };
  if (options.json) {
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const w of warnings) process.stderr.write(`${w}\n`);
    const lines = KPI_IDS.map((id) => `${id}\t${json.kpis[id] ?? json.missing[id] ?? ''}`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  return json;
}
