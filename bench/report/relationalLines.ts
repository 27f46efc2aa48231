import type { RelationalResult } from '../relational/relationalBench';
import type { Timing } from '../measure/timing';
import { int, ms, ratio, table } from './format';

export function relationalLines(result: RelationalResult): string[] {
  const row = (name: string, t: Timing) => [
    name,
    ms(t.medianMs),
    ms(t.minMs),
    ms(t.maxMs),
    ms(t.cpuMedianMs),
  ];
  return [
    `Relational export — ingest of ${int(result.headers)} order headers + ${int(result.lines)} order lines ` +
      `vs the same data as one table of ${int(result.lines)} rows; median of ${result.relational.runs} runs after a warm-up`,
    `  both give ${int(result.orders)} orders${result.agreed ? ' with the same Σ amount' : ' — THE SHAPES DISAGREE'}`,
    ...table([
      ['shape', 'median', 'min', 'max', 'CPU (median)'],
      row('headers + lines (amount from lines)', result.relational),
      row('one table (a row per line)', result.oneTable),
    ]),
    `  ratio relational / one table: ${ratio(result.ratio)} wall, ${ratio(result.cpuRatio)} CPU (target ≤ 1.5×)`,
  ];
}
