import { useLocale } from '../../locale/useLocale';
import { describeProblem } from '../../problems/problem';
import type { ProblemBarProps, ProblemBarState } from './ProblemBar.types';

export function useProblemBar({ problem, onRetry, onDismiss }: ProblemBarProps): ProblemBarState {
  const { locale, t } = useLocale();
  const view = describeProblem(problem, locale);
  return { ...view, retryLabel: t('retry'), dismissLabel: t('dismiss'), onRetry, onDismiss };
}
