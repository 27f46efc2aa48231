import { KPI_IDS } from '../../../../src/core/metrics/kpiIds';
import { MEASURE_IDS } from '../../../../src/core/metrics/measures';
import type { KpiGroup, KpiReport } from '../../../../src/core/metrics/report';
import type { KpiValue } from '../../../../src/core/metrics/kpiValue';

const RELATIVE = 1e-9;

/** Differences between two KPI values: both absent for the same reason, or within 1e-9 relative. */
function differs(a: KpiValue, b: KpiValue): boolean {
  if (a.value === null || b.value === null) {
    return JSON.stringify(a) !== JSON.stringify(b);
  }
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-12);
  return Math.abs(a.value - b.value) > RELATIVE * scale;
}

/** Every KPI and measure of every group, as "where: expected vs actual" lines for those that differ. */
export function reportDifferences(
  expected: KpiReport,
  actual: KpiReport,
): { compared: number; diffs: string[] } {
  const diffs: string[] = [];
  let compared = 0;
  const group = (where: string, e: KpiGroup | null | undefined, a: KpiGroup | null | undefined): void => {
    if (!e || !a) {
      if (e || a) diffs.push(`${where}: present ${Boolean(e)} vs ${Boolean(a)}`);
      return;
    }
    for (const id of KPI_IDS) {
      compared++;
      if (differs(e.kpis[id], a.kpis[id]))
        diffs.push(`${where} kpi ${id}: ${JSON.stringify(e.kpis[id])} vs ${JSON.stringify(a.kpis[id])}`);
    }
    for (const id of MEASURE_IDS) {
      compared++;
      if (differs(e.measures[id], a.measures[id]))
        diffs.push(
          `${where} measure ${id}: ${JSON.stringify(e.measures[id])} vs ${JSON.stringify(a.measures[id])}`,
        );
    }
  };
  const keyed = <T extends KpiGroup>(
    name: string,
    e: readonly T[],
    a: readonly T[],
    key: (g: T) => string,
  ): void => {
    const byKey = new Map(a.map((g) => [key(g), g]));
    if (e.length !== a.length) diffs.push(`${name}: ${e.length} groups vs ${a.length}`);
    for (const g of e) group(`${name} ${key(g)}`, g, byKey.get(key(g)));
  };
  group('total', expected.total, actual.total);
  group('baseline', expected.baseline, actual.baseline);
  keyed('day', expected.byDay, actual.byDay, (d) => `${d.iso} ${d.part} ${d.phase}`);
  keyed('phase', expected.byPhase, actual.byPhase, (p) => `${p.kind} ${p.range.start}`);
  keyed('channel', expected.byChannel, actual.byChannel, (c) => `${c.key} ${[...c.seenIn].join('+')}`);
  keyed('category', expected.byCategory, actual.byCategory, (c) => String(c.category));
  const same = (what: string, e: unknown, a: unknown) => {
    if (JSON.stringify(e) !== JSON.stringify(a))
      diffs.push(`${what}: ${JSON.stringify(e)} vs ${JSON.stringify(a)}`);
  };
  same('basis', expected.basis, actual.basis);
  same(
    'warnings',
    expected.warnings.map((w) => w.code),
    actual.warnings.map((w) => w.code),
  );
  same(
    'targets',
    expected.targets.map((t) => [t.kpi, t.channel, t.actual.value]),
    actual.targets.map((t) => [t.kpi, t.channel, t.actual.value]),
  );
  return { compared, diffs };
}
