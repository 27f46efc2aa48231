import { useId } from 'react';
import { isLocale, LOCALES } from '../../../core/locale';
import { LOCALE_NAMES, type PlainMessageKey } from '../../../i18n';
import type { ProgressStep } from '../../../port/hostPort';
import { useLocale } from '../../locale/useLocale';
import type { GenerateStepProps, GenerateStepState } from './GenerateStep.types';

const STEP_LABELS: Readonly<Record<ProgressStep, PlainMessageKey>> = {
  reading: 'stepReading',
  analysing: 'stepAnalysing',
  writing: 'stepWriting',
  done: 'stepDone',
};

export function useGenerateStep(props: GenerateStepProps): GenerateStepState {
  const { t, pick } = useLocale();
  const { run } = props;
  const running = run.status === 'running';
  const progress = running ? run.progress : null;
  return {
    headingId: useId(),
    heading: t('generateHeading'),
    languageLabel: t('sheetLanguage'),
    sheetLocale: props.sheetLocale,
    languageText: LOCALE_NAMES[props.sheetLocale],
    languageOptions: LOCALES.map((value) => ({ value, text: LOCALE_NAMES[value] })),
    budgetBound: { bound: props.budgetBound, disabled: running, onBoundChange: props.onBudgetBoundChange },
    generateLabel: t('generate'),
    generateDisabled: !props.canGenerate || running,
    needsOrders: props.canGenerate ? null : t('generateNeedsOrders'),
    running,
    progressLabel: t('progressLabel'),
    stepText: progress === null ? t('starting') : t(STEP_LABELS[progress.step]),
    detailText: progress === null ? '' : pick(progress.detail),
    fraction: progress === null ? undefined : Math.min(1, Math.max(0, progress.fraction)),
    cancelLabel: t('cancel'),
    cancelling: running && run.cancelling,
    cancelled: run.status === 'cancelled' ? { title: t('cancelledTitle'), body: t('cancelledBody') } : null,
    failure: run.status === 'failed' ? { action: 'generate', error: run.error } : null,
    summary: run.status === 'done' ? run.summary : null,
    openProblem: props.openProblem,
    onLanguageSelect: (value) => {
      if (isLocale(value) && value !== props.sheetLocale) props.onSheetLocaleChange(value);
    },
    onGenerate: props.onGenerate,
    onCancel: props.onCancel,
    onOpenSheet: props.onOpenSheet,
    onDismissOpenProblem: props.onDismissOpenProblem,
  };
}
