import { useState } from 'react';
import { useLocale } from '../../locale/useLocale';
import type { BudgetBoundFieldProps, BudgetBoundFieldState } from './BudgetBoundField.types';
import { boundPercentText, parseBoundPercent } from './budgetBoundText';

export function useBudgetBoundField(props: BudgetBoundFieldProps): BudgetBoundFieldState {
  const { t } = useLocale();
  // null while the input shows the saved bound; the typed text otherwise (kept when it is invalid).
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parseBoundPercent(draft) === null;
  return {
    label: t('budgetBoundLabel'),
    hint: t('budgetBoundHint'),
    text: draft ?? boundPercentText(props.bound),
    error: invalid ? t('budgetBoundInvalid') : undefined,
    disabled: props.disabled,
    onTextChange: setDraft,
    onCommit: () => {
      if (draft === null) return;
      const bound = parseBoundPercent(draft);
      if (bound === null) return;
      setDraft(null);
      if (bound !== props.bound) props.onBoundChange(bound);
    },
  };
}
