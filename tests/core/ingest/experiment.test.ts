import { abTestAnalysis, analyzeAbTest } from '../../../src/core/analysis/abTest';
import { recogniseTable } from '../../../src/core/ingest/headers/recogniseTable';
import { firstRowPerUnit } from '../../../src/core/ingest/tables/experiment/firstRowPerUnit';
import { pagePairing } from '../../../src/core/ingest/tables/experiment/pagePairing';
import type { CellValue } from '../../../src/core/model/raw';
import { fixture } from '../analysis/support/campaignFixture';
import { okOf } from '../analysis/support/okOf';
import { run, warningCodes } from './fixtures';
import { rawTable } from './rawTable';

const AB_HEADER = ['user_id', 'timestamp', 'group', 'landing_page', 'converted'];

function abLog(rows: readonly (readonly CellValue[])[], header: readonly CellValue[] = AB_HEADER) {
  return rawTable('ab', header, rows);
}

describe('an experiment log', () => {
  test('is recognised from ab_data-like headers, not taken for touchpoints', () => {
    const r = recogniseTable(abLog([]));
    expect(r.kind).toBe('experiment');
    expect(r.columns).toEqual({ unit_id: 0, time: 1, group: 2, page: 3, converted: 4 });
  });

  test('is recognised from Chinese headers, and with a conversion value instead of a flag', () => {
    expect(recogniseTable(abLog([], ['用户ID', '时间', '实验分组', '落地页', '是否转化'])).kind).toBe(
      'experiment',
    );
    const byValue = recogniseTable(abLog([], ['Visitor ID', 'Variant', 'Revenue']));
    expect(byValue.kind).toBe('experiment');
    expect(byValue.columns).toEqual({ unit_id: 0, group: 1, value: 2 });
  });

  test('without a converted flag or value is not an experiment, and the warning names the flag', () => {
    const r = recogniseTable(abLog([], ['user_id', 'timestamp', 'group']));
    expect(r.kind).toBeNull();
    expect(r.closest).toEqual({ kind: 'experiment', missing: ['converted'] });
  });

  test('an orders table with a variant column stays an orders table', () => {
    const r = recogniseTable(rawTable('订单', ['订单号', '买家ID', '下单时间', '实付金额', '实验分组'], []));
    expect(r.kind).toBe('orders');
  });
});

describe('the group/page rule', () => {
  test('pairs each group with its most frequent page; rows showing another page are rejected and counted', () => {
    const result = run([
      abLog([
        ['u1', '2024-01-01 10:00', 'control', 'old', 0],
        ['u2', '2024-01-01 10:00', 'control', 'old', 1],
        ['u3', '2024-01-01 10:00', 'control', 'new', 1],
        ['u4', '2024-01-02 10:00', 'treatment', 'new', 0],
        ['u5', '2024-01-02 10:00', 'treatment', 'new', 1],
        ['u6', '2024-01-02 10:00', 'treatment', 'old', 0],
      ]),
    ]);
    const experiment = result.data?.experiment;
    expect(experiment?.size).toBe(4);
    expect(experiment?.cleaning).toEqual({
      pageRule: {
        kind: 'paired',
        pairs: [
          { group: 'control', page: 'old' },
          { group: 'treatment', page: 'new' },
        ],
      },
      mismatchedRows: 2,
      repeatedUnits: 0,
      extraRows: 0,
    });
    expect(result.rejected.map((r) => [r.row, r.column, r.code])).toEqual([
      [4, 'landing_page', 'group_page_mismatch'],
      [7, 'landing_page', 'group_page_mismatch'],
    ]);
    const warning = result.warnings.find((w) => w.code === 'experiment_page_mismatch');
    expect(warning?.text['en-US']).toContain('2 rows whose group and page disagree');
    expect(warning?.text['en-US']).toContain('control ↔ old, treatment ↔ new');
    expect(warning?.text['zh-CN']).toContain('2 行的分组与落地页不一致');
    expect(result.tables[0]).toMatchObject({ rowsRead: 6, rowsUsed: 4, rowsRejected: 2 });
  });

  test('does not apply when two groups share their most frequent page: nothing excluded, a warning says so', () => {
    const result = run([
      abLog([
        ['u1', '2024-01-01', 'A', 'home', 0],
        ['u2', '2024-01-01', 'B', 'home', 1],
        ['u3', '2024-01-01', 'B', 'cart', 1],
      ]),
    ]);
    expect(result.data?.experiment?.size).toBe(3);
    expect(result.data?.experiment?.cleaning.pageRule).toEqual({ kind: 'not_paired' });
    expect(warningCodes(result)).toContain('experiment_page_not_paired');
    expect(result.rejected).toEqual([]);
  });

  test('a tie for a group’s page means no pairing', () => {
    const groups = Int32Array.from([0, 0, 1, 1]);
    const pages = Int32Array.from([0, 1, 1, 1]);
    expect(pagePairing(groups, pages, ['a', 'b'], ['p', 'q']).rule).toEqual({ kind: 'not_paired' });
  });
});

describe('the one-row-per-unit rule', () => {
  test('keeps each unit’s earliest row and rejects the others, counting units and extra rows', () => {
    const result = run([
      abLog(
        [
          ['u1', '2024-01-03', 'A', 1],
          ['u1', '2024-01-01', 'A', 0],
          ['u2', '2024-01-01', 'B', 0],
          ['u1', '2024-01-02', 'A', 1],
          ['u2', '2024-01-01', 'B', 1],
          ['u3', '2024-01-01', 'B', 1],
        ],
        ['user_id', 'timestamp', 'group', 'converted'],
      ),
    ]);
    const experiment = result.data?.experiment;
    expect(experiment?.cleaning).toMatchObject({ repeatedUnits: 2, extraRows: 3, mismatchedRows: 0 });
    expect(experiment?.cleaning.pageRule).toEqual({ kind: 'no_page' });
    // u1 keeps row 3 (2024-01-01, not converted); u2 keeps row 4, the higher of two equal times.
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([
      [2, 'repeated_unit'],
      [5, 'repeated_unit'],
      [6, 'repeated_unit'],
    ]);
    expect(result.rejected[0]?.reason['en-US']).toContain('unit "u1" already appears on row 3');
    expect(Array.from(experiment?.converted ?? [])).toEqual([0, 0, 1]);
    const warning = result.warnings.find((w) => w.code === 'experiment_repeated_units');
    expect(warning?.text['en-US']).toContain('2 unit(s) appear more than once, 3 extra row(s)');
  });

  test('a row without a time comes after any timed row of its unit', () => {
    const r = firstRowPerUnit(Int32Array.from([0, 0]), Float64Array.from([NaN, 5]), 1);
    expect(Array.from(r.keep)).toEqual([0, 1]);
    expect(r.repeatedUnits).toBe(1);
  });

  test('runs after the page rule: a unit whose only other row was mismatched is not repeated', () => {
    const result = run([
      abLog([
        ['u1', '2024-01-01', 'control', 'old', 0],
        ['u1', '2024-01-01', 'control', 'new', 0],
        ['u2', '2024-01-01', 'control', 'old', 0],
        ['u3', '2024-01-01', 'treatment', 'new', 1],
      ]),
    ]);
    expect(result.data?.experiment?.cleaning).toMatchObject({ mismatchedRows: 1, repeatedUnits: 0 });
  });
});

describe('outcomes', () => {
  test('an empty converted flag rejects the row; a value-only log converts on a value above 0', () => {
    const flagged = run([
      abLog(
        [
          ['u1', '2024-01-01', 'A', null],
          ['u2', '2024-01-01', 'B', 'yes'],
        ],
        ['user_id', 'timestamp', 'group', 'converted'],
      ),
    ]);
    expect(flagged.rejected.map((r) => [r.row, r.code])).toEqual([[2, 'missing_value']]);
    const valued = run([
      abLog(
        [
          ['u1', 'A', 0],
          ['u2', 'A', 12.5],
          ['u3', 'B', null],
        ],
        ['User ID', 'Group', 'Conversion Value'],
      ),
    ]);
    expect(valued.data?.experiment?.outcome).toBe('value');
    expect(Array.from(valued.data?.experiment?.converted ?? [])).toEqual([0, 1, 0]);
  });
});

describe('the A/B test from an experiment log', () => {
  const log = (rows: [string, string, number, number?][]) =>
    run([
      abLog(
        rows.map(([u, g, c, v]) => [u, g, c, v ?? null]),
        ['user_id', 'group', 'converted', 'revenue'],
      ),
    ]).data;

  test('counts units and conversions per group and tests treatment against control', () => {
    const rows: [string, string, number, number?][] = [];
    for (let i = 0; i < 100; i++) rows.push([`c${i}`, 'control', i < 10 ? 1 : 0, i < 10 ? 20 : undefined]);
    for (let i = 0; i < 120; i++) rows.push([`t${i}`, 'treatment', i < 24 ? 1 : 0, i < 24 ? 10 : undefined]);
    const data = log(rows);
    if (!data) throw new Error('no data');
    const ab = okOf(abTestAnalysis.run(data));
    expect(ab.basis).toBe('experiment_units');
    expect(ab.control).toBe('control');
    expect(ab.variants.map((v) => [v.variant, v.units, v.converted, v.revenue])).toEqual([
      ['control', 100, 10, 200],
      ['treatment', 120, 24, 240],
    ]);
    const test = ab.comparisons[0]?.conversion;
    // pooled p = 34/220; z = (0.2 - 0.1) / sqrt(p(1-p)(1/100 + 1/120))
    const p = 34 / 220;
    expect(test?.z).toBeCloseTo(0.1 / Math.sqrt(p * (1 - p) * (1 / 100 + 1 / 120)), 12);
    expect(ab.comparisons[0]?.revenuePerUnit).not.toBeNull();
  });

  test('takes precedence over a variant column on orders, and says so', () => {
    const data = log([
      ['a', 'A', 1],
      ['b', 'B', 0],
    ]);
    const orders = fixture({
      orders: [{ day: '2024-01-01', amount: 5, customer: 'x', variant: 'Z' }],
      period: ['2024-01-01', '2024-01-01'],
    }).orders;
    const ab = okOf(abTestAnalysis.run({ ...data!, orders }));
    expect(ab.variants.map((v) => v.variant)).toEqual(['A', 'B']);
    expect(ab.notes.map((n) => n['en-US'])).toContain(
      'The orders also have a "Variant" column: the A/B test uses the experiment log (visitor-level data), not the orders\' variants.',
    );
  });

  test('without a value column, revenue is absent rather than 0', () => {
    const data = log([
      ['a', 'A', 1],
      ['b', 'A', 0],
      ['c', 'B', 1],
      ['d', 'B', 1],
    ]);
    const ab = okOf(abTestAnalysis.run({ ...data!, experiment: { ...data!.experiment!, value: null } }));
    expect(ab.variants.map((v) => v.revenue)).toEqual([null, null]);
    expect(ab.comparisons[0]?.revenuePerUnit).toBeNull();
  });

  test('without an experiment log, the A/B test still reads the orders’ variant column', () => {
    const data = fixture({
      orders: [
        { day: '2024-01-01', amount: 5, customer: 'a', variant: 'A' },
        { day: '2024-01-01', amount: 5, customer: 'b', variant: 'B' },
        { day: '2024-01-01', amount: 5, customer: 'c', variant: 'B', status: 'unpaid' },
      ],
      period: ['2024-01-01', '2024-01-01'],
    });
    const ab = okOf(abTestAnalysis.run(data));
    expect(ab.basis).toBe('ordering_customers');
    expect(ab).toEqual(okOf(analyzeAbTest(data)));
    expect(ab.variants.map((v) => [v.variant, v.units, v.converted])).toEqual([
      ['A', 1, 1],
      ['B', 2, 1],
    ]);
  });
});
