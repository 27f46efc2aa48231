import type { CampaignOverride } from '../../../core/ingest/options';
import type { CampaignInfo } from '../../../core/model/campaign';
import { DEFAULT_BUDGET_OPTIONS } from '../../../core/nextPlan/budgetMoves';
import { ignoredTables } from '../../choices/tableOverrides';
import { useLocale } from '../../locale/useLocale';
import { useGenerateRun } from '../../session/useGenerateRun';
import { useWorkbookSession } from '../../session/useWorkbookSession';
import type { PaneProps, PaneState } from './Pane.types';

/** Changes when the workbook's campaign changes, so that the campaign form starts over. */
function campaignKey(campaign: CampaignInfo | null, targetRows: number): string {
  return `${JSON.stringify(campaign)}|${targetRows}`;
}

export function usePane({ host }: PaneProps): PaneState {
  const { locale, t } = useLocale();
  const session = useWorkbookSession(host);
  const generation = useGenerateRun(host);
  const { choices, scan, problem, updateChoices } = session;

  const hasOrders = scan?.tables.some((table) => table.kind === 'orders') ?? false;
  // Any recognised table gives a retro (without orders, the sections the other tables support).
  const canGenerate = (scan?.tables.length ?? 0) > 0;
  const emptyWorkbook =
    scan !== null &&
    scan.tables.length === 0 &&
    scan.unrecognised.length === 0 &&
    ignoredTables(choices).length === 0;
  const topProblem = problem !== null && ['load', 'scan', 'save'].includes(problem.action) ? problem : null;

  const retry =
    topProblem?.action === 'scan'
      ? session.rescan
      : topProblem?.action === 'save'
        ? () => updateChoices(choices, { rescan: false })
        : undefined;

  const openSheet = (name: string) => {
    host.activateSheet(name).catch((error: unknown) => session.report('activate', error));
  };

  const onOverrideChange = (campaign: CampaignOverride) =>
    // Back to the workbook's dates: rescan so that the form shows them again.
    updateChoices({ ...choices, campaign }, { rescan: Object.keys(campaign).length === 0 });

  return {
    lang: locale,
    loadingLabel: session.phase === 'loading' && scan === null ? t('readingWorkbook') : null,
    problem: topProblem,
    onRetryProblem: retry,
    onDismissProblem: session.dismissProblem,
    sample:
      scan !== null && !hasOrders
        ? {
            variant: emptyWorkbook ? 'empty' : 'noOrders',
            inserting: session.inserting,
            onInsert: () => session.insertSample(locale),
          }
        : null,
    sampleProblem: problem?.action === 'sample' ? problem : null,
    detect:
      scan !== null && !emptyWorkbook
        ? {
            scan,
            choices,
            busy: session.busy,
            onChoicesChange: (next) => updateChoices(next, { rescan: true }),
          }
        : null,
    campaign:
      scan !== null && canGenerate
        ? {
            key: campaignKey(scan.campaign, scan.targets.length),
            props: {
              campaign: scan.campaign,
              override: choices.campaign,
              onOverrideChange,
              targets: {
                tableTargets: scan.targets,
                tableSheet: scan.tables.find((table) => table.kind === 'targets')?.source.sheet ?? null,
                targets: choices.targets,
                onChange: (targets) => updateChoices({ ...choices, targets }, { rescan: false }),
              },
            },
          }
        : null,
    generate:
      scan !== null && canGenerate
        ? {
            canGenerate,
            sheetLocale: choices.locale,
            onSheetLocaleChange: (sheetLocale) =>
              updateChoices({ ...choices, locale: sheetLocale }, { rescan: false }),
            budgetBound: choices.budgetBound ?? DEFAULT_BUDGET_OPTIONS.maxChange,
            onBudgetBoundChange: (budgetBound) =>
              updateChoices({ ...choices, budgetBound }, { rescan: false }),
            run: generation.run,
            onGenerate: () => generation.start(choices),
            onCancel: generation.cancel,
            onOpenSheet: openSheet,
            openProblem: problem?.action === 'activate' ? problem : null,
            onDismissOpenProblem: session.dismissProblem,
          }
        : null,
  };
}
