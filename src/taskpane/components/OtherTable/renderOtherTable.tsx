import { Body1Strong, Caption1 } from '@fluentui/react-components';
import { KindField } from '../KindField/KindField';
import type { OtherTableState } from './OtherTable.types';
import type { OtherTableStyles } from './useOtherTableStyles.styles';

export function renderOtherTable(state: OtherTableState, styles: OtherTableStyles) {
  return (
    <li className={styles.root} aria-label={state.title}>
      <Body1Strong className={styles.title}>{state.title}</Body1Strong>
      {state.details !== null && <Caption1 className={styles.details}>{state.details}</Caption1>}
      <KindField
        value={state.choice}
        autoLabel={state.autoLabel}
        offerIgnore={state.offerIgnore}
        onChange={state.onKindChange}
      />
    </li>
  );
}
