import type { ResultsViewProps } from './ResultsView.types';
import { renderResultsView } from './renderResultsView';
import { useResultsView } from './useResultsView';
import { useResultsViewStyles } from './useResultsViewStyles.styles';

export function ResultsView(props: ResultsViewProps) {
  const state = useResultsView(props);
  const styles = useResultsViewStyles();
  return renderResultsView(state, styles);
}
