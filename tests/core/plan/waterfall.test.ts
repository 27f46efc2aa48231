import { waterfall } from '../../../src/core/plan/sheets/diagnostics/waterfall';

describe('the waterfall of a decomposition', () => {
  it('lifts each bar by an invisible base to where the previous step ended', () => {
    const { steps, reordered } = waterfall(100, [
      { key: 'uv', effect: 30 },
      { key: 'cvr', effect: -50 },
      { key: 'spb', effect: 10 },
    ]);
    expect(reordered).toBe(false);
    expect(steps.map((s) => [s.start, s.end, s.base, s.increase, s.decrease])).toEqual([
      [100, 130, 100, 30, 0],
      [130, 80, 80, 0, 50],
      [80, 90, 80, 10, 0],
    ]);
  });

  it('draws the positive effects first when a running total would fall below zero', () => {
    const { steps, reordered } = waterfall(20, [
      { key: 'uv', effect: -30 },
      { key: 'cvr', effect: 40 },
    ]);
    expect(reordered).toBe(true);
    expect(steps.map((s) => s.key)).toEqual(['cvr', 'uv']);
    expect(steps.every((s) => s.base >= 0 && s.start >= 0 && s.end >= 0)).toBe(true);
    expect(steps[steps.length - 1]!.end).toBe(30);
  });

  it('keeps the bars of zero effects flat', () => {
    const { steps } = waterfall(50, [{ key: 'uv', effect: 0 }]);
    expect(steps[0]).toMatchObject({ base: 50, increase: 0, decrease: 0, end: 50 });
  });
});
