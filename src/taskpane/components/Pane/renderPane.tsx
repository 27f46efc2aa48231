import { Divider, Spinner } from '@fluentui/react-components';
import { CampaignStep } from '../CampaignStep/CampaignStep';
import { DetectStep } from '../DetectStep/DetectStep';
import { GenerateStep } from '../GenerateStep/GenerateStep';
import { Header } from '../Header/Header';
import { ProblemBar } from '../ProblemBar/ProblemBar';
import { SampleEmptyState } from '../SampleEmptyState/SampleEmptyState';
import type { PaneState } from './Pane.types';
import type { PaneStyles } from './usePaneStyles.styles';

export function renderPane(state: PaneState, styles: PaneStyles) {
  return (
    <main className={styles.root} lang={state.lang}>
      <Header />
      {state.loadingLabel !== null && <Spinner size="small" label={state.loadingLabel} />}
      {state.problem !== null && (
        <ProblemBar
          problem={state.problem}
          onRetry={state.onRetryProblem}
          onDismiss={state.onDismissProblem}
        />
      )}
      {state.sample !== null && <SampleEmptyState {...state.sample} />}
      {state.sampleProblem !== null && (
        <ProblemBar
          problem={state.sampleProblem}
          onRetry={state.sample?.onInsert}
          onDismiss={state.onDismissProblem}
        />
      )}
      {state.detect !== null && <DetectStep {...state.detect} />}
      {state.campaign !== null && (
        <>
          <Divider className={styles.divider} />
          <CampaignStep key={state.campaign.key} {...state.campaign.props} />
        </>
      )}
      {state.generate !== null && (
        <>
          <Divider className={styles.divider} />
          <GenerateStep {...state.generate} />
        </>
      )}
    </main>
  );
}
