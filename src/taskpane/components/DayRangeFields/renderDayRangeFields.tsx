import { Field, Input } from '@fluentui/react-components';
import type { DayRangeFieldsState } from './DayRangeFields.types';
import type { DayRangeFieldsStyles } from './useDayRangeFieldsStyles.styles';

export function renderDayRangeFields(state: DayRangeFieldsState, styles: DayRangeFieldsStyles) {
  const invalid = state.validationState === 'error';
  return (
    <div className={styles.root} role="group" aria-label={state.groupLabel}>
      <Field label={state.startLabel} validationState={invalid ? 'error' : 'none'}>
        <Input
          className={styles.input}
          type="date"
          value={state.start}
          onChange={(_, data) => state.onStartChange(data.value)}
        />
      </Field>
      <Field
        label={state.endLabel}
        validationState={state.validationState}
        validationMessage={state.validationMessage}
        hint={state.hint}
      >
        <Input
          className={styles.input}
          type="date"
          value={state.end}
          onChange={(_, data) => state.onEndChange(data.value)}
        />
      </Field>
    </div>
  );
}
