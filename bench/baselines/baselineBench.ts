import { ingest } from '../../src/core/ingest';
import { computeKpis } from '../../src/core/metrics';
import type { RawTable } from '../../src/core/model/raw';
import { agreement, type Agreement } from '../kpiSet/agreement';
import { headlineFromReport } from '../kpiSet/fromReport';
import type { HeadlineReport } from '../kpiSet/headline';
import { collect } from '../measure/collect';
import { addSamples, summarize, timeAsync, timeSync, type Sample, type Timing } from '../measure/timing';
import { arqueroLoad, arqueroQuery } from './arqueroKpis';
import type { BaselineInput } from './baselineInput';
import { duckdbLoad, duckdbQuery, openDuckDb } from './duckdbKpis';

export interface LoadQuery {
  readonly load: Timing;
  readonly query: Timing;
  readonly total: Timing;
}

export interface BaselineResult {
  /** Fupan from the same cells with the orders cut to the columns the headline KPIs read. */
  readonly fupanNarrow: { readonly ingest: Timing; readonly kpis: Timing; readonly total: Timing };
  readonly arquero: LoadQuery;
  readonly duckdb: LoadQuery & { readonly threads: number; readonly version: string };
  readonly agreement: {
    readonly arquero: Agreement;
    readonly duckdb: Agreement;
    readonly fupanNarrow: Agreement;
  };
}

/**
 * arquero and DuckDB computing the headline KPI set from the same cell arrays as Fupan, each with a warm-up
 * and `runs` timed runs (load and query timed apart); and Fupan once more on the orders cut to the
 * columns those two read, for a like-for-like input. Every result is checked against Fupan's.
 */
export async function baselineBench(
  input: BaselineInput,
  narrowTables: readonly RawTable[],
  fupan: HeadlineReport,
  runs: number,
): Promise<BaselineResult> {
  const narrow = fupanNarrowRuns(narrowTables, runs);
  const arquero = arqueroRuns(input, runs);
  const duckdb = await duckdbRuns(input, runs);
  return {
    fupanNarrow: narrow.timing,
    arquero: arquero.timing,
    duckdb: { ...duckdb.timing, threads: duckdb.threads, version: duckdb.version },
    agreement: {
      arquero: agreement(fupan, arquero.report),
      duckdb: agreement(fupan, duckdb.report),
      fupanNarrow: agreement(fupan, narrow.report),
    },
  };
}

function loadQuery(load: Sample[], query: Sample[]): LoadQuery {
  return { load: summarize(load), query: summarize(query), total: summarize(addSamples(load, query)) };
}

function fupanNarrowRuns(tables: readonly RawTable[], runs: number) {
  const ingestSamples: Sample[] = [];
  const kpiSamples: Sample[] = [];
  let report: HeadlineReport | null = null;
  for (let r = 0; r <= runs; r++) {
    collect();
    const ingested = timeSync(() => ingest(tables));
    const data = ingested.value.data;
    if (!data) throw new Error('bench: ingest of the narrow orders found no usable orders');
    const kpis = timeSync(() => computeKpis(data));
    report = headlineFromReport(kpis.value);
    if (r === 0) continue;
    ingestSamples.push(ingested.sample);
    kpiSamples.push(kpis.sample);
  }
  return {
    report: report!,
    timing: {
      ingest: summarize(ingestSamples),
      kpis: summarize(kpiSamples),
      total: summarize(addSamples(ingestSamples, kpiSamples)),
    },
  };
}

function arqueroRuns(input: BaselineInput, runs: number) {
  const load: Sample[] = [];
  const query: Sample[] = [];
  let report: HeadlineReport | null = null;
  for (let r = 0; r <= runs; r++) {
    collect();
    const tables = timeSync(() => arqueroLoad(input));
    const result = timeSync(() => arqueroQuery(tables.value, input));
    report = result.value;
    if (r === 0) continue;
    load.push(tables.sample);
    query.push(result.sample);
  }
  return { report: report!, timing: loadQuery(load, query) };
}

async function duckdbRuns(input: BaselineInput, runs: number) {
  const load: Sample[] = [];
  const query: Sample[] = [];
  let report: HeadlineReport | null = null;
  let threads = 0;
  let version = '';
  for (let r = 0; r <= runs; r++) {
    collect();
    const db = await openDuckDb();
    threads = db.threads;
    version = db.version;
    try {
      const loaded = await timeAsync(() => duckdbLoad(db, input));
      const result = await timeAsync(() => duckdbQuery(db, input));
      report = result.value;
      if (r === 0) continue;
      load.push(loaded.sample);
      query.push(result.sample);
    } finally {
      db.close();
    }
  }
  return { report: report!, threads, version, timing: loadQuery(load, query) };
}
