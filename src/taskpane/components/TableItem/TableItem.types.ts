import type { DerivedAmount, TableOverride } from '../../../core/ingest/options';
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
  /** An orders table's amount as quantity × unit price (null: read from a column again). */
  readonly onDerivedAmountChange: (from: DerivedAmount | null) => void;
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
  /** Choices beside the headers, such as the amount as quantity × unit price. */
  readonly extraOptions: readonly { readonly value: string; readonly text: string }[];
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
  /** For campaign facts read as label | value pairs, which have no columns to map. */
  readonly labelValueNote: string | null;
  /** The two columns of an amount computed as quantity × unit price, when it is. */
  readonly derivedAmount: readonly DerivedAmountColumn[] | null;
  readonly onKindChange: (kind: KindChoice) => void;
  readonly onColumnSelect: (field: string, value: string | undefined) => void;
}

export interface DerivedAmountColumn {
  readonly part: keyof DerivedAmount;
  readonly label: string;
  readonly selected: string;
  readonly headers: readonly string[];
  readonly onSelect: (header: string | undefined) => void;
}

/** The mapping option meaning "recognise this field automatically" (no header can be this text). */
export const AUTO_COLUMN = '\u0000auto';
/** The amount option meaning "quantity × unit price" (no header can be this text). */
export const DERIVED_AMOUNT = '\u0000derived';
