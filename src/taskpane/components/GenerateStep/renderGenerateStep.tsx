import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Subtitle1,
} from '@fluentui/react-components';
import { BudgetBoundField } from '../BudgetBoundField/BudgetBoundField';
import { ProblemBar } from '../ProblemBar/ProblemBar';
import { ResultsView } from '../ResultsView/ResultsView';
import type { GenerateStepState } from './GenerateStep.types';
import type { GenerateStepStyles } from './useGenerateStepStyles.styles';

export function renderGenerateStep(state: GenerateStepState, styles: GenerateStepStyles) {
  return (
    <section className={styles.root} aria-labelledby={state.headingId} aria-busy={state.running}>
      <Subtitle1 as="h2" id={state.headingId}>
        {state.heading}
      </Subtitle1>
      <Field label={state.languageLabel}>
        <Dropdown
          className={styles.dropdown}
          value={state.languageText}
          selectedOptions={[state.sheetLocale]}
          disabled={state.running}
          onOptionSelect={(_, data) => state.onLanguageSelect(data.optionValue)}
        >
          {state.languageOptions.map((o) => (
            <Option key={o.value} value={o.value} lang={o.value}>
              {o.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <BudgetBoundField {...state.budgetBound} />
      <div className={styles.actions}>
        <Button
          className={styles.button}
          appearance="primary"
          disabled={state.generateDisabled}
          onClick={state.onGenerate}
        >
          {state.generateLabel}
        </Button>
        {state.running && (
          <Button className={styles.button} disabled={state.cancelling} onClick={state.onCancel}>
            {state.cancelLabel}
          </Button>
        )}
      </div>
      {state.needsOrders !== null && <Caption1 className={styles.hint}>{state.needsOrders}</Caption1>}

      {state.running && (
        <div className={styles.progress}>
          <Field label={state.progressLabel}>
            <ProgressBar value={state.fraction} thickness="large" aria-valuetext={state.stepText} />
          </Field>
          <div aria-live="polite">
            <Body1>{state.stepText}</Body1>
            {state.detailText !== '' && <Caption1 className={styles.detail}> — {state.detailText}</Caption1>}
          </div>
        </div>
      )}

      {state.cancelled !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.cancelled.title}</MessageBarTitle> {state.cancelled.body}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.failure !== null && <ProblemBar problem={state.failure} onRetry={state.onGenerate} />}
      {state.openProblem !== null && (
        <ProblemBar problem={state.openProblem} onDismiss={state.onDismissOpenProblem} />
      )}
      {state.summary !== null && <ResultsView summary={state.summary} onOpenSheet={state.onOpenSheet} />}
    </section>
  );
}
