import { Badge, Body1, Body1Strong, Link, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import type { ResultsViewState } from './ResultsView.types';
import type { ResultsViewStyles } from './useResultsViewStyles.styles';

export function renderResultsView(state: ResultsViewState, styles: ResultsViewStyles) {
  return (
    <section className={styles.root} aria-labelledby={state.headingId}>
      <Subtitle1 as="h2" id={state.headingId}>
        {state.heading}
      </Subtitle1>
      <div className={styles.verdict}>
        <Body1Strong>{state.verdictLabel}</Body1Strong>
        <Badge appearance="filled" color={state.verdictColor} size="large">
          {state.verdictText}
        </Badge>
      </div>

      <Subtitle2 as="h3">{state.findingsHeading}</Subtitle2>
      {state.findings.length === 0 ? (
        <Body1>{state.noFindings}</Body1>
      ) : (
        <ol className={styles.findings}>
          {state.findings.map((f) => (
            <li key={f.key} className={styles.finding}>
              <Badge className={styles.findingBadge} appearance="tint" color={f.color}>
                {f.kindLabel}
              </Badge>
              <Body1>{f.text}</Body1>
            </li>
          ))}
        </ol>
      )}

      <Subtitle2 as="h3">{state.sheetsHeading}</Subtitle2>
      <ul className={styles.sheets}>
        {state.sheets.map((sheet) => (
          <li key={sheet.key}>
            <Link as="button" className={styles.link} onClick={() => state.onOpenSheet(sheet.name)}>
              {sheet.name}
            </Link>
          </li>
        ))}
      </ul>

      <div className={styles.quality}>
        <Body1>{state.rejectedText}</Body1>
        <Link as="button" className={styles.link} onClick={() => state.onOpenSheet(state.qualitySheet)}>
          {state.openQualityLabel}
        </Link>
      </div>
    </section>
  );
}
