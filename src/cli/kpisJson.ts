import type { Locale } from '../core/locale';
import { KPI_IDS, type KpiId } from '../core/metrics/kpiIds';
import type { KpiSet } from '../core/metrics/evaluateKpis';
import { isoDay, type DayRange } from '../core/model/day';
import type { LocalizedText } from '../core/model/text';
import { cliMessages } from './messages';
import { sourceJson } from './sourceJson';
import type { MeasureResult } from '../core/analyze';
import type { KpiReport } from '../core/metrics/report';
import type { Verdict } from '../core/retro/verdict';

/** The schema of `fupan kpis --json`, documented in docs/cli.md. */
export const KPIS_JSON_SCHEMA = 'fupan.kpis/1';

type KpiNumbers = Record<KpiId, number | null>;

function numbers(kpis: KpiSet): KpiNumbers {
  return Object.fromEntries(KPI_IDS.map((id) => [id, kpis[id].value])) as KpiNumbers;
}

function range(r: DayRange | null) {
  return r ? { start: isoDay(r.start), end: isoDay(r.end) } : null;
}

/**
 * Everything `kpis --json` prints: recognised tables, rejected rows, warnings and every KPI, with
 * stable ids. The shape is the same with or without usable orders: without them every KPI is null and
 * `missing` says why for each.
 */
export function kpisJson(
  input: string,
  result: MeasureResult,
  locale: Locale,
  readerWarnings: readonly LocalizedText[] = [],
) {
  const { ingest, analysis } = result;
  const base = {
    schema: KPIS_JSON_SCHEMA,
    input,
    ...sourceJson(ingest, locale, readerWarnings),
  };
  if (!analysis) {
    const why =
      ingest.warnings.find((w) => w.code === 'no_orders_table' || w.code === 'no_usable_orders')?.text ??
      cliMessages.noOrders;
    return {
      ...base,
      period: null,
      baseline: null,
      kpis: Object.fromEntries(KPI_IDS.map((id) => [id, null])) as KpiNumbers,
      missing: Object.fromEntries(KPI_IDS.map((id) => [id, why[locale]])) as Partial<Record<KpiId, string>>,
      baseline_kpis: null,
      by_channel: {},
      by_day: {},
      targets: [],
      verdict: null,
      metric_warnings: [],
    };
  }
  return { ...base, ...reportJson(analysis.report, analysis.verdict, locale) };
}

/** The KPI part of `kpis --json`, from a report (of the engine, or of the aggregate tables). */
export function reportJson(report: KpiReport, verdict: Verdict | null, locale: Locale) {
  const missing: Partial<Record<KpiId, string>> = {};
  for (const id of KPI_IDS) {
    const value = report.total.kpis[id];
    if (value.value === null) missing[id] = value.reason[locale];
  }
  return {
    period: range(report.period),
    baseline: range(report.baselinePeriod),
    kpis: numbers(report.total.kpis),
    missing,
    baseline_kpis: report.baseline ? numbers(report.baseline.kpis) : null,
    by_channel: Object.fromEntries(report.byChannel.map((c) => [c.channel ?? '', numbers(c.kpis)])),
    by_day: Object.fromEntries(
      report.byDay.map((d) => [d.iso, { part: d.part, phase: d.phase, ...numbers(d.kpis) }]),
    ),
    targets: report.targets.map((t) => ({
      metric: t.metric,
      kpi: t.kpi,
      channel: t.channel,
      target: t.target,
      actual: t.actual.value,
      attainment: t.attainment.value,
      status: t.status,
    })),
    verdict,
    metric_warnings: report.warnings.map((w) => w.text[locale]),
  };
}
