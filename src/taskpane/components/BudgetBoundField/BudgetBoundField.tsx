import type { BudgetBoundFieldProps } from './BudgetBoundField.types';
import { renderBudgetBoundField } from './renderBudgetBoundField';
import { useBudgetBoundField } from './useBudgetBoundField';
import { useBudgetBoundFieldStyles } from './useBudgetBoundFieldStyles.styles';

export function BudgetBoundField(props: BudgetBoundFieldProps) {
  const state = useBudgetBoundField(props);
  const styles = useBudgetBoundFieldStyles();
  return renderBudgetBoundField(state, styles);
}
