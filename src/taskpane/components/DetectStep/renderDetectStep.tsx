import {
  Accordion,
  Body1,
  Body1Strong,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
} from '@fluentui/react-components';
import { OtherTable } from '../OtherTable/OtherTable';
import { TableItem } from '../TableItem/TableItem';
import type { DetectStepState } from './DetectStep.types';
import type { DetectStepStyles } from './useDetectStepStyles.styles';

export function renderDetectStep(state: DetectStepState, styles: DetectStepStyles) {
  return (
    <section className={styles.root} aria-labelledby={state.headingId} aria-busy={state.busyLabel !== null}>
      <div className={styles.headingRow}>
        <Subtitle1 as="h2" id={state.headingId}>
          {state.heading}
        </Subtitle1>
        {state.busyLabel !== null && <Spinner size="extra-tiny" label={state.busyLabel} />}
      </div>
      <Body1 className={styles.intro}>{state.intro}</Body1>

      {state.tables.length === 0 ? (
        <Body1>{state.emptyText}</Body1>
      ) : (
        <Accordion multiple collapsible>
          {state.tables.map(({ key, ...props }) => (
            <TableItem key={key} {...props} />
          ))}
        </Accordion>
      )}

      {state.unrecognised.length > 0 && (
        <div className={styles.group}>
          <Subtitle2 as="h3">{state.unrecognisedHeading}</Subtitle2>
          <Body1 className={styles.intro}>{state.unrecognisedIntro}</Body1>
          <ul className={styles.list}>
            {state.unrecognised.map(({ key, ...props }) => (
              <OtherTable key={key} {...props} />
            ))}
          </ul>
        </div>
      )}

      {state.ignored.length > 0 && (
        <div className={styles.group}>
          <Subtitle2 as="h3">{state.ignoredHeading}</Subtitle2>
          <ul className={styles.list}>
            {state.ignored.map(({ key, ...props }) => (
              <OtherTable key={key} {...props} />
            ))}
          </ul>
        </div>
      )}

      {state.missing.length > 0 && (
        <div className={styles.group}>
          <Subtitle2 as="h3">{state.missingHeading}</Subtitle2>
          <ul className={styles.missingList}>
            {state.missing.map((m) => (
              <li key={m.kind} className={styles.missingItem}>
                <Body1Strong>{m.label}</Body1Strong> — <Body1>{m.text}</Body1>
              </li>
            ))}
          </ul>
        </div>
      )}

      {state.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.warningsTitle}</MessageBarTitle>
            <ul className={styles.warnings}>
              {state.warnings.map((w) => (
                <li key={w.key}>{w.text}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
