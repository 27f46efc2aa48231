import { planBudgetMoves, type ChannelResponse } from '../../../src/core/nextPlan/budgetMoves';
import { fitResponse, marginalRoas, type DayPoint } from '../../../src/core/nextPlan/responseCurve';

/** A small deterministic generator (mulberry32), so the noisy days are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 30 days of sales = a · spend^β with ±5 % noise, spend spread around `mean` by ±`swing`. */
function days(a: number, beta: number, mean: number, swing: number, seed: number): DayPoint[] {
  const r = random(seed);
  return Array.from({ length: 30 }, () => {
    const spend = mean * (1 + swing * (2 * r() - 1));
    return { spend, sales: a * spend ** beta * (1 + 0.1 * (r() - 0.5)) };
  });
}

describe('the response curve', () => {
  it('recovers a known concave curve from noisy days, its interval around the truth', () => {
    const fit = fitResponse(days(50, 0.6, 1_000, 0.5, 1));
    if (fit.kind !== 'fit') throw new Error(fit.reason);
    expect(fit.beta).toBeGreaterThan(0.55);
    expect(fit.beta).toBeLessThan(0.65);
    expect(fit.betaLow).toBeLessThanOrEqual(0.6);
    expect(fit.betaHigh).toBeGreaterThanOrEqual(0.6);
    // Marginal ROAS at s̄ is β · ȳ / s̄.
    expect(marginalRoas(fit, fit.meanSpend)).toBeCloseTo((fit.beta * fit.meanSales) / fit.meanSpend, 12);
  });

  it('says "not enough variation" for a flat-spend channel, too few days or a poor fit', () => {
    const flat = fitResponse(days(50, 0.6, 1_000, 0.02, 2));
    expect(flat).toMatchObject({ kind: 'not_enough', reason: 'flat_spend' });
    expect(fitResponse(days(50, 0.6, 1_000, 0.5, 3).slice(0, 5))).toMatchObject({ reason: 'too_few_days' });
    const r = random(4);
    const noise = Array.from({ length: 30 }, () => ({
      spend: 500 + 1_000 * r(),
      sales: 1_000 + 3_000 * r(),
    }));
    expect(fitResponse(noise).kind).toBe('not_enough');
  });

  it('fits a channel of 2,000 days from a thinned sample of its day pairs', () => {
    const r = random(6);
    const long = Array.from({ length: 2_000 }, () => {
      const spend = 1_000 * (0.5 + r());
      return { spend, sales: 40 * spend ** 0.5 * (1 + 0.1 * (r() - 0.5)) };
    });
    const fit = fitResponse(long);
    if (fit.kind !== 'fit') throw new Error(fit.reason);
    expect(fit.beta).toBeCloseTo(0.5, 1);
    expect(fit.betaLow).toBeLessThan(fit.betaHigh);
    expect(fit.betaLow).toBeLessThanOrEqual(0.5);
    expect(fit.betaHigh).toBeGreaterThanOrEqual(0.5);
  });

  it('caps β at 1 (never convex)', () => {
    const fit = fitResponse(days(0.5, 1.4, 1_000, 0.5, 5));
    expect(fit.kind === 'fit' && fit.beta).toBe(1);
  });
});

/** A channel of 10 days whose spend this campaign is its mean daily spend × 10. */
function channel(name: string, points: DayPoint[]): ChannelResponse {
  const fit = fitResponse(points);
  return { channel: name, fit, days: 10, spend: fit.meanSpend * 10 };
}

describe('budget moves', () => {
  // Same spend, same sales today; A saturates (β 0.3), B still grows (β 0.9): marginal ROAS 0.9 vs 2.7 … per unit.
  const channels: ChannelResponse[] = [
    channel('A', days(3_000 / 1_000 ** 0.3, 0.3, 1_000, 0.5, 11)),
    channel('B', days(3_000 / 1_000 ** 0.9, 0.9, 1_000, 0.5, 12)),
    channel('Flat', days(10, 0.5, 1_000, 0.01, 13)),
  ];
  const plan = planBudgetMoves(channels);
  const [a, b, flat] = plan.moves;

  it('move budget from the low to the high marginal ROAS, total unchanged, within ±30 %', () => {
    expect(a!.marginalNow!).toBeLessThan(b!.marginalNow!);
    expect(a!.proposed).toBeLessThan(a!.current);
    expect(b!.proposed).toBeGreaterThan(b!.current);
    const total = (k: 'current' | 'proposed') => plan.moves.reduce((s, m) => s + m[k], 0);
    expect(total('proposed')).toBeCloseTo(total('current'), 6);
    for (const m of plan.moves) {
      expect(m.proposed).toBeGreaterThanOrEqual(m.current * 0.7 - 1e-6);
      expect(m.proposed).toBeLessThanOrEqual(m.current * 1.3 + 1e-6);
    }
  });

  it('expect a sales gain close to the true curves’, inside its interval', () => {
    // The truth: sales_c = 3,000 · (s / 1,000)^β_c per day, 10 days.
    const truth = (beta: number, current: number, proposed: number) =>
      3_000 * 10 * ((proposed / current) ** beta - 1);
    const trueGain = truth(0.3, a!.current, a!.proposed) + truth(0.9, b!.current, b!.proposed);
    expect(trueGain).toBeGreaterThan(0);
    expect(plan.salesChange).toBeGreaterThan(0);
    expect(Math.abs(plan.salesChange - trueGain)).toBeLessThan(0.35 * trueGain);
    expect(plan.salesChangeLow).toBeLessThanOrEqual(plan.salesChange);
    expect(plan.salesChangeHigh).toBeGreaterThanOrEqual(plan.salesChange);
  });

  it('leave a flat-spend channel alone, saying why', () => {
    expect(flat!.fit.kind).toBe('not_enough');
    expect(flat!.proposed).toBe(flat!.current);
    expect(flat!.marginalNow).toBeNull();
  });

  it('never leave the observed range of daily spend', () => {
    const narrow: ChannelResponse[] = [
      channel('A', days(3_000 / 1_000 ** 0.3, 0.3, 1_000, 0.2, 21)),
      channel('B', days(3_000 / 1_000 ** 0.9, 0.9, 1_000, 0.2, 22)),
    ];
    const p = planBudgetMoves(narrow);
    p.moves.forEach((m) => {
      if (m.fit.kind !== 'fit') throw new Error('expected a fit');
      const daily = m.fit.meanSpend + (m.proposed - m.current) / 10;
      expect(daily).toBeGreaterThanOrEqual(m.fit.minSpend - 1e-6);
      expect(daily).toBeLessThanOrEqual(m.fit.maxSpend + 1e-6);
    });
  });

  it('keep each channel within the bound the user set, its own where given: narrower bounds, smaller moves', () => {
    const moved = (p: ReturnType<typeof planBudgetMoves>) =>
      p.moves.reduce((s, m) => s + Math.abs(m.proposed - m.current), 0);
    const tight = planBudgetMoves(channels, { maxChange: 0.1 });
    expect(moved(tight)).toBeGreaterThan(0);
    expect(moved(tight)).toBeLessThan(moved(plan));
    for (const m of tight.moves) {
      expect(m.maxChange).toBe(0.1);
      expect(Math.abs(m.proposed - m.current)).toBeLessThanOrEqual(0.1 * m.current + 1e-6);
    }
    // B may take only 5 %: A gives what B takes, the total stays.
    const own = planBudgetMoves(channels.map((c) => (c.channel === 'B' ? { ...c, maxChange: 0.05 } : c)));
    const [ownA, ownB] = own.moves;
    expect(ownB!.maxChange).toBe(0.05);
    expect(ownA!.maxChange).toBe(0.3);
    // B takes all it may, to within one of the greedy's slices.
    expect(ownB!.proposed - ownB!.current).toBeLessThanOrEqual(0.05 * ownB!.current + 1e-6);
    expect(ownB!.proposed - ownB!.current).toBeGreaterThan(0.04 * ownB!.current);
    expect(ownA!.current - ownA!.proposed).toBeCloseTo(ownB!.proposed - ownB!.current, 6);
    // A bound of 0 keeps the budget.
    const none = planBudgetMoves(channels, { maxChange: 0 });
    expect(moved(none)).toBe(0);
  });
});
