import fc from 'fast-check';
import { analyzeAttribution, type AttributionFindings } from '../../../src/core/analysis/attribution';
import { journeysFromPaths } from '../../../src/core/analysis/attribution/pathJourneys';
import type { PathsTable } from '../../../src/core/model/campaign';
import { ingest } from '../../../src/core/ingest';
import { fixture, type TouchRow } from './support/campaignFixture';
import { okOf } from './support/okOf';
import { ordersSheet } from '../ingest/fixtures';
import { rawTable } from '../ingest/rawTable';

type PathRow = readonly [path: string, conversions: number, value: number, nulls: number];

/** A paths table from rows of 'A>B>C' paths, as ingest would give it. */
function pathsTable(rows: readonly PathRow[], columns = { value: true, nulls: true }): PathsTable {
  const channels: string[] = [];
  const steps: number[] = [];
  const offsets = [0];
  for (const [path] of rows) {
    for (const name of path.split('>')) {
      if (!channels.includes(name)) channels.push(name);
      steps.push(channels.indexOf(name));
    }
    offsets.push(steps.length);
  }
  return {
    size: rows.length,
    channels,
    offsets: Int32Array.from(offsets),
    steps: Int32Array.from(steps),
    conversions: Float64Array.from(rows, (r) => r[1]),
    value: columns.value ? Float64Array.from(rows, (r) => r[2]) : null,
    nulls: columns.nulls ? Float64Array.from(rows, (r) => r[3]) : null,
  };
}

/** The same journeys as row-level touches: one path id per journey, touches a day apart. */
function asTouches(rows: readonly PathRow[]): TouchRow[] {
  const touches: TouchRow[] = [];
  let id = 0;
  for (const [path, conversions, value, nulls] of rows) {
    const names = path.split('>');
    const journey = (converted: boolean, v: number) => {
      const pid = `j${id++}`;
      names.forEach((channel, i) => {
        const last = i === names.length - 1;
        touches.push({
          path: pid,
          time: i * 86_400_000,
          channel,
          ...(converted && last ? { converted: true, value: v } : {}),
        });
      });
    };
    for (let k = 0; k < conversions; k++) journey(true, value / conversions);
    for (let k = 0; k < nulls; k++) journey(false, 0);
  }
  return touches;
}

const period: [string, string] = ['2024-11-01', '2024-11-30'];
const ROWS: PathRow[] = [
  ['A>B', 2, 200, 1],
  ['B', 1, 50, 2],
  ['A>C>B', 1, 100, 0],
];

function creditsOf(r: AttributionFindings, model: string): Record<string, [number, number | null]> {
  const m = r.models.find((x) => x.model === model);
  if (!m) throw new Error(`no ${model}`);
  return Object.fromEntries(m.credits.map((c) => [c.channel, [c.conversions, c.value]]));
}

function expectCredits(
  actual: Record<string, [number, number | null]>,
  expected: Record<string, [number, number]>,
) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [channel, [conv, value]] of Object.entries(expected)) {
    expect(actual[channel]?.[0]).toBeCloseTo(conv, 10);
    expect(actual[channel]?.[1]).toBeCloseTo(value, 10);
  }
}

describe('attribution over aggregated paths (hand-checked)', () => {
  // A>B: 2 conversions worth 200, 1 null; B: 1 worth 50, 2 nulls; A>C>B: 1 worth 100.
  const r = okOf(analyzeAttribution({ touchpoints: null, paths: pathsTable(ROWS) }));

  test('counts journeys and conversions by the counts, not the rows', () => {
    expect(r.source).toBe('paths');
    expect(r.journeys).toBe(7);
    expect(r.conversions).toBe(4);
    expect(r.totalValue).toBe(350);
    expect(r.channels).toEqual(['A', 'B', 'C']);
  });

  test('first touch: A opens 3 converting journeys (300), B one (50)', () => {
    expectCredits(creditsOf(r, 'first_touch'), { A: [3, 300], B: [1, 50], C: [0, 0] });
  });

  test('last touch: every conversion ends on B', () => {
    expectCredits(creditsOf(r, 'last_touch'), { A: [0, 0], B: [4, 350], C: [0, 0] });
  });

  test('linear: A>B halves, A>C>B thirds', () => {
    expectCredits(creditsOf(r, 'linear'), {
      A: [2 * 0.5 + 1 / 3, 100 + 100 / 3],
      B: [2 * 0.5 + 1 + 1 / 3, 100 + 50 + 100 / 3],
      C: [1 / 3, 100 / 3],
    });
  });

  test('position-based: 50/50 on two touches, 40/20/40 on three', () => {
    expectCredits(creditsOf(r, 'position_based'), { A: [1.4, 140], B: [2.4, 190], C: [0.2, 20] });
  });

  test('Markov: P(conv) = 4/7; removal effects A 4/7, B 1, C 1/7, shared in proportion', () => {
    // start→A 4, start→B 3; A→B 3, A→C 1; C→B 1; B→conv 4, B→null 3. Every state reaches B, which
    // converts 4/7 of the time. Without A: 3/7 · 4/7; without C: 4/7 · 3/4 · 4/7 + 3/7 · 4/7.
    expect(r.markov.conversionProbability).toBeCloseTo(4 / 7, 12);
    const re = Object.fromEntries(r.markov.removalEffects.map((e) => [e.channel, e.removalEffect]));
    expect(re.A).toBeCloseTo(4 / 7, 12);
    expect(re.B).toBeCloseTo(1, 12);
    expect(re.C).toBeCloseTo(1 / 7, 12);
    // Σ RE = 12/7: shares 1/3, 7/12, 1/12 of 4 conversions and 350.
    expectCredits(creditsOf(r, 'markov'), {
      A: [4 / 3, 350 / 3],
      B: [(4 * 7) / 12, (350 * 7) / 12],
      C: [4 / 12, 350 / 12],
    });
  });

  test('time decay is left out (paths have no times) and a note says so', () => {
    expect(r.models.map((m) => m.model)).toEqual([
      'first_touch',
      'last_touch',
      'linear',
      'position_based',
      'markov',
    ]);
    expect(r.notes.map((n) => n['en-US']).join(' ')).toContain('time-decay');
  });

  test('without a nulls column every path converts: Markov sees no null exits, and a note says so', () => {
    const noNulls = okOf(
      analyzeAttribution({ touchpoints: null, paths: pathsTable(ROWS, { value: true, nulls: false }) }),
    );
    expect(noNulls.journeys).toBe(4);
    expect(noNulls.markov.conversionProbability).toBeCloseTo(1, 12);
    expect(noNulls.notes).toHaveLength(2);
  });

  test('without a value column credits carry no value', () => {
    const noValue = okOf(
      analyzeAttribution({ touchpoints: null, paths: pathsTable(ROWS, { value: false, nulls: true }) }),
    );
    expect(noValue.totalValue).toBeNull();
    expect(noValue.models.every((m) => m.credits.every((c) => c.value === null))).toBe(true);
  });

  test('fractional counts (weighted exports) are weights too', () => {
    const half = okOf(analyzeAttribution({ touchpoints: null, paths: pathsTable([['A>B', 0.5, 5, 0.25]]) }));
    expect(half.conversions).toBe(0.5);
    expectCredits(creditsOf(half, 'linear'), { A: [0.25, 2.5], B: [0.25, 2.5] });
  });

  test('rows with no conversions and no nulls add nothing; nothing at all is unavailable', () => {
    expect(journeysFromPaths(pathsTable([['A', 0, 0, 0]])).journeys).toEqual([]);
    expect(analyzeAttribution({ touchpoints: null, paths: pathsTable([['A', 0, 0, 0]]) }).kind).toBe(
      'unavailable',
    );
  });
});

describe('paths and row-level touches give the same attribution', () => {
  const MODELS = ['first_touch', 'last_touch', 'linear', 'position_based', 'markov'];

  function expectSame(rows: readonly PathRow[]) {
    const fromPaths = okOf(analyzeAttribution({ touchpoints: null, paths: pathsTable(rows) }));
    const data = fixture({ orders: [], period, touchpoints: asTouches(rows), touchValues: true });
    const fromTouches = okOf(analyzeAttribution(data));
    expect(fromPaths.journeys).toBe(fromTouches.journeys);
    expect(fromPaths.conversions).toBe(fromTouches.conversions);
    expect(fromPaths.totalValue).toBeCloseTo(fromTouches.totalValue ?? NaN, 6);
    expect(fromPaths.channels).toEqual(fromTouches.channels);
    expect(fromPaths.markov.conversionProbability).toBeCloseTo(fromTouches.markov.conversionProbability, 10);
    for (const model of MODELS) {
      const a = creditsOf(fromPaths, model);
      const b = creditsOf(fromTouches, model);
      for (const channel of fromTouches.channels) {
        expect([model, channel, a[channel]?.[0]]).toEqual([
          model,
          channel,
          expect.closeTo(b[channel]![0], 9),
        ]);
        expect(a[channel]?.[1]).toBeCloseTo(b[channel]![1] ?? NaN, 6);
      }
    }
  }

  test('on the hand-checked table', () => expectSame(ROWS));

  test('on random path tables (property)', () => {
    const channel = fc.constantFrom('Search', 'Feed', 'Email', 'Live');
    const row = fc.tuple(
      fc.array(channel, { minLength: 1, maxLength: 4 }).map((c) => c.join('>')),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const usable = rows.map(([p, c, v, n]): PathRow => [p, c, c > 0 ? v : 0, n]);
        if (!usable.some(([, c]) => c > 0)) return;
        expectSame(usable);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the paths table through ingest', () => {
  const orders = ordersSheet([
    ['A1', 'u1', '2023-11-10 10:00', '2023-11-10 10:01', 100, '交易成功', 'S1', 1],
  ]);

  test('ChannelAttribution columns in, credits out', () => {
    const result = ingest([
      orders,
      rawTable(
        'paths',
        ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
        [
          ['A > B', 2, 200, 1],
          ['B', 1, 50, 2],
          ['A > C > B', 1, 100, 0],
        ],
      ),
    ]);
    const r = okOf(analyzeAttribution(result.data!));
    const direct = okOf(analyzeAttribution({ touchpoints: null, paths: pathsTable(ROWS) }));
    expect(r).toEqual(direct);
  });

  test("the published example of Bryl's Markov attribution tutorial (analyzecore.com, 2016-08-03)", () => {
    // Three journeys: C1 > C2 > C3 converts (worth 1000), C1 and C2 > C3 do not. Published: P(conversion)
    // 1/3, 1/6 without C1; removal effects C1 0.5, C2 1, C3 1; credits 0.2 / 0.4 / 0.4 (200 / 400 / 400).
    const result = ingest([
      orders,
      rawTable(
        'paths',
        ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
        [
          ['C1 > C2 > C3', 1, 1000, 0],
          ['C1', 0, 0, 1],
          ['C2 > C3', 0, 0, 1],
        ],
      ),
    ]);
    const r = okOf(analyzeAttribution(result.data!));
    expect(r.markov.conversionProbability).toBeCloseTo(1 / 3, 12);
    expect(r.markov.removalEffects.map((e) => [e.channel, e.removalEffect])).toEqual([
      ['C1', expect.closeTo(0.5, 12)],
      ['C2', expect.closeTo(1, 12)],
      ['C3', expect.closeTo(1, 12)],
    ]);
    expectCredits(creditsOf(r, 'markov'), { C1: [0.2, 200], C2: [0.4, 400], C3: [0.4, 400] });
  });

  test('with both a touchpoints and a paths table, the touchpoints are used and a note says why', () => {
    const result = ingest([
      orders,
      rawTable('paths', ['path', 'total_conversions'], [['A > B', 2]]),
      rawTable(
        '触点',
        ['用户路径ID', '触点时间', '渠道', '是否转化'],
        [
          ['p1', '2023-11-10 10:00', 'X', '否'],
          ['p1', '2023-11-10 11:00', 'Y', '是'],
        ],
      ),
    ]);
    const r = okOf(analyzeAttribution(result.data!));
    expect(r.source).toBe('touchpoints');
    expect(r.channels).toEqual(['X', 'Y']);
    expect(r.notes.map((n) => n['zh-CN']).join('')).toContain('路径汇总表未计入');
  });
});
