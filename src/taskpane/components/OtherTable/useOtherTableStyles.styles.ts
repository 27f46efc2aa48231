import { makeStyles, tokens } from '@fluentui/react-components';

export const useOtherTableStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  title: { overflowWrap: 'anywhere' },
  details: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export type OtherTableStyles = ReturnType<typeof useOtherTableStyles>;
