import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
} from '@fluentui/react-components';
import type { TargetsEditorState } from './TargetsEditor.types';
import type { TargetsEditorStyles } from './useTargetsEditorStyles.styles';

export function renderTargetsEditor(state: TargetsEditorState, styles: TargetsEditorStyles) {
  return (
    <div className={styles.root} role="group" aria-labelledby={state.headingId}>
      <Subtitle2 as="h3" id={state.headingId}>
        {state.heading}
      </Subtitle2>
      {state.mode === 'table' ? (
        <>
          <Body1 className={styles.note}>{state.tableNote}</Body1>
          <ul className={styles.lines}>
            {state.lines.map((line) => (
              <li key={line.key}>
                <Body1>
                  {line.metric}: {line.value}
                </Body1>
                {line.note !== null && <Caption1 className={styles.lineNote}> ({line.note})</Caption1>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <Body1 className={styles.note}>{state.editNote}</Body1>
          {state.rows.length > 0 && (
            <ul className={styles.rows}>
              {state.rows.map((row) => (
                <li key={row.id} className={styles.row} role="group" aria-label={row.groupLabel}>
                  <Field label={state.metricLabel}>
                    <Dropdown
                      className={styles.control}
                      placeholder={state.chooseMetric}
                      value={row.metricText}
                      selectedOptions={row.metric === '' ? [] : [row.metric]}
                      onOptionSelect={(_, data) => state.onMetricSelect(row.id, data.optionValue)}
                    >
                      {state.metricOptions.map((o) => (
                        <Option key={o.value} value={o.value}>
                          {o.text}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                  <Field
                    label={state.valueLabel}
                    validationState={row.valueError === undefined ? 'none' : 'error'}
                    validationMessage={row.valueError}
                  >
                    <Input
                      className={styles.control}
                      inputMode="decimal"
                      value={row.value}
                      onChange={(_, data) => state.onValueChange(row.id, data.value)}
                      onBlur={() => state.onValueCommit(row.id)}
                    />
                  </Field>
                  <Button
                    className={styles.remove}
                    appearance="subtle"
                    onClick={() => state.onRemove(row.id)}
                  >
                    {row.removeLabel}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <Button className={styles.add} onClick={state.onAdd}>
            {state.addLabel}
          </Button>
        </>
      )}
    </div>
  );
}
