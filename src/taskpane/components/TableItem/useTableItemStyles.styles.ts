import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableItemStyles = makeStyles({
  header: { minWidth: 0 },
  headerText: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  subtitle: { color: tokens.colorNeutralForeground3 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    minWidth: 0,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 180px), 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  dropdown: { minWidth: 0, width: '100%' },
  note: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export type TableItemStyles = ReturnType<typeof useTableItemStyles>;
