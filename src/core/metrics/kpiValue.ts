import type { LocalizedText } from '../model/text';
import { notFinite } from '../messages/metrics';

/**
 * A KPI value: a number, or null with the reason it could not be computed. Absent data is never 0 and a
 * zero denominator is never Infinity or NaN: both are a null with a reason the analyst can act on.
 */
export type KpiValue = KnownKpiValue | MissingKpiValue;

export interface KnownKpiValue {
  readonly value: number;
}

export interface MissingKpiValue {
  readonly value: null;
  readonly reason: LocalizedText;
}

/**
 * A computed value. A sum that overflowed (amounts of 1e308) or any other non-finite result is a null
 * with that reason: no writer ever meets Infinity or NaN.
 */
export function known(value: number): KpiValue {
  return Number.isFinite(value) ? { value } : missing(notFinite(value));
}

export function missing(reason: LocalizedText): MissingKpiValue {
  return { value: null, reason };
}

export function isKnown(kpi: KpiValue): kpi is KnownKpiValue {
  return kpi.value !== null;
}
