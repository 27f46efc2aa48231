import { makeStyles, tokens } from '@fluentui/react-components';

export const useGenerateStepStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  button: { maxWidth: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export type GenerateStepStyles = ReturnType<typeof useGenerateStepStyles>;
