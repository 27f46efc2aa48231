import { useId, useState } from 'react';
import { campaignItemName } from '../../../core/messages/names';
import type { LocalizedText } from '../../../core/model/text';
import {
  applyRange,
  checkRange,
  draftFrom,
  outsidePeriod,
  PHASE_KINDS,
  type CampaignDraft,
  type RangeName,
} from '../../campaign/campaignDraft';
import { useLocale, type Translate } from '../../locale/useLocale';
import type { DayRangeFieldsProps } from '../DayRangeFields/DayRangeFields.types';
import type { CampaignStepProps, CampaignStepState } from './CampaignStep.types';

/** The period is the pane's word; the phases and the baseline are called what the engine calls them. */
function rangeLabel(name: RangeName, t: Translate, pick: (text: LocalizedText) => string): string {
  return name === 'period' ? t('rangePeriod') : pick(campaignItemName(name));
}

function rangeError(draft: CampaignDraft, name: RangeName, t: Translate): string | undefined {
  const check = checkRange(draft.ranges[name]);
  if (check.kind === 'partial') return t('bothDatesNeeded');
  if (check.kind === 'reversed') return t('endBeforeStart');
  if (check.kind === 'empty' && name === 'period') return t('periodRequired');
  return undefined;
}

export function useCampaignStep({
  campaign,
  override,
  onOverrideChange,
  targets,
}: CampaignStepProps): CampaignStepState {
  const { t, pick } = useLocale();
  const headingId = useId();
  const [draft, setDraft] = useState<CampaignDraft>(() => draftFrom(campaign, override));

  const rangeProps = (name: RangeName): DayRangeFieldsProps => ({
    name: rangeLabel(name, t, pick),
    start: draft.ranges[name].start,
    end: draft.ranges[name].end,
    error: rangeError(draft, name, t),
    warning: outsidePeriod(draft, name) ? t('outsidePeriod') : undefined,
    hint: name === 'baseline' ? t('baselineHint') : undefined,
    onChange: (start, end) => {
      const next = { ...draft, ranges: { ...draft.ranges, [name]: { start, end } } };
      setDraft(next);
      const applied = applyRange(override, next, name);
      if (applied !== null) onOverrideChange(applied);
    },
  });

  const source = override.period !== undefined ? 'options' : campaign?.periodSource;
  const sourceNote =
    source === 'table'
      ? t('periodSourceTable')
      : source === 'orders'
        ? t('periodSourceOrders')
        : source === 'options'
          ? t('periodSourceOptions')
          : null;

  return {
    headingId,
    heading: t('campaignHeading'),
    nameLabel: t('campaignName'),
    name: draft.name,
    sourceNote,
    period: rangeProps('period'),
    phasesLegend: t('phasesLegend'),
    phases: PHASE_KINDS.map((kind) => ({ key: kind, ...rangeProps(kind) })),
    baseline: rangeProps('baseline'),
    resetLabel: t('resetCampaign'),
    canReset: Object.keys(override).length > 0,
    targets,
    onNameChange: (name) => setDraft({ ...draft, name }),
    onNameCommit: () => {
      const name = draft.name.trim();
      if (name === (override.name ?? campaign?.name ?? '')) return;
      onOverrideChange({ ...override, name });
    },
    onReset: () => {
      setDraft(draftFrom(campaign, {}));
      onOverrideChange({});
    },
  };
}
