import type { KpiValue } from '../../../../src/core/metrics/kpiValue';
import type { LocalizedText } from '../../../../src/core/model/text';

/** The KPI is a number, equal to `expected` to 1e-9. */
export function expectValue(kpi: KpiValue | undefined, expected: number): void {
  expect(kpi).toBeDefined();
  expect(kpi!.value).not.toBeNull();
  expect(kpi!.value).toBeCloseTo(expected, 9);
}

/** The KPI is null with exactly this reason. */
export function expectMissing(kpi: KpiValue | undefined, reason: LocalizedText): void {
  expect(kpi).toEqual({ value: null, reason });
}
