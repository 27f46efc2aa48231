/** A start and an end date (`<input type="date">` values, '' when empty), labelled after the range. */
export interface DayRangeFieldsProps {
  /** The range's name, e.g. "Warm-up"; labels read "Warm-up start" / "Warm-up end". */
  readonly name: string;
  readonly start: string;
  readonly end: string;
  readonly error?: string;
  readonly warning?: string;
  readonly hint?: string;
  readonly onChange: (start: string, end: string) => void;
}

export interface DayRangeFieldsState {
  readonly groupLabel: string;
  readonly startLabel: string;
  readonly endLabel: string;
  readonly start: string;
  readonly end: string;
  readonly validationState: 'error' | 'warning' | 'none';
  readonly validationMessage: string | undefined;
  readonly hint: string | undefined;
  readonly onStartChange: (value: string) => void;
  readonly onEndChange: (value: string) => void;
}
