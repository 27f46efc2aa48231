import type { GenerateStepProps } from './GenerateStep.types';
import { renderGenerateStep } from './renderGenerateStep';
import { useGenerateStep } from './useGenerateStep';
import { useGenerateStepStyles } from './useGenerateStepStyles.styles';

export function GenerateStep(props: GenerateStepProps) {
  const state = useGenerateStep(props);
  const styles = useGenerateStepStyles();
  return renderGenerateStep(state, styles);
}
