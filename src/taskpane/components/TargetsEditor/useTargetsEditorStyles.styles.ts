import { makeStyles, tokens } from '@fluentui/react-components';

export const useTargetsEditorStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  lines: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  lineNote: { color: tokens.colorNeutralForeground3 },
  rows: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 130px), 1fr))',
    alignItems: 'end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  control: { minWidth: 0, width: '100%' },
  remove: { justifySelf: 'start' },
  add: { alignSelf: 'flex-start' },
});

export type TargetsEditorStyles = ReturnType<typeof useTargetsEditorStyles>;
