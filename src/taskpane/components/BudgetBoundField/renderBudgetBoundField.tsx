import { Field, Input } from '@fluentui/react-components';
import type { BudgetBoundFieldState } from './BudgetBoundField.types';
import type { BudgetBoundFieldStyles } from './useBudgetBoundFieldStyles.styles';

export function renderBudgetBoundField(state: BudgetBoundFieldState, styles: BudgetBoundFieldStyles) {
  return (
    <Field
      label={state.label}
      hint={state.hint}
      validationState={state.error ? 'error' : 'none'}
      validationMessage={state.error}
    >
      <Input
        className={styles.input}
        inputMode="decimal"
        value={state.text}
        disabled={state.disabled}
        contentAfter="%"
        onChange={(_, data) => state.onTextChange(data.value)}
        onBlur={state.onCommit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') state.onCommit();
        }}
      />
    </Field>
  );
}
