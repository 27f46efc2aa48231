import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ProblemBarState } from './ProblemBar.types';
import type { ProblemBarStyles } from './useProblemBarStyles.styles';

export function renderProblemBar(state: ProblemBarState, styles: ProblemBarStyles) {
  const actions =
    state.onRetry || state.onDismiss ? (
      <MessageBarActions>
        {state.onRetry && (
          <Button size="small" onClick={state.onRetry}>
            {state.retryLabel}
          </Button>
        )}
        {state.onDismiss && (
          <Button size="small" appearance="transparent" onClick={state.onDismiss}>
            {state.dismissLabel}
          </Button>
        )}
      </MessageBarActions>
    ) : null;
  return (
    <MessageBar className={styles.root} intent={state.intent} layout="multiline" politeness="assertive">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{state.title}</MessageBarTitle> {state.body}
      </MessageBarBody>
      {actions}
    </MessageBar>
  );
}
