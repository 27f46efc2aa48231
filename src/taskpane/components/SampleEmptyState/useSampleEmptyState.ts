import { useId } from 'react';
import { useLocale } from '../../locale/useLocale';
import type { SampleEmptyStateProps, SampleEmptyStateState } from './SampleEmptyState.types';

export function useSampleEmptyState({
  variant,
  inserting,
  onInsert,
}: SampleEmptyStateProps): SampleEmptyStateState {
  const { t } = useLocale();
  return {
    headingId: useId(),
    title: variant === 'empty' ? t('emptyTitle') : t('noOrdersTitle'),
    body: variant === 'empty' ? t('emptyBody') : t('noOrdersBody'),
    insertLabel: inserting ? t('insertingSample') : t('insertSample'),
    inserting,
    onInsert,
  };
}
