/** Shown when the scan found no orders table: what Fupan needs, and the sample campaign to try it with. */
export interface SampleEmptyStateProps {
  /** 'empty': nothing at all in the workbook; 'noOrders': tables, but none read as orders. */
  readonly variant: 'empty' | 'noOrders';
  readonly inserting: boolean;
  readonly onInsert: () => void;
}

export interface SampleEmptyStateState {
  readonly headingId: string;
  readonly title: string;
  readonly body: string;
  readonly insertLabel: string;
  readonly inserting: boolean;
  readonly onInsert: () => void;
}
