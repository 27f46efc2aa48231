import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KpiUnit, KpiFormatKind } from '../../../src/core/metrics/kpiDefinition';
import { KPI_IDS, LOWER_IS_BETTER, type KpiId } from '../../../src/core/metrics/kpiIds';
import { known } from '../../../src/core/metrics/kpiValue';
import { KPI_DEFINITIONS } from '../../../src/core/metrics/kpis';
import { MEASURE_IDS, type MeasureId } from '../../../src/core/metrics/measures';
import { LOCALES } from '../../../src/core/locale';

const FORMAT_OF_UNIT: Readonly<Record<KpiUnit, KpiFormatKind>> = {
  money: 'money',
  count: 'integer',
  ratio: 'percent',
  per_money: 'multiple',
};

describe('the KPI definitions', () => {
  it('list every KPI of the contract under its own id', () => {
    expect(Object.keys(KPI_DEFINITIONS)).toEqual([...KPI_IDS]);
    for (const id of KPI_IDS) expect(KPI_DEFINITIONS[id].id).toBe(id);
  });

  it('say lower is better exactly for the contract’s lower-is-better KPIs', () => {
    for (const id of KPI_IDS) {
      expect([id, KPI_DEFINITIONS[id].direction]).toEqual([id, LOWER_IS_BETTER.has(id) ? 'lower' : 'higher']);
    }
  });

  it('have a name, a definition and a formula in both languages, and distinct names', () => {
    for (const id of KPI_IDS) {
      const { name, definition, formula } = KPI_DEFINITIONS[id];
      for (const locale of LOCALES) {
        expect(name[locale].length).toBeGreaterThan(0);
        expect(definition[locale].length).toBeGreaterThan(0);
        expect(formula[locale].length).toBeGreaterThan(0);
      }
    }
    for (const locale of LOCALES) {
      const names = KPI_IDS.map((id) => KPI_DEFINITIONS[id].name[locale]);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(KPI_DEFINITIONS.gmv.name['zh-CN']).toBe('GMV 成交总额');
  });

  it('format each unit the same way', () => {
    for (const id of KPI_IDS) {
      const { unit, format } = KPI_DEFINITIONS[id];
      expect([id, format.kind]).toEqual([id, FORMAT_OF_UNIT[unit]]);
    }
  });

  it('call additive exactly the KPIs that are sums over days', () => {
    const additive = KPI_IDS.filter((id) => KPI_DEFINITIONS[id].additive);
    expect(additive).toEqual([
      'gmv',
      'paid_sales',
      'refunds',
      'net_sales',
      'orders',
      'paid_orders',
      'uv',
      'pv',
      'discount_cost',
      'spend',
    ]);
  });

  it('require exactly the KPIs and measures their compute reads', () => {
    for (const id of KPI_IDS) {
      const kpis = new Set<KpiId>();
      const measures = new Set<MeasureId>();
      KPI_DEFINITIONS[id].compute({
        kpi: (dep) => (kpis.add(dep), known(2)),
        measure: (m) => (measures.add(m), known(2)),
      });
      const { requires } = KPI_DEFINITIONS[id];
      expect([id, [...kpis].sort()]).toEqual([id, [...requires.kpis].sort()]);
      expect([id, [...measures].sort()]).toEqual([id, [...requires.measures].sort()]);
      for (const m of requires.measures) expect(MEASURE_IDS).toContain(m);
    }
  });

  it('depend on one another without a cycle', () => {
    const visiting = new Set<KpiId>();
    const done = new Set<KpiId>();
    const visit = (id: KpiId): void => {
      if (done.has(id)) return;
      expect(visiting.has(id)).toBe(false);
      visiting.add(id);
      KPI_DEFINITIONS[id].requires.kpis.forEach(visit);
      visiting.delete(id);
      done.add(id);
    };
    KPI_IDS.forEach(visit);
    expect(done.size).toBe(KPI_IDS.length);
  });
});

describe('docs/metrics.md', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/metrics.md'), 'utf8');

  it.each(KPI_IDS)('documents %s with its id, both names and its formula', (id) => {
    const { name, formula } = KPI_DEFINITIONS[id];
    expect(doc).toContain(`\`${id}\``);
    expect(doc).toContain(name['zh-CN']);
    expect(doc).toContain(name['en-US']);
    expect(doc).toContain(formula['en-US']);
  });
});
