import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { KindFieldState } from './KindField.types';
import type { KindFieldStyles } from './useKindFieldStyles.styles';

export function renderKindField(state: KindFieldState, styles: KindFieldStyles) {
  return (
    <Field label={state.label}>
      <Dropdown
        className={styles.dropdown}
        value={state.selectedText}
        selectedOptions={[state.value]}
        onOptionSelect={(_, data) => state.onSelect(data.optionValue)}
      >
        {state.options.map((o) => (
          <Option key={o.value} value={o.value}>
            {o.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
