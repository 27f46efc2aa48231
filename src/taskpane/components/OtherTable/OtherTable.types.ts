import type { KindChoice } from '../../choices/tableOverrides';

/** A table Fupan does not read: not recognised, or ignored by the analyst. A kind choice brings it in. */
export interface OtherTableProps {
  readonly variant: 'unrecognised' | 'ignored';
  readonly sheet: string;
  readonly table?: string;
  /** A1 address of the block, when the sheet holds several. */
  readonly block?: string;
  /** Known for unrecognised tables. */
  readonly rows?: number;
  readonly headers?: readonly string[];
  readonly choice: KindChoice;
  readonly onKindChange: (kind: KindChoice) => void;
}

export interface OtherTableState {
  readonly title: string;
  readonly details: string | null;
  readonly choice: KindChoice;
  readonly autoLabel: string;
  readonly offerIgnore: boolean;
  readonly onKindChange: (kind: KindChoice) => void;
}
