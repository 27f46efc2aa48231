import type { CampaignData, TargetRow } from '../model/campaign';
import { rangeLength } from '../model/day';
import type { LocalizedText } from '../model/text';
import { accumulateCampaign } from './accumulate/accumulateCampaign';
import { compareWithBaseline } from './baselineComparison';
import { collectWarnings } from './collectWarnings';
import type { Cubes } from './cubes';
import { KPI_IDS, type KpiId } from './kpiIds';
import type { KpiBasis, KpiOptions, KpiReport } from './report';
import { groupBuilder } from './reportGroups';
import { evaluateTargets, resolveThresholds } from './targets';

/**
 * All KPIs of a campaign, for the campaign period, the baseline, each day, phase, channel and category.
 *
 *   index       day window (period ∪ phases ∪ baseline) · channels unified across orders, traffic, spend
 *      │
 *   accumulate  orders ─▶ day × channel cube of sums        (one pass over the orders)
 *      │        traffic, spend ─▶ day × channel cubes       (one pass each)
 *      │        lines ─▶ category sums                      (one pass over the lines)
 *      │        paid orders by customer ─▶ distinct, repeat and new buyers of every group (one walk)
 *      │
 *   measures    each group's sums, or the reason a measure is absent for that kind of group
 *      │
 *   KPIs        every definition of kpis/ over each group's measures
 *      │
 *   compare     targets · baseline comparison · missing KPIs · warnings
 *
 * Cost is linear in orders + lines + traffic + spend rows; the groups themselves are small sums of cubes.
 */
export function computeKpis(data: CampaignData, options: KpiOptions = {}): KpiReport {
  const acc = accumulateCampaign(data);
  const refunds = acc.orders.refund !== null ? 'refund_amount' : 'refunded_status';
  return kpiReport(acc, data.targets, refunds, options);
}

/**
 * The report from accumulated cubes, whichever engine filled them (the passes above, or the aggregate
 * tables of the generated SQL): groups, measures, KPIs, then targets, baseline comparison and warnings.
 */
export function kpiReport(
  acc: Cubes,
  targets: readonly TargetRow[],
  refunds: KpiBasis['refunds'],
  options: KpiOptions = {},
): KpiReport {
  const thresholds = resolveThresholds(options.thresholds);
  const groups = groupBuilder(acc);
  const total = groups.total();
  const baseline = groups.baseline();
  const byChannel = groups.byChannel();
  const { period, baseline: baselinePeriod } = acc.window;

  const missing: Partial<Record<KpiId, LocalizedText>> = {};
  for (const id of KPI_IDS) {
    const value = total.kpis[id];
    if (value.value === null) missing[id] = value.reason;
  }

  return {
    period,
    baselinePeriod,
    total,
    baseline,
    byDay: groups.byDay(),
    byPhase: groups.byPhase(),
    byChannel,
    byCategory: groups.byCategory(),
    targets: evaluateTargets(targets, total, byChannel, thresholds),
    vsBaseline:
      baseline && baselinePeriod
        ? compareWithBaseline(total, baseline, rangeLength(period), rangeLength(baselinePeriod))
        : null,
    missing,
    basis: { newCustomers: acc.basis?.source ?? null, refunds },
    warnings: collectWarnings(acc),
  };
}
