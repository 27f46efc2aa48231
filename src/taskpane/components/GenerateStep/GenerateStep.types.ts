import type { Locale } from '../../../core/locale';
import type { GenerateSummary } from '../../../port/hostPort';
import type { Problem } from '../../problems/problem';
import type { GenerateRun } from '../../session/useGenerateRun';
import type { BudgetBoundFieldProps } from '../BudgetBoundField/BudgetBoundField.types';

/** Step 3: the language of the sheets, Generate retro, its progress and Cancel, then the results. */
export interface GenerateStepProps {
  /** False until an orders table is recognised. */
  readonly canGenerate: boolean;
  readonly sheetLocale: Locale;
  readonly onSheetLocaleChange: (locale: Locale) => void;
  readonly budgetBound: number;
  readonly onBudgetBoundChange: (bound: number) => void;
  readonly run: GenerateRun;
  readonly onGenerate: () => void;
  readonly onCancel: () => void;
  readonly onOpenSheet: (name: string) => void;
  /** A sheet that could not be opened. */
  readonly openProblem: Problem | null;
  readonly onDismissOpenProblem: () => void;
}

export interface GenerateStepState {
  readonly headingId: string;
  readonly heading: string;
  readonly languageLabel: string;
  readonly sheetLocale: Locale;
  readonly languageText: string;
  readonly languageOptions: readonly { readonly value: Locale; readonly text: string }[];
  readonly budgetBound: BudgetBoundFieldProps;
  readonly generateLabel: string;
  readonly generateDisabled: boolean;
  readonly needsOrders: string | null;
  readonly running: boolean;
  readonly progressLabel: string;
  readonly stepText: string;
  readonly detailText: string;
  /** 0..1, undefined while the host has not reported yet (an indeterminate bar). */
  readonly fraction: number | undefined;
  readonly cancelLabel: string;
  readonly cancelling: boolean;
  readonly cancelled: { readonly title: string; readonly body: string } | null;
  readonly failure: Problem | null;
  readonly summary: GenerateSummary | null;
  readonly openProblem: Problem | null;
  readonly onLanguageSelect: (value: string | undefined) => void;
  readonly onGenerate: () => void;
  readonly onCancel: () => void;
  readonly onOpenSheet: (name: string) => void;
  readonly onDismissOpenProblem: () => void;
}
