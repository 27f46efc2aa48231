import type { LoadMark } from '../machine';
import { megabytes, ms, ratio, table } from './format';
import { verdict, type TargetCheck } from './targets';

export function targetLines(checks: readonly TargetCheck[]): string[] {
  const value = (c: TargetCheck) =>
    c.unit === 'ms' ? ms(c.value) : c.unit === 'MB' ? megabytes(c.value) : ratio(c.value);
  const limit = (c: TargetCheck) =>
    `${c.comparison} ${c.unit === 'ms' ? ms(c.limit) : c.unit === 'MB' ? megabytes(c.limit) : ratio(c.limit)}`;
  return ['Targets', ...table(checks.map((c) => [c.label, value(c), limit(c), verdict(c)]))];
}

export function loadLines(loads: readonly LoadMark[]): string[] {
  return [
    'Load average (1, 5, 15 min): other work on the machine stretches wall times; CPU times count this process only (with its GC and DuckDB threads)',
    ...table(loads.map((l) => [l.at, l.load.map((x) => x.toFixed(2)).join(' ')])),
  ];
}
