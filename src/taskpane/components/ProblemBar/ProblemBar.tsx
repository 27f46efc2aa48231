import type { ProblemBarProps } from './ProblemBar.types';
import { renderProblemBar } from './renderProblemBar';
import { useProblemBar } from './useProblemBar';
import { useProblemBarStyles } from './useProblemBarStyles.styles';

export function ProblemBar(props: ProblemBarProps) {
  const state = useProblemBar(props);
  const styles = useProblemBarStyles();
  return renderProblemBar(state, styles);
}
