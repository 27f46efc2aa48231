import type { CampaignStepProps } from './CampaignStep.types';
import { renderCampaignStep } from './renderCampaignStep';
import { useCampaignStep } from './useCampaignStep';
import { useCampaignStepStyles } from './useCampaignStepStyles.styles';

export function CampaignStep(props: CampaignStepProps) {
  const state = useCampaignStep(props);
  const styles = useCampaignStepStyles();
  return renderCampaignStep(state, styles);
}
