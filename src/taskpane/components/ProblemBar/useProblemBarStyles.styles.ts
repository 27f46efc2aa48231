import { makeStyles } from '@fluentui/react-components';

export const useProblemBarStyles = makeStyles({
  root: { minWidth: 0 },
  body: { overflowWrap: 'anywhere' },
});

export type ProblemBarStyles = ReturnType<typeof useProblemBarStyles>;
