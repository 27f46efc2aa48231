import type { TableKind } from '../../../core/model/tableKinds';
import type { UserChoices, WorkbookScan } from '../../../port/hostPort';
import type { OtherTableProps } from '../OtherTable/OtherTable.types';
import type { TableItemProps } from '../TableItem/TableItem.types';

/** Step 1: what Fupan found in the workbook, and the analyst's say over how each table is read. */
export interface DetectStepProps {
  readonly scan: WorkbookScan;
  readonly choices: UserChoices;
  /** A rescan is under way. */
  readonly busy: boolean;
  readonly onChoicesChange: (next: UserChoices) => void;
}

export interface DetectStepState {
  readonly headingId: string;
  readonly heading: string;
  readonly intro: string;
  readonly busyLabel: string | null;
  readonly emptyText: string;
  readonly tables: readonly (TableItemProps & { readonly key: string })[];
  readonly unrecognisedHeading: string;
  readonly unrecognisedIntro: string;
  readonly unrecognised: readonly (OtherTableProps & { readonly key: string })[];
  readonly ignoredHeading: string;
  readonly ignored: readonly (OtherTableProps & { readonly key: string })[];
  readonly missingHeading: string;
  readonly missing: readonly { readonly kind: TableKind; readonly label: string; readonly text: string }[];
  readonly warningsTitle: string;
  readonly warnings: readonly { readonly key: string; readonly text: string }[];
}
