export type TargetUnit = 'ms' | 'MB' | '×';

/** A figure checked against its target: PASS or FAIL, and by how much. */
export interface TargetCheck {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: TargetUnit;
  /** '≤': at most the limit; '<': strictly below it. */
  readonly comparison: '≤' | '<';
  readonly pass: boolean;
  /** Set when the run's sizes are not the target's (a --quick or --rows run): the check is indicative. */
  readonly indicative: boolean;
}

export function checkTarget(
  id: string,
  label: string,
  value: number,
  limit: number,
  unit: TargetUnit,
  comparison: '≤' | '<',
  indicative: boolean,
): TargetCheck {
  const pass = Number.isFinite(value) && (comparison === '≤' ? value <= limit : value < limit);
  return { id, label, value, limit, unit, comparison, pass, indicative };
}

/** "PASS", or "FAIL: 6.54× the target (+5,540 ms)". */
export function verdict(check: TargetCheck): string {
  const head = check.pass ? 'PASS' : 'FAIL';
  const tail = check.indicative ? ' (indicative: not the target size)' : '';
  if (check.pass || !Number.isFinite(check.value)) return head + tail;
  const over = check.value - check.limit;
  const factor = check.value / check.limit;
  const amount =
    check.unit === '×' ? `+${over.toFixed(2)}` : `+${Math.round(over).toLocaleString('en-US')} ${check.unit}`;
  return `${head}: ${factor.toFixed(2)}× the target (${amount})${tail}`;
}
