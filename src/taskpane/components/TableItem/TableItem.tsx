import type { TableItemProps } from './TableItem.types';
import { renderTableItem } from './renderTableItem';
import { useTableItem } from './useTableItem';
import { useTableItemStyles } from './useTableItemStyles.styles';

export function TableItem(props: TableItemProps) {
  const state = useTableItem(props);
  const styles = useTableItemStyles();
  return renderTableItem(state, styles);
}
