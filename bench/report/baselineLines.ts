import type { BaselineResult } from '../baselines/baselineBench';
import type { EngineResult } from '../engine/engineBench';
import type { Agreement } from '../kpiSet/agreement';
import { HEADLINE_KPIS } from '../kpiSet/headline';
import type { Machine } from '../machine';
import type { Timing } from '../measure/timing';
import type { BenchRatios } from './benchReport';
import { ms, ratio, table } from './format';

export function baselineLines(
  machine: Machine,
  engine: EngineResult | null,
  baselines: BaselineResult,
  ratios: BenchRatios | null,
): string[] {
  const row = (name: string, load: Timing | null, compute: Timing, total: Timing) => [
    name,
    load ? ms(load.medianMs) : '',
    ms(compute.medianMs),
    ms(total.medianMs),
    ms(total.cpuMedianMs),
  ];
  const { arquero, duckdb, fupanNarrow } = baselines;
  const rows = [['', 'load / ingest', 'query / KPIs', 'total', 'CPU total']];
  if (engine) rows.push(row('Fupan: ingest + computeKpis', engine.ingest, engine.kpis, engine.ingestAndKpis));
  rows.push(
    row('Fupan, orders cut to 9 columns', fupanNarrow.ingest, fupanNarrow.kpis, fupanNarrow.total),
    row(`arquero ${machine.versions.arquero}`, arquero.load, arquero.query, arquero.total),
    row(
      `DuckDB ${duckdb.version} (node-api ${machine.versions['@duckdb/node-api']}, ${duckdb.threads} threads)`,
      duckdb.load,
      duckdb.query,
      duckdb.total,
    ),
  );
  const agree = (name: string, a: Agreement) =>
    `${name} ${a.compared - a.mismatches.length}/${a.compared} ${a.ok ? 'agree' : 'DISAGREE'}`;
  const a = baselines.agreement;
  const lines = [
    `Baselines — ${HEADLINE_KPIS.length} headline KPIs for the campaign total, every day and every channel, from the same cell arrays; median of ${arquero.total.runs} runs after a warm-up`,
    ...table(rows),
  ];
  if (ratios) {
    lines.push(
      `  Fupan / arquero ${ratio(ratios.fupanOverArquero)} (goal < 1×) · Fupan / DuckDB ${ratio(ratios.fupanOverDuckdb)} (goal ≤ 2×)`,
      `  with the orders cut to 9 columns: Fupan / arquero ${ratio(ratios.narrowFupanOverArquero)} · Fupan / DuckDB ${ratio(ratios.narrowFupanOverDuckdb)}`,
    );
  }
  lines.push(
    `  agreement with Fupan to 1e-9 relative: ${agree('arquero', a.arquero)} · ${agree('DuckDB', a.duckdb)} · ${agree('Fupan (9 columns)', a.fupanNarrow)}`,
  );
  for (const [name, result] of Object.entries(a)) {
    for (const m of result.mismatches) lines.push(`    ${name}: ${m}`);
  }
  return lines;
}
