import { KPI_IDS, type KpiId } from './kpiIds';
import type { KpiValue } from './kpiValue';
import { KPI_DEFINITIONS } from './kpis';
import type { MeasureSet } from './measures';

/** A group's KPIs, in KPI_IDS order. */
export type KpiSet = Readonly<Record<KpiId, KpiValue>>;

/**
 * Every KPI of one group from its measures, each computed once, dependencies first. A definition may read
 * only what its `requires` declares: reading anything else is a broken contract and throws, so that the
 * declared requirements (shown in docs and sheets) cannot drift from the code.
 */
export function evaluateKpis(measures: MeasureSet): KpiSet {
  const done = new Map<KpiId, KpiValue>();
  const active = new Set<KpiId>();
  const get = (id: KpiId): KpiValue => {
    const cached = done.get(id);
    if (cached) return cached;
    if (active.has(id)) throw new Error(`Broken contract: KPI "${id}" depends on itself.`);
    active.add(id);
    const { requires, compute } = KPI_DEFINITIONS[id];
    const value = compute({
      kpi: (dependency) => {
        if (!requires.kpis.includes(dependency)) {
          throw new Error(`Broken contract: KPI "${id}" reads KPI "${dependency}" without requiring it.`);
        }
        return get(dependency);
      },
      measure: (measure) => {
        if (!requires.measures.includes(measure)) {
          throw new Error(`Broken contract: KPI "${id}" reads measure "${measure}" without requiring it.`);
        }
        return measures[measure];
      },
    });
    active.delete(id);
    done.set(id, value);
    return value;
  };
  const out = {} as Record<KpiId, KpiValue>;
  for (const id of KPI_IDS) out[id] = get(id);
  return out;
}
