import type { AnalysisResults } from '../analysis';
import type { Anomaly, AnomalyFindings } from '../analysis/anomalies';
import type { Locale } from '../locale';
import type { Day } from '../model/day';
import { ANOMALY_METRIC_LABELS } from '../plan/analysisLabels';
import { count, money, rate, signed } from './factText';

/** The anomalies of one day: its rows (by |z|), the index of its first row in the sheet's table. */
export interface AnomalyDay {
  readonly day: Day;
  readonly firstIndex: number;
  readonly anomalies: readonly Anomaly[];
  /** |GMV of the day − the baseline's median daily GMV|: the sales the day was off by; 0 when unknown. */
  readonly gmvAtStake: number;
  readonly low: boolean;
}

/** Groups the anomaly table's rows by day, in the order of each day's largest |z|. */
export function anomalyDays(findings: AnomalyFindings, phases: AnalysisResults['phases']): AnomalyDay[] {
  const median = findings.baselines.find((b) => b.metric === 'gmv')?.median ?? null;
  const gmvOf = (day: Day) =>
    phases.kind === 'ok' ? (phases.days.find((d) => d.day === day)?.gmv ?? null) : null;
  const days = new Map<Day, { firstIndex: number; anomalies: Anomaly[] }>();
  findings.anomalies.forEach((a, i) => {
    const entry = days.get(a.day);
    if (entry) entry.anomalies.push(a);
    else days.set(a.day, { firstIndex: i, anomalies: [a] });
  });
  return [...days.entries()].map(([day, entry]) => {
    const gmv = gmvOf(day);
    return {
      day,
      ...entry,
      gmvAtStake: gmv !== null && median !== null && Number.isFinite(median) ? Math.abs(gmv - median) : 0,
      low: entry.anomalies.some((a) => a.direction === 'low'),
    };
  });
}

/** "orders 19 (expected 58.5, z = −7.61)" in the sentence's language. */
export function anomalyText(a: Anomaly, l: Locale): string {
  const value = (v: number) => (a.metric === 'gmv' ? money(v, l) : a.metric === 'cvr' ? rate(v) : count(v));
  const name = ANOMALY_METRIC_LABELS[a.metric][l];
  return l === 'zh-CN'
    ? `${name} ${value(a.value)}（预期 ${value(a.expected)}，z = ${signed(a.z)}）`
    : `${a.metric === 'orders' ? 'orders' : name} ${value(a.value)} (expected ${value(a.expected)}, z = ${signed(a.z)})`;
}
