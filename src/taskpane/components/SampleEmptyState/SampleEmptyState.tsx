import type { SampleEmptyStateProps } from './SampleEmptyState.types';
import { renderSampleEmptyState } from './renderSampleEmptyState';
import { useSampleEmptyState } from './useSampleEmptyState';
import { useSampleEmptyStateStyles } from './useSampleEmptyStateStyles.styles';

export function SampleEmptyState(props: SampleEmptyStateProps) {
  const state = useSampleEmptyState(props);
  const styles = useSampleEmptyStateStyles();
  return renderSampleEmptyState(state, styles);
}
