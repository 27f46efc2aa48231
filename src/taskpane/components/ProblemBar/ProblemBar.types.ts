import type { Problem } from '../../problems/problem';

/** A problem shown where it happened: what went wrong, what to do next, and a way to act on it. */
export interface ProblemBarProps {
  readonly problem: Problem;
  readonly onRetry?: () => void;
  readonly onDismiss?: () => void;
}

export interface ProblemBarState {
  readonly intent: 'error' | 'warning';
  readonly title: string;
  readonly body: string;
  readonly retryLabel: string;
  readonly dismissLabel: string;
  readonly onRetry?: () => void;
  readonly onDismiss?: () => void;
}
