import { Body1, Button, Spinner, Subtitle1 } from '@fluentui/react-components';
import type { SampleEmptyStateState } from './SampleEmptyState.types';
import type { SampleEmptyStateStyles } from './useSampleEmptyStateStyles.styles';

export function renderSampleEmptyState(state: SampleEmptyStateState, styles: SampleEmptyStateStyles) {
  return (
    <section className={styles.root} aria-labelledby={state.headingId}>
      <Subtitle1 as="h2" id={state.headingId}>
        {state.title}
      </Subtitle1>
      <Body1 className={styles.body}>{state.body}</Body1>
      <Button
        className={styles.button}
        appearance="primary"
        disabledFocusable={state.inserting}
        icon={state.inserting ? <Spinner size="tiny" /> : undefined}
        onClick={state.onInsert}
      >
        {state.insertLabel}
      </Button>
    </section>
  );
}
