import type { KindFieldProps } from './KindField.types';
import { renderKindField } from './renderKindField';
import { useKindField } from './useKindField';
import { useKindFieldStyles } from './useKindFieldStyles.styles';

export function KindField(props: KindFieldProps) {
  const state = useKindField(props);
  const styles = useKindFieldStyles();
  return renderKindField(state, styles);
}
