import type { HeaderProps } from './Header.types';
import { renderHeader } from './renderHeader';
import { useHeader } from './useHeader';
import { useHeaderStyles } from './useHeaderStyles.styles';

export function Header(props: HeaderProps) {
  const state = useHeader(props);
  const styles = useHeaderStyles();
  return renderHeader(state, styles);
}
