import {
  factorBasis,
  headroom,
  plannedChannel,
  plannedTotal,
  proposeTargets,
  scenarioChanges,
  withinPhaseSpread,
  type ChannelLevels,
} from '../../../src/core/nextPlan/targets';

describe('the within-phase spread', () => {
  it('is robust σ ÷ median per phase, weighted by the phase’s sales', () => {
    // Phase A: 9, 10, 11 → median 10, MAD 1, σ = 1 / 0.6745, relative 0.14826…
    // Phase B: 18, 20, 22, 20 → median 20, MAD 1 … deviations 2,0,2,0 → median 1 → σ/median = 0.07413…
    const a = 1 / 0.6745 / 10;
    const b = 1 / 0.6745 / 20;
    const spread = withinPhaseSpread([
      { weight: 100, values: [9, 10, 11] },
      { weight: 300, values: [18, 20, 22, 20] },
    ]);
    expect(spread).toBeCloseTo((100 * a + 300 * b) / 400, 12);
  });

  it('skips phases of fewer than 3 days or without sales, and is null when none is left', () => {
    expect(withinPhaseSpread([{ weight: 1, values: [1, 2] }])).toBeNull();
    expect(withinPhaseSpread([{ weight: 0, values: [1, 2, 3] }])).toBeNull();
    expect(
      withinPhaseSpread([
        { weight: 5, values: [1, 2] },
        { weight: 1, values: [9, 10, 11] },
      ]),
    ).toBeCloseTo(1 / 0.6745 / 10, 12);
  });
});

describe('the scenario changes of a factor', () => {
  it('take the headroom to the highest level seen or planned above this campaign', () => {
    expect(headroom(100, [120, 90, null])).toBeCloseTo(0.2, 12);
    expect(headroom(100, [80, null])).toBeNull();
    expect(headroom(0, [5])).toBeNull();
  });

  it('are −s, min(s, h/2) and min(2s, max(s, h))', () => {
    expect(scenarioChanges(0.1, null)).toEqual({ conservative: -0.1, base: 0, stretch: 0.1 });
    // h = 0.15: base is half of it, stretch the headroom itself.
    const mid = scenarioChanges(0.1, 0.15);
    expect(mid.base).toBeCloseTo(0.075, 12);
    expect(mid.stretch).toBeCloseTo(0.15, 12);
    // h = 0.5: capped at one and two spreads.
    expect(scenarioChanges(0.1, 0.5)).toEqual({ conservative: -0.1, base: 0.1, stretch: 0.2 });
    // h = 0.04: stretch at least one spread.
    expect(scenarioChanges(0.1, 0.04).stretch).toBe(0.1);
    expect(scenarioChanges(null, 0.5)).toEqual({ conservative: 0, base: 0, stretch: 0 });
  });

  it('keep what they rest on', () => {
    const b = factorBasis('cvr', 0.02, 0.1, 0.025, 0.018);
    expect(b.headroom).toBeCloseTo(0.25, 12);
    expect(b.change.stretch).toBeCloseTo(0.2, 12);
    expect(b).toMatchObject({ factor: 'cvr', actual: 0.02, target: 0.025, baseline: 0.018 });
  });
});

describe('the planned targets', () => {
  const search: ChannelLevels = {
    channel: 'Search',
    uv: 10_000,
    cvr: 0.03,
    value: 200,
    ordersPerBuyerDay: 1.1,
    buyersPerBuyerDay: 0.9,
    newPerBuyerDay: 0.5,
    spend: 12_000,
  };
  const organic: ChannelLevels = {
    ...search,
    channel: 'Organic',
    uv: 5_000,
    cvr: 0.02,
    newPerBuyerDay: null,
    spend: 0,
  };

  it('are UV × CVR × value with each assumption applied', () => {
    const p = plannedChannel(search, { uv: 0.1, cvr: -0.05, value: 0.02 });
    // 11,000 visitors × 2.85 % = 313.5 buyer-days × ¥204 = ¥63,954.
    expect(p.uv).toBeCloseTo(11_000, 9);
    expect(p.sales).toBeCloseTo(63_954, 6);
    expect(p.orders).toBeCloseTo(344.85, 9);
    expect(p.buyers).toBeCloseTo(282.15, 9);
    expect(p.newCustomers).toBeCloseTo(156.75, 9);
    expect(p.roas).toBeCloseTo(63_954 / 12_000, 12);
  });

  it('repeat this campaign with no change, and total over channels', () => {
    const zero = { uv: 0, cvr: 0, value: 0 };
    const total = plannedTotal([plannedChannel(search, zero), plannedChannel(organic, zero)]);
    // 300 buyer-days × 200 + 100 × 200.
    expect(total.sales).toBeCloseTo(80_000, 9);
    expect(total.cvr).toBeCloseTo(400 / 15_000, 12);
    expect(total.value).toBeCloseTo(200, 12);
    expect(total.newCustomers).toBeNull();
    expect(total.roas).toBeCloseTo(80_000 / 12_000, 12);
  });

  it('give three scenarios from the factors’ changes', () => {
    const basis = (f: 'uv' | 'cvr' | 'value', s: number) => factorBasis(f, 1, s, null, null);
    const proposal = proposeTargets([search], {
      uv: basis('uv', 0.1),
      cvr: basis('cvr', 0.2),
      value: basis('value', 0),
    });
    expect(proposal.scenarios.map((s) => s.scenario)).toEqual(['conservative', 'base', 'stretch']);
    const [low, base, high] = proposal.scenarios.map((s) => s.total.sales);
    expect(base).toBeCloseTo(60_000, 9);
    expect(low).toBeCloseTo(60_000 * 0.9 * 0.8, 9);
    expect(high).toBeCloseTo(60_000 * 1.1 * 1.2, 9);
  });
});
