import { makeStyles, tokens } from '@fluentui/react-components';

export const useSampleEmptyStateStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  body: { color: tokens.colorNeutralForeground2 },
  button: { maxWidth: '100%' },
});

export type SampleEmptyStateStyles = ReturnType<typeof useSampleEmptyStateStyles>;
