import type { CampaignOverride } from '../../../core/ingest/options';
import type { CampaignInfo } from '../../../core/model/campaign';
import type { RangeName } from '../../campaign/campaignDraft';
import type { DayRangeFieldsProps } from '../DayRangeFields/DayRangeFields.types';
import type { TargetsEditorProps } from '../TargetsEditor/TargetsEditor.types';

/**
 * Step 2: the campaign's name, calendar and targets, prefilled from the workbook. Give it a `key` that
 * changes with the workbook's campaign, so that the form starts over when the workbook changes.
 */
export interface CampaignStepProps {
  readonly campaign: CampaignInfo | null;
  readonly override: CampaignOverride;
  readonly onOverrideChange: (override: CampaignOverride) => void;
  readonly targets: TargetsEditorProps;
}

export interface CampaignStepState {
  readonly headingId: string;
  readonly heading: string;
  readonly nameLabel: string;
  readonly name: string;
  readonly sourceNote: string | null;
  readonly period: DayRangeFieldsProps;
  readonly phasesLegend: string;
  readonly phases: readonly (DayRangeFieldsProps & { readonly key: RangeName })[];
  readonly baseline: DayRangeFieldsProps;
  readonly resetLabel: string;
  readonly canReset: boolean;
  readonly targets: TargetsEditorProps;
  readonly onNameChange: (name: string) => void;
  readonly onNameCommit: () => void;
  readonly onReset: () => void;
}
