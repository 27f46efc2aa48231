import { ANALYSES, type AnalysisResults } from '../core/analysis';
import { ANALYSIS_IDS, type AnalysisId } from '../core/analysis/definition';
import type { AnalyzeResult } from '../core/analyze';
import type { Locale } from '../core/locale';
import { isoDay, type Day, type DayRange } from '../core/model/day';
import type { LocalizedText } from '../core/model/text';
import { cliMessages } from './messages';
import { sourceJson } from './sourceJson';

/** The schema of `fupan analyze --json`, documented in docs/cli.md. */
export const ANALYZE_JSON_SCHEMA = 'fupan.analyze/1';

/**
 * The fields of the analyses' results that hold a Day (days since 1970-01-01), printed as ISO days. Only
 * `first` and `last` of a coupon-abuse `burst` are days; elsewhere those words name other things.
 */
const DAY_FIELDS = new Set(['day', 'start', 'end', 'firstDay', 'lastDay']);
const DAY_LIST_FIELDS = new Set(['expectedDays']);
const DAY_FIELDS_UNDER: Readonly<Record<string, ReadonlySet<string>>> = { burst: new Set(['first', 'last']) };

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>)['zh-CN'] === 'string' &&
    typeof (value as Record<string, unknown>)['en-US'] === 'string'
  );
}

/**
 * A result as JSON: texts in the chosen language, days as 'YYYY-MM-DD', non-finite numbers as null, field
 * names as in the result types of src/core/analysis (camelCase).
 */
export function jsonValue(value: unknown, locale: Locale, key = '', parent = ''): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const isDay = DAY_FIELDS.has(key) || DAY_FIELDS_UNDER[parent]?.has(key) === true;
    return isDay && Number.isInteger(value) ? isoDay(value as Day) : value;
  }
  if (Array.isArray(value)) {
    if (DAY_LIST_FIELDS.has(key))
      return value.map((d: unknown) => (typeof d === 'number' ? isoDay(d as Day) : d));
    return value.map((v: unknown) => jsonValue(v, locale, '', key));
  }
  if (value !== null && typeof value === 'object') {
    if (isLocalizedText(value)) return value[locale];
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v, locale, k, key)]));
  }
  return value;
}

function isoRange(range: DayRange | null): { start: string; end: string } | null {
  return range ? { start: isoDay(range.start), end: isoDay(range.end) } : null;
}

export type AnalysisJson =
  | { readonly id: AnalysisId; readonly name: string; readonly status: 'ok'; readonly result: unknown }
  | {
      readonly id: AnalysisId;
      readonly name: string;
      readonly status: 'unavailable';
      readonly reason: string;
    };

/**
 * Everything `analyze --json` prints: the input's tables, rejected rows and warnings (as `kpis --json`),
 * the campaign period, and every analysis under its id, in the diagnostics sheet's order — its findings,
 * or why it could not run. Without usable orders every analysis is listed, each with the ingest's reason.
 */
export function analysisJson(
  input: string,
  result: AnalyzeResult,
  locale: Locale,
  readerWarnings: readonly LocalizedText[] = [],
) {
  const { ingest, analysis } = result;
  const why =
    ingest.warnings.find((w) => w.code === 'no_orders_table' || w.code === 'no_usable_orders')?.text ??
    cliMessages.noOrders;
  const entry = (id: AnalysisId): AnalysisJson => {
    const name = ANALYSES[id].name[locale];
    const found: AnalysisResults[AnalysisId] | undefined = analysis?.analyses[id];
    if (found === undefined) return { id, name, status: 'unavailable', reason: why[locale] };
    if (found.kind === 'unavailable')
      return { id, name, status: 'unavailable', reason: found.reason[locale] };
    const { kind: _ok, ...findings } = found;
    return { id, name, status: 'ok', result: jsonValue(findings, locale) };
  };
  return {
    schema: ANALYZE_JSON_SCHEMA,
    input,
    ...sourceJson(ingest, locale, readerWarnings),
    period: isoRange(analysis?.report.period ?? null),
    baseline: isoRange(analysis?.report.baselinePeriod ?? null),
    analyses: Object.fromEntries(ANALYSIS_IDS.map((id) => [id, entry(id)])) as Record<
      AnalysisId,
      AnalysisJson
    >,
  };
}
