import { hash32, hashHex16, hashUnit } from '../../../src/core/sample/hash';
import { mulberry32 } from '../../../src/core/sample/prng';
import { createRandom, cumulative } from '../../../src/core/sample/random';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
  });

  it('gives numbers in [0, 1) that differ between seeds', () => {
    const a = mulberry32(1);
    const b = mulberry32(2);
    const values = Array.from({ length: 10_000 }, () => a());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((sum, v) => sum + v, 0) / values.length).toBeCloseTo(0.5, 1);
    expect(b()).not.toBe(mulberry32(1)());
  });
});

describe('hash32', () => {
  it('is a pure function of its inputs', () => {
    expect(hash32(7, 8, 9)).toBe(hash32(7, 8, 9));
    expect(hash32(7, 8, 9)).not.toBe(hash32(7, 9, 8));
    expect(hashUnit(1, 2)).toBeGreaterThanOrEqual(0);
    expect(hashUnit(1, 2)).toBeLessThan(1);
  });

  it('makes 16-digit lowercase hex ids', () => {
    expect(hashHex16(1, 2, 3, 4)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashHex16(1, 2, 3, 4)).toBe(hashHex16(1, 2, 3, 4));
  });
});

describe('createRandom', () => {
  it('keeps named streams independent of each other', () => {
    const orders = createRandom(5, 'orders');
    const traffic = createRandom(5, 'traffic');
    expect(orders.next()).not.toBe(traffic.next());
  });

  it('picks indices in proportion to their weights', () => {
    const random = createRandom(5, 'orders');
    const picks = [0, 0, 0];
    const weights = cumulative([1, 0, 3]);
    for (let i = 0; i < 8_000; i++) picks[random.pick(weights)]!++;
    expect(picks[1]).toBe(0);
    expect(picks[2]! / picks[0]!).toBeCloseTo(3, 0);
  });

  it('makes mean-one noise', () => {
    const random = createRandom(9, 'spend');
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += random.noise(0.1);
    expect(sum / 20_000).toBeCloseTo(1, 2);
  });
});
