import type { TargetRow } from '../../../core/model/campaign';
import type { UserChoices } from '../../../port/hostPort';

export type TypedTarget = UserChoices['targets'][number];

/**
 * The campaign's targets: read-only when the workbook has a targets table (the sheet is the source of
 * truth), editable rows otherwise.
 */
export interface TargetsEditorProps {
  readonly tableTargets: readonly TargetRow[];
  /** The sheet of the targets table, when there is one. */
  readonly tableSheet: string | null;
  readonly targets: readonly TypedTarget[];
  readonly onChange: (targets: readonly TypedTarget[]) => void;
}

export interface TargetLine {
  readonly key: string;
  readonly metric: string;
  readonly value: string;
  readonly note: string | null;
}

export interface TargetRowState {
  readonly id: number;
  readonly groupLabel: string;
  readonly metric: string;
  readonly metricText: string;
  readonly value: string;
  readonly valueError: string | undefined;
  readonly removeLabel: string;
}

export interface TargetsEditorState {
  readonly headingId: string;
  readonly heading: string;
  readonly mode: 'table' | 'edit';
  /** Read-only mode. */
  readonly tableNote: string;
  readonly lines: readonly TargetLine[];
  /** Edit mode. */
  readonly editNote: string;
  readonly metricLabel: string;
  readonly valueLabel: string;
  readonly chooseMetric: string;
  readonly metricOptions: readonly { readonly value: string; readonly text: string }[];
  readonly rows: readonly TargetRowState[];
  readonly addLabel: string;
  readonly onMetricSelect: (id: number, metric: string | undefined) => void;
  readonly onValueChange: (id: number, value: string) => void;
  readonly onValueCommit: (id: number) => void;
  readonly onRemove: (id: number) => void;
  readonly onAdd: () => void;
}
