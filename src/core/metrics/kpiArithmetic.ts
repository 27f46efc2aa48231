import type { LocalizedText } from '../model/text';
import { known, missing, type KpiValue } from './kpiValue';

/**
 * Arithmetic over KPI values. A null operand passes its own reason through (the root cause is what the
 * analyst needs to see); a zero denominator becomes a null with the reason given by `whenZero`.
 */
export function divide(numerator: KpiValue, denominator: KpiValue, whenZero: () => LocalizedText): KpiValue {
  if (numerator.value === null) return numerator;
  if (denominator.value === null) return denominator;
  if (denominator.value === 0) return missing(whenZero());
  return known(numerator.value / denominator.value);
}

export function subtract(minuend: KpiValue, subtrahend: KpiValue): KpiValue {
  if (minuend.value === null) return minuend;
  if (subtrahend.value === null) return subtrahend;
  return known(minuend.value - subtrahend.value);
}
