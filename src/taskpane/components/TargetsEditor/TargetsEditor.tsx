import type { TargetsEditorProps } from './TargetsEditor.types';
import { renderTargetsEditor } from './renderTargetsEditor';
import { useTargetsEditor } from './useTargetsEditor';
import { useTargetsEditorStyles } from './useTargetsEditorStyles.styles';

export function TargetsEditor(props: TargetsEditorProps) {
  const state = useTargetsEditor(props);
  const styles = useTargetsEditorStyles();
  return renderTargetsEditor(state, styles);
}
