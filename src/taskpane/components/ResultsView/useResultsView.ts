import { useId } from 'react';
import type { BadgeProps } from '@fluentui/react-components';
import { LABELS, OVERVIEW_LABELS } from '../../../core/plan/labels';
import { VERDICT_LABELS, type Verdict } from '../../../core/retro/verdict';
import type { PlainMessageKey } from '../../../i18n';
import type { Finding } from '../../../port/hostPort';
import { useLocale } from '../../locale/useLocale';
import type { ResultsViewProps, ResultsViewState } from './ResultsView.types';

/** How many findings the pane shows; the retro sheet holds them all. */
export const FINDINGS_SHOWN = 3;

type BadgeColor = NonNullable<BadgeProps['color']>;

const VERDICT_COLORS: Readonly<Record<Verdict, BadgeColor>> = {
  success: 'success',
  basic_success: 'warning',
  challenged: 'danger',
  not_assessed: 'informative',
};

const FINDING_KINDS: Readonly<Record<Finding['kind'], { label: PlainMessageKey; color: BadgeColor }>> = {
  highlight: { label: 'findingHighlight', color: 'success' },
  shortfall: { label: 'findingShortfall', color: 'danger' },
  info: { label: 'findingInfo', color: 'informative' },
};

export function useResultsView({ summary, onOpenSheet }: ResultsViewProps): ResultsViewState {
  const { t, pick } = useLocale();
  return {
    headingId: useId(),
    heading: t('resultsHeading'),
    verdictLabel: pick(OVERVIEW_LABELS.verdict),
    verdictText: pick(VERDICT_LABELS[summary.verdict]),
    verdictColor: VERDICT_COLORS[summary.verdict],
    findingsHeading: t('findingsHeading'),
    findings: summary.findings.slice(0, FINDINGS_SHOWN).map((finding, i) => ({
      key: String(i),
      kind: finding.kind,
      kindLabel: t(FINDING_KINDS[finding.kind].label),
      color: FINDING_KINDS[finding.kind].color,
      text: pick(finding.text),
    })),
    noFindings: t('noFindings'),
    sheetsHeading: t('sheetsHeading'),
    sheets: summary.sheets.map((s) => ({ key: s.key, name: s.name })),
    rejectedText:
      summary.rejectedRows > 0 ? t('rejectedRows', { count: summary.rejectedRows }) : pick(LABELS.noRejected),
    qualitySheet: summary.qualitySheet,
    openQualityLabel: t('openQualitySheet'),
    onOpenSheet,
  };
}
