import { computeVerdict } from '../../../src/core/retro/verdict';

describe('computeVerdict', () => {
  it('is not assessed when no target has an actual', () => {
    expect(computeVerdict([])).toBe('not_assessed');
    expect(computeVerdict([{ kpi: 'gmv', attainment: null }])).toBe('not_assessed');
  });

  it('is a success when the sales goal is met and nothing is missed', () => {
    expect(
      computeVerdict([
        { kpi: 'gmv', attainment: 1.02 },
        { kpi: 'orders', attainment: 0.95 },
      ]),
    ).toBe('success');
  });

  it('is a basic success when the sales goal is nearly met and few targets are missed', () => {
    expect(
      computeVerdict([
        { kpi: 'gmv', attainment: 0.93 },
        { kpi: 'orders', attainment: 1.1 },
        { kpi: 'uv', attainment: 0.7 },
      ]),
    ).toBe('basic_success');
  });

  it('is challenged when the sales goal is missed even if other targets are exceeded', () => {
    expect(
      computeVerdict([
        { kpi: 'paid_sales', attainment: 0.85 },
        { kpi: 'uv', attainment: 1.4 },
      ]),
    ).toBe('challenged');
  });

  it('prefers gmv over paid sales as the primary goal', () => {
    expect(
      computeVerdict([
        // gmv missed decides, although paid sales alone would make it a basic success
        { kpi: 'paid_sales', attainment: 1.2 },
        { kpi: 'gmv', attainment: 0.8 },
      ]),
    ).toBe('challenged');
    expect(
      computeVerdict([
        { kpi: 'paid_sales', attainment: 0.89 },
        { kpi: 'gmv', attainment: 1.0 },
        { kpi: 'uv', attainment: 1.0 },
      ]),
    ).toBe('basic_success');
  });

  it('uses the best target as the goal when no sales target exists, and honours custom thresholds', () => {
    expect(computeVerdict([{ kpi: 'uv', attainment: 0.96 }])).toBe('basic_success');
    expect(computeVerdict([{ kpi: 'uv', attainment: 0.96 }], { met: 0.95, nearlyMet: 0.8 })).toBe('success');
  });
});
