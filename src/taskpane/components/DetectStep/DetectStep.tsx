import type { DetectStepProps } from './DetectStep.types';
import { renderDetectStep } from './renderDetectStep';
import { useDetectStep } from './useDetectStep';
import { useDetectStepStyles } from './useDetectStepStyles.styles';

export function DetectStep(props: DetectStepProps) {
  const state = useDetectStep(props);
  const styles = useDetectStepStyles();
  return renderDetectStep(state, styles);
}
