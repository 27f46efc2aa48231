import { baselineIsZero } from '../messages/metrics';
import { divide, subtract } from './kpiArithmetic';
import { KPI_IDS, type KpiId } from './kpiIds';
import { known, type KpiValue } from './kpiValue';
import { KPI_DEFINITIONS } from './kpis';
import type { BaselineComparison, KpiComparison, KpiGroup, ValueComparison } from './report';

function compare(id: KpiId, campaign: KpiValue, baseline: KpiValue): ValueComparison {
  const delta = subtract(campaign, baseline);
  const ratio = divide(campaign, baseline, () => baselineIsZero(KPI_DEFINITIONS[id].name));
  return { campaign, baseline, delta, ratio };
}

function perDay(value: KpiValue, days: number): KpiValue {
  return value.value === null ? value : known(value.value / days);
}

/**
 * Each KPI of the campaign against the baseline: difference and ratio. Periods rarely have the same length,
 * so additive KPIs (sums over days) are also compared as per-day averages.
 */
export function compareWithBaseline(
  campaign: KpiGroup,
  baseline: KpiGroup,
  campaignDays: number,
  baselineDays: number,
): BaselineComparison {
  const kpis = {} as Record<KpiId, KpiComparison>;
  for (const id of KPI_IDS) {
    const now = campaign.kpis[id];
    const before = baseline.kpis[id];
    kpis[id] = {
      ...compare(id, now, before),
      perDay: KPI_DEFINITIONS[id].additive
        ? compare(id, perDay(now, campaignDays), perDay(before, baselineDays))
        : null,
    };
  }
  return { campaignDays, baselineDays, kpis };
}
