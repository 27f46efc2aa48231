import { ANALYSIS_IDS, type AnalysisColumn } from '../../../src/core/analysis/definition';
import { ANALYSES } from '../../../src/core/analysis/index';
import { FIELDS } from '../../../src/core/model/fields';
import { TABLE_KINDS } from '../../../src/core/model/tableKinds';
import { fixture } from './support/campaignFixture';

const rich = fixture({
  orders: [
    {
      day: '2024-11-01',
      amount: 100,
      customer: 'a',
      channel: 'Search',
      category: 'shoes',
      sku: 'S1',
      quantity: 1,
      variant: 'A',
      device: 'd',
      discount: 5,
    },
    {
      day: '2024-11-11',
      amount: 300,
      customer: 'b',
      channel: 'Feed',
      category: 'bags',
      sku: 'S2',
      quantity: 2,
      variant: 'B',
      device: 'd',
      discount: 90,
      listPrice: 100,
    },
    {
      day: '2024-11-11',
      amount: 200,
      customer: 'c',
      channel: 'Search',
      category: 'shoes',
      sku: 'S1',
      quantity: 1,
      variant: 'A',
      device: 'd',
    },
    { day: '2024-11-12', amount: 50, customer: 'a', channel: 'Feed', status: 'unpaid', variant: 'A' },
  ],
  traffic: [
    { day: '2024-11-01', uv: 100, channel: 'Search' },
    { day: '2024-11-11', uv: 300, channel: 'Search', view: 100, cart: 20, order: 5, pay: 4 },
  ],
  spend: [{ channel: 'Search', spend: 50, day: '2024-11-11' }],
  targets: [
    { kpi: 'paid_sales', value: 1000 },
    { kpi: 'paid_orders', value: 5 },
  ],
  customers: [{ id: 'a', registered: '2024-10-01' }],
  inventory: [{ sku: 'S1', day: '2024-11-12', stock: 0 }],
  touchpoints: [
    { path: 'p', time: 1, channel: 'Search' },
    { path: 'p', time: 2, channel: 'Feed', converted: true, value: 300 },
  ],
  period: ['2024-11-10', '2024-11-12'],
  baseline: ['2024-11-01', '2024-11-02'],
});
const bare = fixture({ orders: [], period: ['2024-11-10', '2024-11-12'] });

describe('the analysis index', () => {
  it('lists every analysis id once, each under its own id', () => {
    expect(Object.keys(ANALYSES)).toEqual([...ANALYSIS_IDS]);
    for (const [id, analysis] of Object.entries(ANALYSES)) expect(analysis.id).toBe(id);
  });

  it('declares requirements that name real tables and columns', () => {
    const known = (ref: string): boolean => {
      if ((TABLE_KINDS as readonly string[]).includes(ref)) return true;
      const [table, field] = ref.split('.') as [keyof typeof FIELDS, string];
      return table in FIELDS && field in FIELDS[table];
    };
    for (const analysis of Object.values(ANALYSES)) {
      const refs: string[] = [
        ...analysis.requires.tables,
        ...analysis.requires.columns,
        ...analysis.requires.optional,
      ];
      expect(refs.filter((r) => !known(r))).toEqual([]);
      analysis.requires.columns.forEach((c: AnalysisColumn) => expect(c).toContain('.'));
    }
  });

  it.each(ANALYSIS_IDS)('%s returns plain, serialisable results on rich and on bare data', (id) => {
    for (const data of [rich, bare]) {
      const result = ANALYSES[id].run(data) as { kind: string; reason?: Record<string, string> };
      expect(['ok', 'unavailable']).toContain(result.kind);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      if (result.kind === 'unavailable') {
        expect(result.reason?.['zh-CN']).toBeTruthy();
        expect(result.reason?.['en-US']).toBeTruthy();
      }
    }
  });

  it('are deterministic: the same data gives the same result', () => {
    for (const id of ANALYSIS_IDS) expect(ANALYSES[id].run(rich)).toEqual(ANALYSES[id].run(rich));
  });
});
