import { Caption1, Dropdown, Field, Option, Title3 } from '@fluentui/react-components';
import { isLocale } from '../../../core/locale';
import type { HeaderState } from './Header.types';
import type { HeaderStyles } from './useHeaderStyles.styles';

export function renderHeader(state: HeaderState, styles: HeaderStyles) {
  const current = state.options.find((o) => o.value === state.locale);
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Title3 as="h1">{state.title}</Title3>
        <Caption1 className={styles.tagline}>{state.tagline}</Caption1>
      </div>
      <Field className={styles.language} label={state.languageLabel} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={current?.text ?? ''}
          selectedOptions={[state.locale]}
          onOptionSelect={(_, data) => {
            if (isLocale(data.optionValue)) state.onLocaleChange(data.optionValue);
          }}
        >
          {state.options.map((o) => (
            <Option key={o.value} value={o.value} lang={o.value}>
              {o.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </header>
  );
}
