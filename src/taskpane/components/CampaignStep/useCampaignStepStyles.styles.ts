import { makeStyles, tokens } from '@fluentui/react-components';

export const useCampaignStepStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  input: { minWidth: 0, width: '100%' },
  reset: { alignSelf: 'flex-start', maxWidth: '100%' },
});

export type CampaignStepStyles = ReturnType<typeof useCampaignStepStyles>;
