import type { ExperimentTable } from '../model/campaign';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { DEFAULT_AB_OPTIONS, type AbTestFindings, type AbTestOptions } from './abTest';
import { abReadout, type VariantCounts } from './abReadout';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * A/B test read-out from an experiment log: units are the distinct units left after ingest's cleaning
 * (readExperiment.ts: group/page mismatches and repeated units excluded, each counted), conversion is
 * converted units ÷ units per group, the visitor conversion rate. Revenue (per unit, per buyer) comes from
 * the conversion value when the log has one. The whole log is read, not only the campaign period: the
 * test ran when it ran. `exposures` and `range` do not apply. `ordersHaveVariant`: the orders also carry a
 * variant column, which the log takes precedence over (a note says so).
 */
export function abTestFromExperiment(
  experiment: ExperimentTable,
  options: Partial<AbTestOptions> = {},
  ordersHaveVariant = false,
): AnalysisResult<AbTestFindings> {
  const o = { ...DEFAULT_AB_OPTIONS, ...options };
  const k = experiment.group.values.length;
  const units = new Float64Array(k);
  const converted = new Float64Array(k);
  const sum = new Float64Array(k);
  const sumSq = new Float64Array(k);
  const { value } = experiment;
  for (let i = 0; i < experiment.size; i++) {
    const g = experiment.group.codes[i] as number;
    if (g < 0) continue;
    units[g] = (units[g] as number) + 1;
    if (!experiment.converted[i]) continue;
    converted[g] = (converted[g] as number) + 1;
    const v = value ? (value[i] as number) : NaN;
    if (Number.isFinite(v)) {
      sum[g] = (sum[g] as number) + v;
      sumSq[g] = (sumSq[g] as number) + v * v;
    }
  }
  const counts: VariantCounts[] = [];
  for (let g = 0; g < k; g++) {
    if ((units[g] as number) === 0) continue;
    counts.push({
      variant: experiment.group.values[g] as string,
      units: units[g] as number,
      customers: units[g] as number,
      converted: converted[g] as number,
      revenue: value ? { sum: sum[g] as number, sumOfSquares: sumSq[g] as number } : null,
    });
  }
  if (counts.length < 2) return unavailable(msg.needTwoVariants(counts.length));
  const { cleaning } = experiment;
  const notes: LocalizedText[] = [msg.experimentUnits(experiment.size)];
  if (ordersHaveVariant) notes.push(msg.experimentOverOrderVariant());
  if (cleaning.pageRule.kind === 'paired' && cleaning.mismatchedRows > 0)
    notes.push(msg.experimentMismatchExcluded(cleaning.mismatchedRows, cleaning.pageRule.pairs));
  if (cleaning.extraRows > 0)
    notes.push(msg.experimentRepeatsExcluded(cleaning.repeatedUnits, cleaning.extraRows));
  const readout = abReadout(counts, o, notes);
  return ok({
    basis: 'experiment_units',
    ...readout,
    excludedCustomers: 0,
    cleaning,
    alpha: o.alpha,
    notes,
  });
}
