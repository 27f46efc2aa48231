import type { KindChoice } from '../../choices/tableOverrides';

/** The "Read as" dropdown of a source table: a kind, ignore, or Fupan's own recognition. */
export interface KindFieldProps {
  readonly value: KindChoice;
  /** How the 'auto' option reads here, e.g. "Detected (Orders)" or "Not used". */
  readonly autoLabel: string;
  /** Whether to offer "Ignore this table". */
  readonly offerIgnore: boolean;
  readonly onChange: (kind: KindChoice) => void;
}

export interface KindFieldState {
  readonly label: string;
  readonly value: KindChoice;
  readonly selectedText: string;
  readonly options: readonly { readonly value: KindChoice; readonly text: string }[];
  readonly onSelect: (value: string | undefined) => void;
}
