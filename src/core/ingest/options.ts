import type { Phase } from '../model/campaign';
import type { DayRange } from '../model/day';
import type { TableKind } from '../model/tableKinds';

/** The user's say over one source table, as the task pane records it. */
export interface TableOverride {
  /** Worksheet name as the user sees it. */
  readonly sheet: string;
  /** Excel table name; when absent, the override applies to every table on the sheet. */
  readonly table?: string;
  /**
   * A1 address of a block's first cell, for a sheet of several blocks (RawTableSource.block); when absent,
   * the override applies to every block of the sheet.
   */
  readonly block?: string;
  /** The kind to read the table as; 'ignore' leaves the table out. */
  readonly kind: TableKind | 'ignore';
  /** Field id → header text as written in the source. Fields not listed are recognised from the headers. */
  readonly columns?: Readonly<Record<string, string>>;
  /** With kind 'campaign': the block holds campaign facts as label | value pairs, not a header row. */
  readonly layout?: 'labelValue';
  /** With kind 'orders': the amount is quantity × unit price, row by row, from these two columns. */
  readonly amountFrom?: DerivedAmount;
}

/** The columns an amount is computed from, by header text as written in the source. */
export interface DerivedAmount {
  readonly quantity: string;
  readonly unitPrice: string;
}

/** The campaign calendar from the settings; each part given wins over the campaign table. */
export interface CampaignOverride {
  readonly name?: string;
  readonly period?: DayRange;
  /** null: no baseline, whatever the campaign table says. */
  readonly baseline?: DayRange | null;
  readonly phases?: readonly Phase[];
}

export interface IngestOptions {
  readonly tables?: readonly TableOverride[];
  readonly campaign?: CampaignOverride;
}
