import type { Locale } from '../../core/locale';
import { translate, type PlainMessageKey, type Translation } from '../../i18n';
import { HostError } from '../../port/hostPort';

/** What the pane was doing when something failed; it decides the title and where the message shows. */
export type ProblemAction = 'load' | 'scan' | 'save' | 'sample' | 'generate' | 'activate';

export interface Problem {
  readonly action: ProblemAction;
  readonly error: unknown;
}

const TITLES: Readonly<Record<ProblemAction, PlainMessageKey>> = {
  load: 'problemLoad',
  scan: 'problemScan',
  save: 'problemSave',
  sample: 'problemSample',
  generate: 'problemGenerate',
  activate: 'problemActivate',
};

/** A HostError, also when it crossed a bundle boundary (same name and a text in both languages). */
export function isHostError(error: unknown): error is HostError {
  if (error instanceof HostError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; code?: unknown; text?: Partial<Translation> };
  return (
    candidate.name === 'HostError' &&
    typeof candidate.code === 'string' &&
    typeof candidate.text?.['zh-CN'] === 'string' &&
    typeof candidate.text['en-US'] === 'string'
  );
}

/** Whether a failure is the analyst's own cancellation rather than a problem to report. */
export function isCancellation(error: unknown): boolean {
  return (
    (isHostError(error) && error.code === 'cancelled') ||
    (error instanceof Error && error.name === 'AbortError')
  );
}

export interface ProblemView {
  readonly intent: 'error' | 'warning';
  readonly title: string;
  /** What happened and what to do next; for an unknown error, a generic text in both languages. */
  readonly body: string;
}

/** What the pane says about a problem: the host's own explanation, never a stack trace. */
export function describeProblem(problem: Problem, locale: Locale): ProblemView {
  const title = translate(locale, TITLES[problem.action]);
  const warning =
    problem.action === 'load' || (isHostError(problem.error) && problem.error.code === 'no_orders');
  const intent = warning ? 'warning' : 'error';
  if (isHostError(problem.error)) return { intent, title, body: problem.error.text[locale] };
  if (problem.action === 'load') return { intent, title, body: translate(locale, 'problemLoadNext') };
  return { intent, title, body: translate(locale, 'unexpectedProblem') };
}
