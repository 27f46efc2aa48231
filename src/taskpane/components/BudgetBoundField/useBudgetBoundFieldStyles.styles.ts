import { makeStyles } from '@fluentui/react-components';

export const useBudgetBoundFieldStyles = makeStyles({
  input: { minWidth: 0, maxWidth: '8em' },
});

export type BudgetBoundFieldStyles = ReturnType<typeof useBudgetBoundFieldStyles>;
