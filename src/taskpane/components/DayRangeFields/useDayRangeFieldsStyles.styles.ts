import { makeStyles, tokens } from '@fluentui/react-components';

export const useDayRangeFieldsStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 130px), 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'start',
    minWidth: 0,
  },
  input: { minWidth: 0, width: '100%' },
});

export type DayRangeFieldsStyles = ReturnType<typeof useDayRangeFieldsStyles>;
