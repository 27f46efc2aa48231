import { analyzeCampaign } from '../../src/core/analyze';
import type { CellValue } from '../../src/core/model/raw';
import { planWorkbook } from '../../src/core/plan/planWorkbook';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { rawTable } from './ingest/rawTable';

/** Every text cell of a planned sheet, for "does the sheet say …" checks. */
function textsOf(sheet: SheetPlan | undefined): string[] {
  const out: string[] = [];
  for (const block of sheet?.blocks ?? [])
    for (const row of block.cells)
      for (const cell of row as readonly unknown[]) if (typeof cell === 'string') out.push(cell);
  return out;
}

function sheetOf(plan: WorkbookPlan, key: SheetPlan['key']): SheetPlan | undefined {
  return plan.sheets.find((s) => s.key === key);
}

const TRAFFIC = rawTable(
  'Traffic',
  ['Date', 'UV', 'PV'],
  [
    ['2024-03-01', 100, 300],
    ['2024-03-02', 120, 330],
    ['2024-03-03', 90, 250],
  ],
);

function experimentLog(): ReturnType<typeof rawTable> {
  const rows: CellValue[][] = [];
  for (let i = 0; i < 200; i++)
    rows.push([
      `u${i}`,
      `2024-05-0${1 + (i % 5)} 10:00`,
      i % 2 ? 'treatment' : 'control',
      i % 7 === 0 ? 1 : 0,
    ]);
  return rawTable('AB', ['user_id', 'timestamp', 'group', 'converted'], rows);
}

describe('a campaign with traffic only', () => {
  const result = analyzeCampaign([TRAFFIC]);
  const analysis = result.analysis;

  it('is analysed: traffic KPIs computed, order KPIs null with the reason "no orders table"', () => {
    expect(analysis?.data.ordersMissing).toBe('no_table');
    expect(analysis?.report.total.kpis.uv).toEqual({ value: 310 });
    expect(analysis?.report.total.kpis.pv).toEqual({ value: 880 });
    for (const id of ['gmv', 'orders', 'buyers', 'aov', 'cvr'] as const) {
      expect(analysis?.report.total.kpis[id].value).toBeNull();
      expect(analysis?.report.missing[id]?.['en-US']).toMatch(/^No orders table/);
    }
  });

  it('takes the period from the traffic dates, and says so', () => {
    expect(analysis?.data.campaign.periodSource).toBe('data');
    expect(analysis?.report.period).toEqual(analysis?.data.campaign.period);
    const warning = result.ingest.warnings.find((w) => w.code === 'period_from_data');
    expect(warning?.text['en-US']).toContain('traffic table, 2024-03-01 to 2024-03-03');
  });

  it('runs the analyses traffic supports; those needing orders say what orders would unlock', () => {
    expect(analysis?.analyses.funnel.kind).toBe('ok');
    const decomposition = analysis?.analyses.decomposition;
    expect(decomposition?.kind === 'unavailable' && decomposition.reason['en-US']).toMatch(
      /^No orders table: .* needs orders\. Add an orders table/,
    );
  });

  it('plans every sheet; the retro and the data-quality sheet say what is missing and what it would unlock', () => {
    const plan = planWorkbook(result.ingest, analysis ?? null, 'en-US');
    expect(plan.sheets.map((s) => s.key)).toContain('retro');
    const retro = textsOf(sheetOf(plan, 'retro'));
    expect(retro.some((t) => t.startsWith('Missing: orders table. Add an orders table'))).toBe(true);
    expect(retro.some((t) => t.startsWith('Missing: traffic table'))).toBe(false);
    expect(retro).toContain(
      'Also not found: spend table, targets table, campaign calendar, refunds table, customers table, ' +
        'inventory table, touchpoints table, experiment log. The data-quality sheet says what each would unlock.',
    );
    // The order KPIs share one sentence with their one reason, not one sentence each.
    const noOrders = retro.filter((t) => t.includes('No orders table: GMV, orders'));
    expect(noOrders).toHaveLength(1);
    expect(noOrders[0]).toMatch(/^GMV \(gross merchandise value\), Paid sales, Net sales, Orders, /);
    const quality = textsOf(sheetOf(plan, 'quality'));
    expect(quality).toContain('Missing tables, and what each would unlock');
    expect(quality.some((t) => t.startsWith('Missing: spend table. Add a spend table'))).toBe(true);
    const zh = textsOf(sheetOf(planWorkbook(result.ingest, analysis ?? null, 'zh-CN'), 'retro'));
    expect(zh.some((t) => t.startsWith('缺少订单表。加入订单表'))).toBe(true);
  });
});

describe('a campaign with an experiment log only', () => {
  const result = analyzeCampaign([experimentLog()]);

  it('gives the A/B test, the period of the log, and the retro states the result', () => {
    const analysis = result.analysis;
    const ab = analysis?.analyses.ab_test;
    expect(ab?.kind).toBe('ok');
    if (ab?.kind !== 'ok') return;
    expect(ab.variants.map((v) => [v.variant, v.units])).toEqual([
      ['control', 100],
      ['treatment', 100],
    ]);
    expect(result.ingest.warnings.find((w) => w.code === 'period_from_data')?.text['en-US']).toContain(
      'experiment log, 2024-05-01 to 2024-05-05',
    );
    const retro = textsOf(sheetOf(planWorkbook(result.ingest, analysis ?? null, 'en-US'), 'retro'));
    expect(retro.some((t) => t.startsWith('A/B test treatment vs control'))).toBe(true);
    expect(retro.some((t) => t.startsWith('Missing: orders table'))).toBe(true);
  });
});

describe('a campaign whose only table has no dates', () => {
  it('is analysed with an unknown period, said in a warning, and still planned', () => {
    const result = analyzeCampaign([rawTable('Targets', ['Metric', 'Target'], [['GMV', 1000]])]);
    expect(result.analysis?.data.campaign.periodSource).toBe('undated');
    expect(result.ingest.warnings.map((w) => w.code)).toContain('period_undated');
    const plan = planWorkbook(result.ingest, result.analysis, 'en-US');
    expect(plan.sheets.map((s) => s.key)).toContain('retro');
  });
});

describe('a full campaign', () => {
  it('lists no missing tables on the data-quality sheet (its sheets stay as they were)', () => {
    const orders = rawTable('Orders', ['Order ID', 'Order Time', 'Paid Amount'], [['A1', '2024-03-01', 5]]);
    const result = analyzeCampaign([orders, TRAFFIC]);
    expect(result.analysis?.data.ordersMissing).toBeNull();
    const quality = textsOf(sheetOf(planWorkbook(result.ingest, result.analysis, 'en-US'), 'quality'));
    expect(quality).not.toContain('Missing tables, and what each would unlock');
  });
});
