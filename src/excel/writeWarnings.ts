/**
 * Problems the writer worked around, as data for the task pane to word (src/core/messages holds the
 * text): nothing here stops a run.
 */
export type WriteWarning =
  /** A sheet of the user's already has the planned name; Fupan's sheet got `actual` instead. */
  | { readonly code: 'sheetRenamed'; readonly planned: string; readonly actual: string }
  /** A table or name of the user's already uses the planned table name. */
  | { readonly code: 'tableRenamed'; readonly planned: string; readonly actual: string }
  /** A workbook name of the user's already uses the planned named range; Fupan's was not added. */
  | { readonly code: 'nameInUse'; readonly name: string }
  /** A note id that is not a valid workbook name: the note is written but will not survive a re-run. */
  | { readonly code: 'noteIdInvalid'; readonly id: string }
  /** An analyst's note whose id the new plan no longer has; its text is returned in `orphanNotes`. */
  | { readonly code: 'orphanNote'; readonly id: string }
  /** Numbers with no cell form (NaN, ±Infinity) left empty. */
  | { readonly code: 'nonFiniteNumbers'; readonly sheet: string; readonly count: number }
  /** A chart with no series holding a number is skipped (Excel would draw nothing or refuse the source). */
  | { readonly code: 'emptyChart'; readonly sheet: string; readonly chart: string }
  /** A series whose values hold no number is left out of its chart. */
  | { readonly code: 'emptySeries'; readonly sheet: string; readonly chart: string; readonly series: string }
  /**
   * The retro was written but its sheet could not be brought to the front (activate failed, e.g. with
   * InactiveWorkbook after the user switched workbooks).
   */
  | { readonly code: 'notActivated'; readonly sheet: string; readonly reason: string };
