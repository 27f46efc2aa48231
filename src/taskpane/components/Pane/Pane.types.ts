import type { FupanHost } from '../../../port/hostPort';
import type { Problem } from '../../problems/problem';
import type { CampaignStepProps } from '../CampaignStep/CampaignStep.types';
import type { DetectStepProps } from '../DetectStep/DetectStep.types';
import type { GenerateStepProps } from '../GenerateStep/GenerateStep.types';
import type { SampleEmptyStateProps } from '../SampleEmptyState/SampleEmptyState.types';

/** The whole task pane: header, then detect → campaign → generate → results, or the empty state. */
export interface PaneProps {
  readonly host: FupanHost;
}

export interface PaneState {
  readonly lang: string;
  readonly loadingLabel: string | null;
  /** Problems of loading, scanning and saving, shown above the steps. */
  readonly problem: Problem | null;
  readonly onRetryProblem: (() => void) | undefined;
  readonly onDismissProblem: () => void;
  readonly sample: SampleEmptyStateProps | null;
  readonly sampleProblem: Problem | null;
  readonly detect: DetectStepProps | null;
  /** `key` restarts the campaign form when the workbook's campaign changes. */
  readonly campaign: { readonly key: string; readonly props: CampaignStepProps } | null;
  readonly generate: GenerateStepProps | null;
}
