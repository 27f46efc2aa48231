import { makeStyles, tokens } from '@fluentui/react-components';

export const useHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
  language: { minWidth: 0 },
  dropdown: { minWidth: '120px', maxWidth: '100%' },
});

export type HeaderStyles = ReturnType<typeof useHeaderStyles>;
