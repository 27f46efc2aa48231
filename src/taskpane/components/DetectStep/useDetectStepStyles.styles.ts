import { makeStyles, tokens } from '@fluentui/react-components';

export const useDetectStepStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  headingRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, minWidth: 0 },
  missingList: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  missingItem: { overflowWrap: 'anywhere' },
  warnings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export type DetectStepStyles = ReturnType<typeof useDetectStepStyles>;
