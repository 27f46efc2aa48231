import type { CampaignOverride } from '../../core/ingest/options';
import type { CampaignInfo, Phase, PhaseKind } from '../../core/model/campaign';
import type { DayRange } from '../../core/model/day';
import { dayToIso, isoToDay } from '../dates/isoDate';

export const PHASE_KINDS = ['warmup', 'peak', 'tail'] as const satisfies readonly PhaseKind[];
export const RANGE_NAMES = ['period', ...PHASE_KINDS, 'baseline'] as const;
export type RangeName = (typeof RANGE_NAMES)[number];

/** Dates as the date inputs hold them: 'YYYY-MM-DD', or '' when empty. */
export interface RangeDraft {
  readonly start: string;
  readonly end: string;
}

/** The campaign form as typed, before it becomes a CampaignOverride. */
export interface CampaignDraft {
  readonly name: string;
  readonly ranges: Readonly<Record<RangeName, RangeDraft>>;
}

export type RangeCheck =
  | { readonly kind: 'empty' }
  | { readonly kind: 'partial' }
  | { readonly kind: 'reversed' }
  | { readonly kind: 'ok'; readonly range: DayRange };

const EMPTY: RangeDraft = { start: '', end: '' };

function rangeDraft(range: DayRange | null | undefined): RangeDraft {
  return range ? { start: dayToIso(range.start), end: dayToIso(range.end) } : EMPTY;
}

/** The form's starting point: the analyst's overrides where given, the workbook's campaign otherwise. */
export function draftFrom(campaign: CampaignInfo | null, override: CampaignOverride): CampaignDraft {
  const phases = override.phases ?? campaign?.phases ?? [];
  const phase = (kind: PhaseKind) => rangeDraft(phases.find((p) => p.kind === kind));
  return {
    name: override.name ?? campaign?.name ?? '',
    ranges: {
      period: rangeDraft(override.period ?? campaign?.period),
      warmup: phase('warmup'),
      peak: phase('peak'),
      tail: phase('tail'),
      baseline: rangeDraft(override.baseline !== undefined ? override.baseline : campaign?.baseline),
    },
  };
}

export function checkRange(draft: RangeDraft): RangeCheck {
  const start = isoToDay(draft.start);
  const end = isoToDay(draft.end);
  if (start === null && end === null) return { kind: 'empty' };
  if (start === null || end === null) return { kind: 'partial' };
  if (end < start) return { kind: 'reversed' };
  return { kind: 'ok', range: { start, end } };
}

/**
 * The override after the analyst edited one range, or null while that range cannot be saved (half-typed,
 * reversed, or an empty campaign period). Other parts of the override are kept as they are.
 */
export function applyRange(
  override: CampaignOverride,
  draft: CampaignDraft,
  name: RangeName,
): CampaignOverride | null {
  if (name === 'period') {
    const check = checkRange(draft.ranges.period);
    return check.kind === 'ok' ? { ...override, period: check.range } : null;
  }
  if (name === 'baseline') {
    const check = checkRange(draft.ranges.baseline);
    if (check.kind === 'empty') return { ...override, baseline: null };
    return check.kind === 'ok' ? { ...override, baseline: check.range } : null;
  }
  const phases: Phase[] = [];
  for (const kind of PHASE_KINDS) {
    const check = checkRange(draft.ranges[kind]);
    if (check.kind === 'partial' || check.kind === 'reversed') return null;
    if (check.kind === 'ok') phases.push({ kind, ...check.range });
  }
  return { ...override, phases };
}

/** Whether a range lies outside the campaign period (phases must fall inside it). */
export function outsidePeriod(draft: CampaignDraft, name: RangeName): boolean {
  if (name === 'period' || name === 'baseline') return false;
  const period = checkRange(draft.ranges.period);
  const range = checkRange(draft.ranges[name]);
  if (period.kind !== 'ok' || range.kind !== 'ok') return false;
  return range.range.start < period.range.start || range.range.end > period.range.end;
}
