import type { CampaignOverride, TableOverride } from '../core/ingest/options';
import type { Locale } from '../core/locale';
import type { Phase } from '../core/model/campaign';
import { dayFromYmd, isoDay, type Day, type DayRange } from '../core/model/day';
import { isBudgetBound } from '../core/nextPlan/budgetBounds';
import type { UserChoices } from '../port/hostPort';
import { DEFAULT_SETTINGS, type DaySpan, type FupanSettings } from './settingsSchema';

function toDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y as number, m as number, d as number);
}

function toRange(span: DaySpan): DayRange {
  return { start: toDay(span.start), end: toDay(span.end) };
}

function toSpan(range: DayRange): DaySpan {
  return { start: isoDay(range.start), end: isoDay(range.end) };
}

/** The stored option of the next plan's budget bound (UserChoices.budgetBound). */
export const BUDGET_BOUND_OPTION = 'budgetBound';

/** The pane's choices from stored settings (dates are ISO strings there, Day numbers in the engine). */
export function choicesFromSettings(settings: FupanSettings, fallbackLocale: Locale): UserChoices {
  const { campaign } = settings;
  const override: CampaignOverride = {
    ...(campaign.name !== undefined ? { name: campaign.name } : {}),
    ...(campaign.period ? { period: toRange(campaign.period) } : {}),
    ...(campaign.baseline !== undefined
      ? { baseline: campaign.baseline === null ? null : toRange(campaign.baseline) }
      : {}),
    ...(campaign.phases
      ? { phases: campaign.phases.map((p): Phase => ({ kind: p.kind, ...toRange(p) })) }
      : {}),
  };
  const bound = settings.options[BUDGET_BOUND_OPTION];
  return {
    locale: settings.locale ?? fallbackLocale,
    tables: settings.tables.map((t): TableOverride => ({ ...t })),
    campaign: override,
    targets: settings.targets.map((t) => ({ ...t })),
    // A bound out of range (edited by hand, or from another version) falls back to the default.
    ...(typeof bound === 'number' && isBudgetBound(bound) ? { budgetBound: bound } : {}),
  };
}

/** Stored settings from the pane's choices, keeping options the pane does not know. */
export function settingsFromChoices(
  choices: UserChoices,
  previous: FupanSettings = DEFAULT_SETTINGS,
): FupanSettings {
  const { campaign } = choices;
  const { [BUDGET_BOUND_OPTION]: _previousBound, ...otherOptions } = previous.options;
  return {
    ...previous,
    options: {
      ...otherOptions,
      ...(choices.budgetBound !== undefined ? { [BUDGET_BOUND_OPTION]: choices.budgetBound } : {}),
    },
    locale: choices.locale,
    tables: choices.tables.map((t) => ({ ...t })),
    campaign: {
      ...(campaign.name !== undefined ? { name: campaign.name } : {}),
      ...(campaign.period ? { period: toSpan(campaign.period) } : {}),
      ...(campaign.baseline !== undefined
        ? { baseline: campaign.baseline === null ? null : toSpan(campaign.baseline) }
        : {}),
      ...(campaign.phases ? { phases: campaign.phases.map((p) => ({ kind: p.kind, ...toSpan(p) })) } : {}),
    },
    targets: choices.targets.map((t) => ({ ...t })),
  };
}
