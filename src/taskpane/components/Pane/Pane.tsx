import type { PaneProps } from './Pane.types';
import { renderPane } from './renderPane';
import { usePane } from './usePane';
import { usePaneStyles } from './usePaneStyles.styles';

export function Pane(props: PaneProps) {
  const state = usePane(props);
  const styles = usePaneStyles();
  return renderPane(state, styles);
}
