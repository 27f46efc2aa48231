import type { DayRangeFieldsProps } from './DayRangeFields.types';
import { renderDayRangeFields } from './renderDayRangeFields';
import { useDayRangeFields } from './useDayRangeFields';
import { useDayRangeFieldsStyles } from './useDayRangeFieldsStyles.styles';

export function DayRangeFields(props: DayRangeFieldsProps) {
  const state = useDayRangeFields(props);
  const styles = useDayRangeFieldsStyles();
  return renderDayRangeFields(state, styles);
}
