import type { EngineResult } from '../engine/engineBench';
import type { Timing } from '../measure/timing';
import type { BenchData } from './benchReport';
import { int, megabytes, ms, table } from './format';

export function engineLines(data: BenchData, engine: EngineResult): string[] {
  const m = engine.memory;
  const row = (name: string, t: Timing, target: string) => [
    name,
    ms(t.medianMs),
    ms(t.minMs),
    ms(t.maxMs),
    ms(t.cpuMedianMs),
    target,
  ];
  const built =
    data.builtOrderRows > 0
      ? ` (${int(data.generatedOrderRows)} generated + ${data.builtOrderRows} built)`
      : '';
  return [
    `Engine I — raw cells → ingest → KPIs → analyses, in this process; median of ${engine.ingest.runs} runs after a warm-up, full GC before each`,
    `  input: orders ${int(data.orderRows)} rows × ${data.orderColumns} columns${built}; traffic ${int(data.trafficRows)} rows (${data.days} days × ${data.channels} channels); spend ${int(data.spendRows)} rows; targets; campaign calendar`,
    `  ingest: ${int(engine.orders.rows)} order rows → ${int(engine.orders.assembled)} orders, ${int(engine.orders.rejectedRows)} rows rejected`,
    ...table([
      ['step', 'median', 'min', 'max', 'CPU (median)', 'target'],
      row('(a) ingest', engine.ingest, '≤ 1,000 ms'),
      ...(engine.floor === null ? [] : [row('    floor: one unchecked pass', engine.floor, '')]),
      row('(b) all KPIs (computeKpis)', engine.kpis, '≤ 500 ms'),
      row('(c) all analyses', engine.analyses, ''),
      row('(e) next-campaign plan (nextPlanFor)', engine.planning, '≤ 10 % of (c)'),
      row('ingest + KPIs', engine.ingestAndKpis, ''),
    ]),
    `  (d) peak extra RSS over the pre-ingest baseline of ${megabytes(m.baselineRssMb)} (${m.method}): ` +
      `ingest ${megabytes(m.peakExtraRssMb.ingest)} · KPIs ${megabytes(m.peakExtraRssMb.kpis)} · ` +
      `analyses ${megabytes(m.peakExtraRssMb.analyses)} → ${megabytes(m.peakExtraMb)} (target ≤ 400 MB)`,
    `      heap + external still live after a full GC (data, report, analyses): ${megabytes(m.retainedMb)}`,
    `  (e) planning adds ${(engine.planningShare * 100).toFixed(1)} % to the analyses' time (median of the runs' ratios; target ≤ 10 %)`,
    ...(engine.floor === null
      ? []
      : [
          `  floor: the orders turned into the same columns row by row with none of ingest's checks (bench/engine/floorPass.ts);`,
          `         ingest takes ${(engine.ingest.medianMs / engine.floor.medianMs).toFixed(2)}× the floor on this machine`,
        ]),
  ];
}
