import { makeStyles, tokens } from '@fluentui/react-components';

export const useResultsViewStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  verdict: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  findings: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  finding: { overflowWrap: 'anywhere' },
  findingBadge: { marginInlineEnd: tokens.spacingHorizontalXS },
  sheets: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  link: { overflowWrap: 'anywhere', textAlign: 'start' },
  quality: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export type ResultsViewStyles = ReturnType<typeof useResultsViewStyles>;
