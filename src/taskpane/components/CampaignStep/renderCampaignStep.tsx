import { Button, Caption1, Field, Input, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import { DayRangeFields } from '../DayRangeFields/DayRangeFields';
import { TargetsEditor } from '../TargetsEditor/TargetsEditor';
import type { CampaignStepState } from './CampaignStep.types';
import type { CampaignStepStyles } from './useCampaignStepStyles.styles';

export function renderCampaignStep(state: CampaignStepState, styles: CampaignStepStyles) {
  return (
    <section className={styles.root} aria-labelledby={state.headingId}>
      <Subtitle1 as="h2" id={state.headingId}>
        {state.heading}
      </Subtitle1>
      <Field label={state.nameLabel}>
        <Input
          className={styles.input}
          value={state.name}
          onChange={(_, data) => state.onNameChange(data.value)}
          onBlur={state.onNameCommit}
        />
      </Field>
      <DayRangeFields {...state.period} />
      {state.sourceNote !== null && <Caption1 className={styles.note}>{state.sourceNote}</Caption1>}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <Subtitle2>{state.phasesLegend}</Subtitle2>
        </legend>
        {state.phases.map(({ key, ...props }) => (
          <DayRangeFields key={key} {...props} />
        ))}
      </fieldset>
      <DayRangeFields {...state.baseline} />
      {state.canReset && (
        <Button className={styles.reset} appearance="secondary" onClick={state.onReset}>
          {state.resetLabel}
        </Button>
      )}
      <TargetsEditor {...state.targets} />
    </section>
  );
}
