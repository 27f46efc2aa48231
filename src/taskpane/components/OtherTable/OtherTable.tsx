import type { OtherTableProps } from './OtherTable.types';
import { renderOtherTable } from './renderOtherTable';
import { useOtherTable } from './useOtherTable';
import { useOtherTableStyles } from './useOtherTableStyles.styles';

export function OtherTable(props: OtherTableProps) {
  const state = useOtherTable(props);
  const styles = useOtherTableStyles();
  return renderOtherTable(state, styles);
}
