import type { TableOverride } from '../../../core/ingest/options';
import type { RecognisedTable } from '../../../core/model/campaign';
import type { KindChoice } from '../../choices/tableOverrides';

/** One recognised table as an accordion item: its kind, rows and column mapping, all editable. */
export interface TableItemProps {
  readonly table: RecognisedTable;
  /** Every header of the source table, in sheet order. */
  readonly headers: readonly string[];
  readonly override: TableOverride | undefined;
  readonly onKindChange: (kind: KindChoice) => void;
  /** header null: let Fupan recognise the field again. */
  readonly onColumnChange: (field: string, header: string | null) => void;
}

export interface ColumnFieldState {
  readonly field: string;
  readonly label: string;
  readonly required: boolean;
  /** AUTO_COLUMN or a header. */
  readonly selected: string;
  readonly selectedText: string;
  readonly autoText: string;
  readonly headers: readonly string[];
  /** Set when a required field has no column. */
  readonly warning: string | undefined;
}

export interface TableItemState {
  readonly value: string;
  /** Labels the panel (a region) with its header button. */
  readonly headerId: string;
  readonly title: string;
  readonly subtitle: string;
  readonly rowsLine: string;
  readonly kindChoice: KindChoice;
  readonly kindAutoLabel: string;
  readonly columnsHeading: string;
  readonly columns: readonly ColumnFieldState[];
  readonly unused: string | null;
  readonly onKindChange: (kind: KindChoice) => void;
  readonly onColumnSelect: (field: string, value: string | undefined) => void;
}

/** The mapping option meaning "recognise this field automatically" (no header can be this text). */
export const AUTO_COLUMN = '\u0000auto';
