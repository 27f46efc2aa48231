import type { BadgeProps } from '@fluentui/react-components';
import type { Finding, GenerateSummary } from '../../../port/hostPort';

/** Step 4: the verdict, the findings that matter most, and links to every sheet Fupan wrote. */
export interface ResultsViewProps {
  readonly summary: GenerateSummary;
  readonly onOpenSheet: (name: string) => void;
}

export interface ResultsViewState {
  readonly headingId: string;
  readonly heading: string;
  readonly verdictLabel: string;
  readonly verdictText: string;
  readonly verdictColor: NonNullable<BadgeProps['color']>;
  readonly findingsHeading: string;
  readonly findings: readonly {
    readonly key: string;
    readonly kind: Finding['kind'];
    readonly kindLabel: string;
    readonly color: NonNullable<BadgeProps['color']>;
    readonly text: string;
  }[];
  readonly noFindings: string;
  readonly sheetsHeading: string;
  readonly sheets: readonly { readonly key: string; readonly name: string }[];
  readonly rejectedText: string;
  readonly qualitySheet: string;
  readonly openQualityLabel: string;
  readonly onOpenSheet: (name: string) => void;
}
