import { useLocale } from '../../locale/useLocale';
import type { DayRangeFieldsProps, DayRangeFieldsState } from './DayRangeFields.types';

export function useDayRangeFields({
  name,
  start,
  end,
  error,
  warning,
  hint,
  onChange,
}: DayRangeFieldsProps): DayRangeFieldsState {
  const { t } = useLocale();
  const message = error ?? warning;
  return {
    groupLabel: name,
    startLabel: t('rangeStart', { range: name }),
    endLabel: t('rangeEnd', { range: name }),
    start,
    end,
    validationState: error !== undefined ? 'error' : warning !== undefined ? 'warning' : 'none',
    validationMessage: message,
    hint,
    onStartChange: (value) => onChange(value, end),
    onEndChange: (value) => onChange(start, value),
  };
}
