import fc from 'fast-check';
import { LMDI_SMALL_VALUE, lmdiEffects } from '../../../../src/core/analysis/math/lmdi';
import { logMean } from '../../../../src/core/analysis/math/logMean';
import { shapley2, shapley3 } from '../../../../src/core/analysis/math/shapley';

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

describe('the logarithmic mean', () => {
  it('is (a − b) / (ln a − ln b) and a itself when a = b', () => {
    expect(logMean(648_000, 400_000)).toBeCloseTo(248_000 / Math.log(1.62), 6);
    expect(logMean(5, 5)).toBe(5);
  });

  it('stays continuous across a ≈ b where the quotient would cancel', () => {
    const a = 1000;
    const b = 1000 * (1 + 1e-9);
    expect(logMean(a, b)).toBeCloseTo((a + b) / 2, 9);
  });

  it('rejects non-positive arguments as a broken contract', () => {
    expect(() => logMean(0, 1)).toThrow(RangeError);
  });
});

describe('LMDI-I effects', () => {
  it('reproduce the worked check of the KPI contract (UV, CVR, per-buyer value)', () => {
    // V⁰ = 100,000 × 0.020 × 200 = 400,000;  V¹ = 150,000 × 0.024 × 180 = 648,000.
    // L(V¹, V⁰) = 248,000 / ln 1.62 = 514,064.3…
    // UV: L · ln 1.5 = 208,436.8;  CVR: L · ln 1.2 = 93,725.7;  per-buyer value: L · ln 0.9 = −54,162.5.
    const [uv, cvr, perBuyer] = lmdiEffects([100_000, 0.02, 200], [150_000, 0.024, 180]) as [
      number,
      number,
      number,
    ];
    expect(Math.round(uv)).toBe(208_437);
    expect(Math.round(cvr)).toBe(93_726);
    expect(Math.round(perBuyer)).toBe(-54_163);
    expect(Math.abs(uv + cvr + perBuyer - 248_000)).toBeLessThan(1e-9);
  });

  it('give all of the change to the one factor that moved', () => {
    const [x, y] = lmdiEffects([10, 2], [20, 2]) as [number, number];
    expect(x).toBeCloseTo(20, 12);
    expect(y).toBe(0);
  });

  it('are all zero when nothing changes', () => {
    expect(lmdiEffects([3, 4, 5], [3, 4, 5])).toEqual([0, 0, 0]);
  });

  it('replace a zero factor by the small value δ = 1e-20 (Ang & Liu 2007)', () => {
    // x⁰ = 0 → δ: V⁰ = δ·2·3, V¹ = 4·2·3 = 24; only x moves, so x takes the whole gap.
    const effects = lmdiEffects([0, 2, 3], [4, 2, 3]);
    expect(effects[0]).toBeCloseTo(24, 9);
    expect(effects[1]).toBe(0);
    expect(Math.abs(sum(effects) - (24 - LMDI_SMALL_VALUE * 6))).toBeLessThan(1e-9);
  });

  it('under the limit rule give the whole gap to the factor that was zero', () => {
    // V⁰ = 0 because x⁰ = 0: the analytical limit gives ΔV_x = V¹ = 4·3·2 = 24 and 0 to y and z,
    // although y and z moved too.
    expect(lmdiEffects([0, 2, 3], [4, 3, 2], { zeroRule: 'limit' })).toEqual([24, 0, 0]);
    expect(lmdiEffects([5, 2], [0, 0], { zeroRule: 'limit' })).toEqual([-5, -5]);
    expect(lmdiEffects([0, 2], [0, 3], { zeroRule: 'limit' })).toEqual([0, 0]);
  });

  it('sum exactly to the gap for any positive factors (property)', () => {
    const positive = fc.double({ min: 1e-3, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(positive, positive), { minLength: 1, maxLength: 5 }), (pairs) => {
        const before = pairs.map((p) => p[0]);
        const after = pairs.map((p) => p[1]);
        const gap = after.reduce((p, v) => p * v, 1) - before.reduce((p, v) => p * v, 1);
        const effects = lmdiEffects(before, after);
        return Math.abs(sum(effects) - gap) <= 1e-9 * Math.max(1, Math.abs(gap));
      }),
    );
  });

  it('reject negative or non-finite factors', () => {
    expect(() => lmdiEffects([-1, 2], [1, 2])).toThrow(RangeError);
    expect(() => lmdiEffects([NaN], [1])).toThrow(RangeError);
    expect(() => lmdiEffects([1], [1, 2])).toThrow(RangeError);
  });
});

describe('Shapley effects', () => {
  it('reproduce the worked check of the KPI contract', () => {
    // UV: 50,000 · [(0.02·200 + 0.024·180)/3 + (0.02·180 + 0.024·200)/6] = 50,000 · (2.77333 + 1.4)
    //   = 208,666.7;  CVR: 0.004 · [(100,000·200 + 150,000·180)/3 + (100,000·180 + 150,000·200)/6]
    //   = 0.004 · 23,666,666.7 = 94,666.7;  per-buyer value: −20 · [(2,000 + 3,600)/3 + (3,000 + 2,400)/6]
    //   = −20 · 2,766.67 = −55,333.3.
    const [uv, cvr, perBuyer] = shapley3([100_000, 0.02, 200], [150_000, 0.024, 180]);
    expect(Math.round(uv)).toBe(208_667);
    expect(Math.round(cvr)).toBe(94_667);
    expect(Math.round(perBuyer)).toBe(-55_333);
    expect(Math.abs(uv + cvr + perBuyer - 248_000)).toBeLessThan(1e-9);
  });

  it('split a two-factor change at the average of the other factor', () => {
    // orders 100 → 120, AOV 50 → 45: orders effect 20 · 47.5 = 950; AOV effect −5 · 110 = −550.
    expect(shapley2([100, 50], [120, 45])).toEqual([950, -550]);
  });

  it('sum exactly to the gap for any factors (property)', () => {
    const v = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(v, v, v, v, v, v, (x0, y0, z0, x1, y1, z1) => {
        const gap = x1 * y1 * z1 - x0 * y0 * z0;
        const effects = shapley3([x0, y0, z0], [x1, y1, z1]);
        // effects of opposite signs may cancel: the rounding error scales with the largest term
        const scale = Math.max(1, x0 * y0 * z0, x1 * y1 * z1, ...effects.map(Math.abs));
        return Math.abs(sum(effects) - gap) <= 1e-9 * scale;
      }),
    );
  });
});
