import type { CampaignInfo, IngestWarning, Phase } from '../../../model/campaign';
import { isoDay, rangeLength, type Day, type DayRange } from '../../../model/day';
import { MAX_PERIOD_DAYS } from '../../read/dateWindow';
import { ingestMessages } from '../../../messages';
import type { CampaignOverride } from '../../options';
import type { TableKind } from '../../../model/tableKinds';
import type { CampaignTableInfo } from './readCampaignTables';

/**
 * The campaign calendar, each part from the first source that gives it:
 * - period: the settings, else the calendar's Campaign row, else the span of the phases (settings, then
 *   calendar), else the orders' date range (periodSource 'orders', with a warning) or, for a campaign
 *   without orders, the date range of the tables that have dates (`fromData`: their days and kinds;
 *   periodSource 'data', or 'undated' when no row has a date);
 * - phases and baseline: the settings, else the calendar; name likewise.
 * A settings range that ends before it starts is not used (warning), nor is any range longer than
 * MAX_PERIOD_DAYS (warning): every daily series is sized by the period.
 */
export function campaignInfo(
  table: CampaignTableInfo | null,
  override: CampaignOverride | undefined,
  orderDays: Int32Array,
  fromData?: readonly TableKind[],
): { info: CampaignInfo; warnings: IngestWarning[] } {
  const warnings: IngestWarning[] = [];
  const valid = <R extends DayRange>(range: R, part: ingestMessages.CampaignOptionPart): R | null => {
    if (range.end >= range.start) return range;
    warnings.push({
      code: 'invalid_campaign_option',
      text: ingestMessages.invalidCampaignOption(part, isoDay(range.start), isoDay(range.end)),
    });
    return null;
  };
  const bounded = <R extends DayRange>(range: R, part: ingestMessages.CampaignOptionPart): R | null => {
    if (rangeLength(range) <= MAX_PERIOD_DAYS) return range;
    warnings.push({
      code: 'period_too_long',
      text: ingestMessages.periodTooLong(part, isoDay(range.start), isoDay(range.end), MAX_PERIOD_DAYS),
    });
    return null;
  };
  const usable = <R extends DayRange>(range: R, part: ingestMessages.CampaignOptionPart): R | null =>
    valid(range, part) && bounded(range, part);
  const optionPeriod = override?.period === undefined ? null : usable(override.period, 'period');
  const optionPhases = override?.phases?.filter((phase) => usable(phase, 'phase') !== null);
  const optionBaseline =
    override?.baseline === undefined
      ? undefined
      : override.baseline === null
        ? null
        : usable(override.baseline, 'baseline');
  const tablePhases = table?.phases.filter((phase) => bounded(phase, 'phase') !== null);
  const phases = sortPhases(optionPhases ?? tablePhases ?? []);
  const tableBaseline = table?.baseline ? bounded(table.baseline, 'baseline') : null;
  const baseline = optionBaseline !== undefined ? optionBaseline : tableBaseline;
  const tablePeriod = table?.period ? bounded(table.period, 'period') : null;
  const name = override?.name ?? table?.name ?? null;
  let period: DayRange;
  let periodSource: CampaignInfo['periodSource'];
  if (optionPeriod !== null) {
    period = optionPeriod;
    periodSource = 'options';
  } else if (tablePeriod) {
    period = tablePeriod;
    periodSource = 'table';
  } else if (phases.length > 0 && bounded(span(phases), 'period')) {
    period = span(phases);
    periodSource = optionPhases !== undefined ? 'options' : 'table';
  } else if (fromData !== undefined) {
    period = dayRange(orderDays);
    periodSource = orderDays.length > 0 ? 'data' : 'undated';
    warnings.push(
      orderDays.length > 0
        ? {
            code: 'period_from_data',
            text: ingestMessages.periodFromData(isoDay(period.start), isoDay(period.end), fromData),
          }
        : { code: 'period_undated', text: ingestMessages.periodUndated() },
    );
  } else {
    period = dayRange(orderDays);
    periodSource = 'orders';
    warnings.push({
      code: 'period_from_orders',
      text: ingestMessages.periodFromOrders(isoDay(period.start), isoDay(period.end)),
    });
  }
  // Daily series span the period, the phases and the baseline together: each must lie near the period.
  const near = <R extends DayRange>(range: R, part: ingestMessages.CampaignOptionPart): R | null =>
    bounded(
      { ...range, start: Math.min(range.start, period.start), end: Math.max(range.end, period.end) },
      part,
    ) && range;
  const nearPhases = phases.filter((phase) => near(phase, 'phase') !== null);
  const nearBaseline = baseline && near(baseline, 'baseline');
  const owner = table?.owner ?? null;
  const info = {
    name,
    period,
    phases: nearPhases,
    baseline: nearBaseline,
    periodSource,
    ...(owner === null ? {} : { owner }),
  };
  return { info, warnings };
}

const PHASE_ORDER = ['warmup', 'peak', 'tail'] as const;

function sortPhases(phases: readonly Phase[]): Phase[] {
  return [...phases].sort(
    (a, b) => a.start - b.start || a.end - b.end || PHASE_ORDER.indexOf(a.kind) - PHASE_ORDER.indexOf(b.kind),
  );
}

function span(ranges: readonly DayRange[]): DayRange {
  let start = Infinity;
  let end = -Infinity;
  for (const r of ranges) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  return { start: start as Day, end: end as Day };
}

/** The smallest range holding every day (0…0 when there is none). */
export function dayRange(days: Int32Array): DayRange {
  if (days.length === 0) return { start: 0 as Day, end: 0 as Day };
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = days[i] ?? 0;
    if (d < start) start = d;
    if (d > end) end = d;
  }
  return { start: start as Day, end: end as Day };
}
