/**
 * How far the next campaign's plan may move each channel's budget, in percent of its spend (the plan
 * sheet's budget moves, src/core/nextPlan). Saved with the other choices; the default is ±30 %.
 */
export interface BudgetBoundFieldProps {
  /** The bound as a share: 0.3 = ±30 %. */
  readonly bound: number;
  readonly disabled: boolean;
  readonly onBoundChange: (bound: number) => void;
}

export interface BudgetBoundFieldState {
  readonly label: string;
  readonly hint: string;
  /** What the input shows: the user's text while it is being typed or is invalid, else the bound in %. */
  readonly text: string;
  readonly error: string | undefined;
  readonly disabled: boolean;
  readonly onTextChange: (text: string) => void;
  readonly onCommit: () => void;
}
